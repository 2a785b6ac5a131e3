#include "FleetMonitor.h"

#include "Fleet.h"
#include "ProfileStore.h"
#include "ServerConnections.h"
#include "probe/Probe.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"

namespace vigie {

FleetMonitor::FleetMonitor(Fleet* fleet, ServerConnections* connections, ProfileStore* profiles,
                           QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_connections(connections)
    , m_profiles(profiles)
{
    connect(&m_autoRefresh, &QTimer::timeout, this, &FleetMonitor::refreshAll);
}

void FleetMonitor::setAutoRefreshSeconds(int seconds)
{
    m_autoRefreshSeconds = qMax(0, seconds);
    if (m_autoRefreshSeconds == 0)
        m_autoRefresh.stop();
    else
        m_autoRefresh.start(m_autoRefreshSeconds * 1000);
}

void FleetMonitor::refreshAll()
{
    for (const Server& server : m_fleet->servers())
        refresh(server.id);
}

std::optional<FleetMonitor::Latest> FleetMonitor::latest(const QString& serverId) const
{
    const auto it = m_latest.constFind(serverId);
    if (it == m_latest.cend())
        return std::nullopt;
    return *it;
}

void FleetMonitor::refresh(const QString& serverId)
{
    if (m_running.contains(serverId))
        return;
    const std::optional<Server> server = m_fleet->find(serverId);
    if (!server)
        return;
    const ServerProfile profile = m_profiles->profileFor(*server);
    Running& running = m_running[serverId];
    running.nonce = Probe::newNonce();
    running.clock.start();
    SshConnection* connection = m_connections->connectionFor(*server);
    ExecJob* job = connection->exec(QStringLiteral("sh -s"), Probe::script(profile, running.nonce));
    running.job = job;
    connect(job, &ExecJob::stdoutReceived, this, [this, serverId](const QByteArray& data) {
        Running& current = m_running[serverId];
        if (current.output.size() + data.size() > Probe::MaxOutputBytes) {
            // A runaway section must not eat the desktop's memory: stop reading.
            current.overflow = true;
            if (current.job)
                current.job->cancel();
            return;
        }
        current.output.append(data);
    });
    connect(job, &ExecJob::finished, this,
            [this, serverId](const ExecResult& result) { finish(serverId, result); });
    emit refreshStarted(serverId);
}

void FleetMonitor::finish(const QString& serverId, const ExecResult& result)
{
    Running running = m_running.take(serverId);
    if (running.job)
        running.job->deleteLater();
    const std::optional<Server> server = m_fleet->find(serverId);
    if (!server)
        return;
    if (running.overflow) {
        SshError error = SshError::make(
            SshError::Code::ChannelFailed, server->host, server->port,
            tr("the probe returned more than %1 MB").arg(Probe::MaxOutputBytes / (1024 * 1024)));
        emit refreshFailed(serverId, error);
        return;
    }
    // Whatever arrived is parsed even when the status is unknown: each section says itself
    // whether it is complete (a dropped connection leaves the last ones without their end).
    if (result.outcome == ExecResult::Outcome::Failed ||
        (result.outcome != ExecResult::Outcome::Exited && running.output.isEmpty())) {
        emit refreshFailed(serverId, result.error.isError()
                                         ? result.error
                                         : SshError::make(SshError::Code::ConnectionLost,
                                                          server->host, server->port));
        return;
    }
    const ServerProfile profile = m_profiles->profileFor(*server);
    Snapshot snapshot =
        Probe::parse(running.output, running.nonce, profile, QDateTime::currentDateTimeUtc());
    snapshot.roundTripMs = running.clock.elapsed();
    const Assessment assessment =
        Assessment::of(snapshot, profile, Assessment::areasFromIds(server->ignoredAreas));
    m_latest.insert(serverId, {snapshot, assessment});
    emit snapshotReady(serverId, snapshot, assessment);
}

} // namespace vigie
