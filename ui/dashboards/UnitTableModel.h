#pragma once

#include "DashboardTableModel.h"

namespace vigie {

// systemd units: name, state (dot + text), sub-state, since.
class UnitTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StateColumn,
        SubStateColumn,
        SinceColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setUnits(const QList<SystemdUnit>& units);
    const SystemdUnit& unit(int row) const { return m_units.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override;
    int statusColumn() const override { return StateColumn; }

    static QString stateText(const SystemdUnit& unit);

protected:
    QString columnTitle(int column) const override;

private:
    QList<SystemdUnit> m_units;
};

} // namespace vigie
