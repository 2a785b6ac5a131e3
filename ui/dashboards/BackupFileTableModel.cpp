#include "BackupFileTableModel.h"

#include "DisplayFormat.h"
#include "widgets/HealthStyle.h"

namespace vigie {

void BackupFileTableModel::setFiles(const QList<BackupFile>& files)
{
    QStringList keys;
    for (const BackupFile& file : files)
        keys.append(file.path);
    replaceRows(keys, [&] { m_files = files; });
}

int BackupFileTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Health BackupFileTableModel::health(int row) const
{
    const BackupFile& file = m_files.at(row);
    return file.sizeBytes == 0 ? Health::Critical : file.encrypted ? Health::Ok : Health::Warning;
}

QVariant BackupFileTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const BackupFile& file = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return file.path.section(QLatin1Char('/'), -1);
        case ModifiedColumn:
            return DisplayFormat::dateTime(file.modified);
        case SizeColumn:
            return DisplayFormat::size(file.sizeBytes);
        case EncryptedColumn:
            return DisplayFormat::yesNo(file.encrypted);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == EncryptedColumn && !file.encrypted)
            return HealthStyle::icon(Health::Warning);
        if (index.column() == SizeColumn && file.sizeBytes == 0)
            return HealthStyle::icon(Health::Critical);
        return {};
    case SortRole:
        if (index.column() == ModifiedColumn)
            return file.modified;
        if (index.column() == SizeColumn)
            return file.sizeBytes;
        return {};
    case Qt::ToolTipRole:
        return file.path;
    default:
        break;
    }
    return commonData(index, role);
}

QString BackupFileTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("File");
    case ModifiedColumn:
        return tr("Date");
    case SizeColumn:
        return tr("Size");
    case EncryptedColumn:
        return tr("Encrypted");
    }
    return {};
}

} // namespace vigie
