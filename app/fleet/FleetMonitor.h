#pragma once

#include "probe/Assessment.h"
#include "probe/Snapshot.h"
#include "ssh/SshTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace vigie {

class ExecJob;
class Fleet;
class ProfileStore;
class ServerConnections;

// Refreshes the fleet's dashboards: per server, ONE exec of the probe on the persistent
// session (`sh -s` reading the script on stdin), parsed into a Snapshot and judged into an
// Assessment. Never two refreshes of one server at once; auto-refresh on a timer.
class FleetMonitor : public QObject
{
    Q_OBJECT
public:
    FleetMonitor(Fleet* fleet, ServerConnections* connections, ProfileStore* profiles,
                 QObject* parent = nullptr);

    void refresh(const QString& serverId); // no-op while that server's refresh runs
    void refreshAll();
    void setAutoRefreshSeconds(int seconds); // 0: off
    int autoRefreshSeconds() const { return m_autoRefreshSeconds; }
    bool isRefreshing(const QString& serverId) const { return m_running.contains(serverId); }

    struct Latest
    {
        Snapshot snapshot;
        Assessment assessment;
    };
    std::optional<Latest> latest(const QString& serverId) const;

signals:
    void refreshStarted(const QString& serverId);
    void snapshotReady(const QString& serverId, const vigie::Snapshot& snapshot,
                       const vigie::Assessment& assessment);
    void refreshFailed(const QString& serverId, const vigie::SshError& error);

private:
    struct Running
    {
        QPointer<ExecJob> job;
        QByteArray nonce;
        QByteArray output;
        bool overflow = false;
        QElapsedTimer clock;
    };
    void finish(const QString& serverId, const ExecResult& result);

    Fleet* m_fleet;
    ServerConnections* m_connections;
    ProfileStore* m_profiles;
    QTimer m_autoRefresh;
    int m_autoRefreshSeconds = 0;
    QHash<QString, Running> m_running;
    QHash<QString, Latest> m_latest;
};

} // namespace vigie
