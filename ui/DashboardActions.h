#pragma once

#include "dashboards/DashboardRequests.h"
#include "probe/Snapshot.h"

#include <QHash>
#include <QPointer>

#include <QObject>

#include <functional>

class QWidget;

namespace vigie {

class CertificateLiveCheck;
class ExecJob;
class Fleet;
class FleetMonitor;
class ProfileStore;
class ServerConnections;
class ServerDashboards;

// Carries out what the dashboards ask for (they only emit requests, already confirmed by the
// operator): restarts, live logs, certificate renewal, backups. Each runs as one remote
// command whose output streams into a log window; changes are followed by a refresh.
class DashboardActions : public QObject
{
    Q_OBJECT
public:
    DashboardActions(Fleet* fleet, ServerConnections* connections, ProfileStore* profiles,
                     FleetMonitor* monitor, QWidget* window);

    void attach(ServerDashboards* dashboards);

    void runService(const QString& serverId, const ServiceAction& action);
    void showLogs(const QString& serverId, const LogTarget& target);
    void renewCertificate(const QString& serverId, const QString& name);
    void backUpNow(const QString& serverId);
    void verifyBackup(const QString& serverId, const QString& path);
    void downloadBackup(const QString& serverId, const QString& path);
    // After each refresh: TLS-connect from the desktop and compare the served certificates
    // with the files (catches "renewed on disk, nginx never reloaded").
    void checkCertificatesLive(const QString& serverId, const Snapshot& snapshot);

private:
    // Runs `command` on the server with its output in a new log window titled `title`.
    // `refreshAfter`: the command changed something, refresh the dashboards when it ends.
    void runInWindow(const QString& serverId, const QString& title, const QString& command,
                     bool refreshAfter);
    void showError(const QString& message);

    Fleet* m_fleet;
    ServerConnections* m_connections;
    ProfileStore* m_profiles;
    FleetMonitor* m_monitor;
    QWidget* m_window;
    ServerDashboards* m_dashboards = nullptr;
    QHash<QString, QPointer<CertificateLiveCheck>> m_liveChecks; // one per server
};

} // namespace vigie
