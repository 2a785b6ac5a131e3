#include "UnitTableModel.h"

#include "DisplayFormat.h"

namespace vigie {

void UnitTableModel::setUnits(const QList<SystemdUnit>& units)
{
    QStringList keys;
    for (const SystemdUnit& unit : units)
        keys.append(unit.name);
    replaceRows(keys, [&] { m_units = units; });
}

int UnitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Health UnitTableModel::health(int row) const
{
    return Assessment::unitHealth(m_units.at(row));
}

QString UnitTableModel::stateText(const SystemdUnit& unit)
{
    if (unit.loadState == QLatin1String("not-found"))
        return tr("not found", "systemd unit");
    if (unit.activeState.isEmpty())
        return tr("unknown", "systemd unit state");
    return unit.activeState;
}

QVariant UnitTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size())
        return {};
    const SystemdUnit& unit = m_units.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return unit.name;
        case StateColumn:
            return stateText(unit);
        case SubStateColumn:
            return unit.subState.isEmpty() ? DisplayFormat::none() : unit.subState;
        case SinceColumn:
            return DisplayFormat::dateTime(unit.since);
        }
        break;
    case SortRole:
        if (index.column() == StateColumn)
            return int(health(index.row()));
        if (index.column() == SinceColumn)
            return unit.since;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SinceColumn && unit.since.isValid())
            return DisplayFormat::longDateTime(unit.since);
        if (index.column() == StateColumn)
            return tr("%1: %2 (%3), %4")
                .arg(unit.name, stateText(unit), unit.subState,
                     Assessment::healthName(health(index.row())));
        return {};
    default:
        break;
    }
    return commonData(index, role);
}

QString UnitTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Unit");
    case StateColumn:
        return tr("State");
    case SubStateColumn:
        return tr("Sub-state");
    case SinceColumn:
        return tr("Since");
    }
    return {};
}

} // namespace vigie
