#include "JailTableModel.h"

#include "DisplayFormat.h"

namespace vigie {

void JailTableModel::setJails(const QList<Fail2banJail>& jails)
{
    QStringList keys;
    for (const Fail2banJail& jail : jails)
        keys.append(jail.name);
    replaceRows(keys, [&] { m_jails = jails; });
}

int JailTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JailTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_jails.size())
        return {};
    const Fail2banJail& jail = m_jails.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return jail.name;
        case BannedColumn:
            return DisplayFormat::number(jail.currentlyBanned);
        case TotalColumn:
            return DisplayFormat::number(jail.totalBanned);
        }
        break;
    case SortRole:
        if (index.column() == BannedColumn)
            return jail.currentlyBanned;
        if (index.column() == TotalColumn)
            return jail.totalBanned;
        return {};
    default:
        break;
    }
    return commonData(index, role);
}

QString JailTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Jail");
    case BannedColumn:
        return tr("Banned now");
    case TotalColumn:
        return tr("Banned in total");
    }
    return {};
}

} // namespace vigie
