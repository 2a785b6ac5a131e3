#pragma once

#include "fleet/Server.h"
#include "fleet/ServerProfile.h"
#include "probe/Snapshot.h"

#include <QList>
#include <QPointer>

#include <optional>

namespace vigie {

class Fleet;
class FleetMonitor;
class ProfileStore;
class ServerConnections;
class SshConnection;

// Everything a wizard needs to know about its server: the connection to run on, the profile
// that says what lives where, and the latest snapshot to prefill its lists (tenants, backups).
struct OperationContext
{
    Server server;
    QPointer<SshConnection> connection;
    ServerProfile profile;
    std::optional<Snapshot> snapshot; // none before the first refresh
};

// Where the wizards get their context from: the engine objects main() (or a test) owns.
class OperationEnvironment
{
public:
    OperationEnvironment(Fleet* fleet, ServerConnections* connections, ProfileStore* profiles,
                         FleetMonitor* monitor);

    QList<Server> servers() const;
    std::optional<OperationContext> contextFor(const QString& serverId) const;
    FleetMonitor* monitor() const { return m_monitor; }

private:
    Fleet* m_fleet;
    ServerConnections* m_connections;
    ProfileStore* m_profiles;
    FleetMonitor* m_monitor;
};

} // namespace vigie
