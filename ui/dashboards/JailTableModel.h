#pragma once

#include "DashboardTableModel.h"

namespace vigie {

// fail2ban jails: how many addresses are banned now and since fail2ban started.
class JailTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        BannedColumn,
        TotalColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setJails(const QList<Fail2banJail>& jails);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int) const override { return Health::Ok; }
    int statusColumn() const override { return -1; }

protected:
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override { return column != NameColumn; }

private:
    QList<Fail2banJail> m_jails;
};

} // namespace vigie
