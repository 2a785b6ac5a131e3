#include "FleetModel.h"

#include "fleet/Fleet.h"
#include "ssh/SshConnection.h"

#include <QApplication>
#include <QCollator>
#include <QStyle>

#include <algorithm>
#include <numeric>

namespace vigie {

namespace {
// internalId of a top-level item; children carry their group's row + 1.
constexpr quintptr TopLevel = 0;
} // namespace

FleetModel::FleetModel(Fleet* fleet, QObject* parent)
    : QAbstractItemModel(parent)
    , m_fleet(fleet)
{
    connect(m_fleet, &Fleet::changed, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

void FleetModel::rebuild()
{
    m_groups.clear();
    m_ungrouped.clear();
    const QList<Server>& servers = m_fleet->servers();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<int> order(servers.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return collator.compare(servers.at(a).name, servers.at(b).name) < 0;
    });
    QHash<QString, qsizetype> groupRows;
    for (int i : std::as_const(order)) {
        const QString group = servers.at(i).group.trimmed();
        if (group.isEmpty()) {
            m_ungrouped.append(i);
            continue;
        }
        auto it = groupRows.find(group);
        if (it == groupRows.end()) {
            it = groupRows.insert(group, m_groups.size());
            m_groups.append({group, {}});
        }
        m_groups[it.value()].servers.append(i);
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [&](const Group& a, const Group& b) {
        return collator.compare(a.name, b.name) < 0;
    });
}

QModelIndex FleetModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FleetModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int FleetModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size() + m_ungrouped.size());
    if (parent.column() != 0 || parent.internalId() != TopLevel || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).servers.size());
}

int FleetModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const Server* FleetModel::serverAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    int fleetIndex = -1;
    if (index.internalId() == TopLevel) {
        const qsizetype ungroupedRow = index.row() - m_groups.size();
        if (ungroupedRow >= 0 && ungroupedRow < m_ungrouped.size())
            fleetIndex = m_ungrouped.at(ungroupedRow);
    } else {
        const qsizetype group = qsizetype(index.internalId() - 1);
        if (group < m_groups.size() && index.row() < m_groups.at(group).servers.size())
            fleetIndex = m_groups.at(group).servers.at(index.row());
    }
    if (fleetIndex < 0 || fleetIndex >= m_fleet->servers().size())
        return nullptr;
    return &m_fleet->servers().at(fleetIndex);
}

QVariant FleetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Server* server = serverAt(index);
    if (!server) {
        // A group row.
        if (index.internalId() != TopLevel || index.row() >= m_groups.size())
            return {};
        const Group& group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return group.name;
            return tr("%n server(s)", nullptr, int(group.servers.size()));
        case Qt::DecorationRole:
            if (index.column() == NameColumn)
                return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
            return {};
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }
    const ServerStatus state = status(server->id);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? server->name : state.text();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(state.icon()) : QVariant();
    case Qt::ToolTipRole: {
        const QString tip = tr("%1 (%2)\n%3").arg(server->name, server->address(), state.details());
        const QString areas = m_areaStates.value(server->id);
        return areas.isEmpty() ? tip : tip + QLatin1Char('\n') + areas;
    }
    case ServerIdRole:
        return server->id;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Server");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags FleetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString FleetModel::serverId(const QModelIndex& index) const
{
    const Server* server = serverAt(index);
    return server ? server->id : QString();
}

QModelIndex FleetModel::indexOfServer(const QString& serverId, int column) const
{
    const QList<Server>& servers = m_fleet->servers();
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<int>& members = m_groups.at(g).servers;
        for (qsizetype row = 0; row < members.size(); ++row) {
            if (servers.at(members.at(row)).id == serverId)
                return createIndex(int(row), column, quintptr(g + 1));
        }
    }
    for (qsizetype row = 0; row < m_ungrouped.size(); ++row) {
        if (servers.at(m_ungrouped.at(row)).id == serverId)
            return createIndex(int(m_groups.size() + row), column, TopLevel);
    }
    return {};
}

QStringList FleetModel::groups() const
{
    QStringList names;
    for (const Group& group : m_groups)
        names.append(group.name);
    return names;
}

ServerStatus FleetModel::status(const QString& serverId) const
{
    return m_status.value(serverId);
}

void FleetModel::setStatus(const QString& serverId, const ServerStatus& status)
{
    m_status.insert(serverId, status);
    const QModelIndex first = indexOfServer(serverId, NameColumn);
    if (first.isValid())
        emit dataChanged(first, first.siblingAtColumn(StatusColumn));
    emit statusChanged(serverId);
}

void FleetModel::setAreaStates(const QString& serverId, const QString& text)
{
    m_areaStates.insert(serverId, text);
    const QModelIndex first = indexOfServer(serverId, NameColumn);
    if (first.isValid())
        emit dataChanged(first, first.siblingAtColumn(StatusColumn), {Qt::ToolTipRole});
}

void FleetModel::resetStatus(const QString& serverId)
{
    setStatus(serverId, ServerStatus());
}

void FleetModel::watch(const QString& serverId, SshConnection* connection)
{
    connect(connection, &SshConnection::stateChanged, this, [this, serverId, connection] {
        setStatus(serverId, ServerStatus::from(connection->state(), connection->lastError()));
    });
    connect(connection, &QObject::destroyed, this, [this, serverId] { resetStatus(serverId); });
    setStatus(serverId, ServerStatus::from(connection->state(), connection->lastError()));
}

} // namespace vigie
