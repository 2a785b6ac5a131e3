#pragma once

#include "DashboardTableModel.h"

namespace vigie {

// The backup files of one target, newest first: name, date, size, encrypted.
class BackupFileTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ModifiedColumn,
        SizeColumn,
        EncryptedColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setFiles(const QList<BackupFile>& files);
    const BackupFile& file(int row) const { return m_files.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override;
    int statusColumn() const override { return -1; }

protected:
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override { return column == SizeColumn; }

private:
    QList<BackupFile> m_files;
};

} // namespace vigie
