#include "OperationEnvironment.h"

#include "fleet/Fleet.h"
#include "fleet/FleetMonitor.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "ssh/SshConnection.h"

namespace vigie {

OperationEnvironment::OperationEnvironment(Fleet* fleet, ServerConnections* connections,
                                           ProfileStore* profiles, FleetMonitor* monitor)
    : m_fleet(fleet)
    , m_connections(connections)
    , m_profiles(profiles)
    , m_monitor(monitor)
{}

QList<Server> OperationEnvironment::servers() const
{
    return m_fleet->servers();
}

std::optional<OperationContext> OperationEnvironment::contextFor(const QString& serverId) const
{
    const std::optional<Server> server = m_fleet->find(serverId);
    if (!server)
        return std::nullopt;
    OperationContext context;
    context.server = *server;
    context.connection = m_connections->connectionFor(*server);
    context.profile = m_profiles->profileFor(*server);
    if (m_monitor) {
        if (const auto latest = m_monitor->latest(serverId))
            context.snapshot = latest->snapshot;
    }
    return context;
}

} // namespace vigie
