#include "ServerDashboards.h"

#include "BackupsDashboard.h"
#include "CertificateTableModel.h"
#include "CertificatesDashboard.h"
#include "DashboardPage.h"
#include "DisplayFormat.h"
#include "ServicesDashboard.h"
#include "TenantsDashboard.h"

namespace vigie {

ServerDashboards::ServerDashboards(QWidget* pageParent)
    : QObject(pageParent)
    , m_services(new ServicesDashboard(pageParent))
    , m_certificates(new CertificatesDashboard(pageParent))
    , m_backups(new BackupsDashboard(pageParent))
    , m_tenants(new TenantsDashboard(pageParent))
{
    setObjectName(QStringLiteral("serverDashboards"));
    m_pages = {new DashboardPage(m_services, QStringLiteral("servicesPage"), pageParent),
               new DashboardPage(m_certificates, QStringLiteral("certificatesPage"), pageParent),
               new DashboardPage(m_backups, QStringLiteral("backupsPage"), pageParent),
               new DashboardPage(m_tenants, QStringLiteral("tenantsPage"), pageParent)};

    connect(
        m_services, &ServicesDashboard::serviceActionRequested, this,
        [this](const ServiceAction& action) { emit serviceActionRequested(m_currentId, action); });
    connect(m_services, &ServicesDashboard::logsRequested, this,
            [this](const LogTarget& target) { emit logsRequested(m_currentId, target); });
    connect(m_certificates, &CertificatesDashboard::renewRequested, this,
            [this](const QString& name, const QString& path) {
                emit certificateRenewRequested(m_currentId, name, path);
            });
    connect(m_backups, &BackupsDashboard::backupNowRequested, this,
            [this] { emit backupNowRequested(m_currentId); });
    connect(m_backups, &BackupsDashboard::verifyRequested, this,
            [this](const QString& target, const QString& path) {
                emit backupVerifyRequested(m_currentId, target, path);
            });
    connect(m_backups, &BackupsDashboard::downloadRequested, this,
            [this](const QString& target, const QString& path) {
                emit backupDownloadRequested(m_currentId, target, path);
            });
    for (DashboardPage* page : std::as_const(m_pages)) {
        connect(page, &DashboardPage::detectRequested, this,
                [this] { emit detectRequested(m_currentId); });
        connect(page, &DashboardPage::setUpRequested, this,
                [this] { emit setUpRequested(m_currentId); });
    }
    updatePages();
}

DashboardPage* ServerDashboards::page(Area area) const
{
    return m_pages.at(int(area));
}

void ServerDashboards::setCurrentServer(const QString& serverId, const QString& serverName)
{
    const bool same = serverId == m_currentId;
    m_currentId = serverId;
    m_currentName = serverName;
    m_services->setServerName(serverName);
    m_certificates->setServerName(serverName);
    if (!same)
        showCurrent();
    else
        updatePages();
}

void ServerDashboards::setSnapshot(const QString& serverId, const Snapshot& snapshot,
                                   const Assessment& assessment, const ServerProfile& profile)
{
    State& state = m_states[serverId];
    state.snapshot = snapshot;
    state.assessment = assessment;
    state.profile = profile;
    state.refreshedAt =
        snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTime();
    state.refreshing = false;
    state.error.clear();
    if (serverId != m_currentId)
        return;
    m_services->setSnapshot(snapshot, assessment, profile);
    m_certificates->setSnapshot(snapshot, assessment, profile);
    m_backups->setSnapshot(snapshot, assessment, profile);
    m_tenants->setSnapshot(snapshot, assessment, profile);
    updatePages();
}

void ServerDashboards::setRefreshing(const QString& serverId, bool refreshing)
{
    m_states[serverId].refreshing = refreshing;
    if (serverId == m_currentId)
        updatePages();
}

void ServerDashboards::setRefreshError(const QString& serverId, const QString& message)
{
    State& state = m_states[serverId];
    state.refreshing = false;
    state.error = message;
    if (serverId == m_currentId)
        updatePages();
}

void ServerDashboards::setLiveCheck(const QString& serverId, const QString& certificatePath,
                                    const QString& result, Health health)
{
    m_states[serverId].liveChecks.insert(certificatePath, {result, health});
    if (serverId == m_currentId)
        m_certificates->setLiveCheck(certificatePath, result, health);
}

void ServerDashboards::forgetServer(const QString& serverId)
{
    m_states.remove(serverId);
    if (serverId == m_currentId)
        setCurrentServer(QString(), QString());
}

void ServerDashboards::retainServers(const QStringList& serverIds)
{
    const QStringList known = m_states.keys();
    for (const QString& id : known) {
        if (!serverIds.contains(id))
            m_states.remove(id);
    }
    if (!m_currentId.isEmpty() && !serverIds.contains(m_currentId))
        setCurrentServer(QString(), QString());
}

bool ServerDashboards::hasSnapshot(const QString& serverId) const
{
    const auto it = m_states.constFind(serverId);
    return it != m_states.constEnd() && it->snapshot.has_value();
}

QDateTime ServerDashboards::lastRefresh(const QString& serverId) const
{
    return m_states.value(serverId).refreshedAt;
}

bool ServerDashboards::isRefreshing(const QString& serverId) const
{
    return m_states.value(serverId).refreshing;
}

QString ServerDashboards::lastError(const QString& serverId) const
{
    return m_states.value(serverId).error;
}

std::optional<Assessment> ServerDashboards::assessment(const QString& serverId) const
{
    const auto it = m_states.constFind(serverId);
    return it == m_states.constEnd() ? std::nullopt : it->assessment;
}

void ServerDashboards::showCurrent()
{
    m_certificates->model()->clearLiveChecks();
    const auto it = m_states.constFind(m_currentId);
    if (it != m_states.constEnd() && it->snapshot) {
        const State& state = it.value();
        m_services->setSnapshot(*state.snapshot, *state.assessment, state.profile);
        m_certificates->setSnapshot(*state.snapshot, *state.assessment, state.profile);
        m_backups->setSnapshot(*state.snapshot, *state.assessment, state.profile);
        m_tenants->setSnapshot(*state.snapshot, *state.assessment, state.profile);
        for (auto live = state.liveChecks.cbegin(); live != state.liveChecks.cend(); ++live)
            m_certificates->setLiveCheck(live.key(), live->result, live->health);
    }
    updatePages();
}

void ServerDashboards::showWatchedState(DashboardPage* page, const Assessment& assessment,
                                        Area area)
{
    if (assessment.worst(area) != Health::NotWatched) {
        page->clearNotWatched();
        return;
    }
    const bool ignored = assessment.isIgnored(area);
    page->showNotWatched(tr("Not watched: %1 %2")
                             .arg(Assessment::notWatchedHint(area),
                                  ignored
                                      ? tr("You chose to ignore this area on this server.")
                                      : tr("Detect looks at what the server runs; Set up opens the "
                                           "server's settings.")),
                         ignored);
}

void ServerDashboards::updatePages()
{
    static const State none;
    const auto it = m_states.constFind(m_currentId);
    const State& state = it == m_states.constEnd() ? none : it.value();
    for (Area area : Assessment::AllAreas) {
        DashboardPage* page = m_pages.at(int(area));
        if (m_currentId.isEmpty() || !state.snapshot)
            page->clearNotWatched();
        if (m_currentId.isEmpty()) {
            page->clearBanner();
            page->showEmpty(tr("Select a server in the list to see its dashboards."));
            continue;
        }
        if (!state.snapshot) {
            page->clearBanner();
            if (state.refreshing)
                page->showEmpty(tr("Refreshing…"));
            else if (!state.error.isEmpty())
                page->showEmpty(tr("The refresh failed: %1\n\nPress Refresh (F5) to try again.")
                                    .arg(state.error));
            else
                page->showEmpty(tr("Not refreshed yet — press Refresh (F5)"));
            continue;
        }
        page->showDashboard();
        showWatchedState(page, *state.assessment, area);
        if (!state.error.isEmpty())
            page->showBanner(MessageBanner::Kind::Warning,
                             tr("The last refresh failed: %1 What you see is from %2.")
                                 .arg(state.error, DisplayFormat::dateTime(state.refreshedAt)));
        else
            page->clearBanner();
    }
}

} // namespace vigie
