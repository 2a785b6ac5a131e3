#include "DashboardTableModel.h"

#include "widgets/HealthStyle.h"

namespace vigie {

int DashboardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole: {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default:
        return {};
    }
}

Qt::ItemFlags DashboardTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString DashboardTableModel::columnToolTip(int) const
{
    return {};
}

bool DashboardTableModel::isNumeric(int) const
{
    return false;
}

void DashboardTableModel::replaceRows(const QStringList& keys, const std::function<void()>& assign)
{
    if (keys == m_keys) {
        assign();
        if (!m_keys.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_keys.size()) - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_keys = keys;
    assign();
    endResetModel();
}

QVariant DashboardTableModel::healthDecoration(Health health)
{
    return HealthStyle::icon(health);
}

QVariant DashboardTableModel::commonData(const QModelIndex& index, int role) const
{
    switch (role) {
    case HealthRole:
        return int(health(index.row()));
    case KeyRole:
        return key(index.row());
    case Qt::DecorationRole:
        return index.column() == statusColumn() ? healthDecoration(health(index.row()))
                                                : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(
            (isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    default:
        return {};
    }
}

} // namespace vigie
