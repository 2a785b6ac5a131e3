#pragma once

#include "DashboardRequests.h"
#include "fleet/ServerProfile.h"
#include "probe/Assessment.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

namespace vigie {

class BackupsDashboard;
class CertificatesDashboard;
class DashboardPage;
class ServicesDashboard;
class TenantsDashboard;

// The four per-server dashboard tabs and the latest snapshot of every server, so switching
// servers shows each one's last known state at once. Row actions come out as signals naming
// the server; nothing here talks to a server.
class ServerDashboards : public QObject
{
    Q_OBJECT
public:
    explicit ServerDashboards(QWidget* pageParent);

    DashboardPage* page(Area area) const;
    ServicesDashboard* services() const { return m_services; }
    CertificatesDashboard* certificates() const { return m_certificates; }
    BackupsDashboard* backups() const { return m_backups; }
    TenantsDashboard* tenants() const { return m_tenants; }

    QString currentServerId() const { return m_currentId; }
    void setCurrentServer(const QString& serverId, const QString& serverName);
    void setSnapshot(const QString& serverId, const Snapshot& snapshot,
                     const Assessment& assessment, const ServerProfile& profile);
    void setRefreshing(const QString& serverId, bool refreshing);
    void setRefreshError(const QString& serverId, const QString& message);
    void setLiveCheck(const QString& serverId, const QString& certificatePath,
                      const QString& result, Health health);
    void forgetServer(const QString& serverId);
    void retainServers(const QStringList& serverIds); // forgets the others

    bool hasSnapshot(const QString& serverId) const;
    QDateTime lastRefresh(const QString& serverId) const; // invalid before the first one
    bool isRefreshing(const QString& serverId) const;
    QString lastError(const QString& serverId) const;
    std::optional<Assessment> assessment(const QString& serverId) const; // of the last refresh

signals:
    void serviceActionRequested(const QString& serverId, const vigie::ServiceAction& action);
    void logsRequested(const QString& serverId, const vigie::LogTarget& target);
    void certificateRenewRequested(const QString& serverId, const QString& certificateName,
                                   const QString& path);
    void backupNowRequested(const QString& serverId);
    void backupVerifyRequested(const QString& serverId, const QString& target, const QString& path);
    void backupDownloadRequested(const QString& serverId, const QString& target,
                                 const QString& path);
    // From an area that is not watched: the operator wants Detect, or the server's settings.
    void detectRequested(const QString& serverId);
    void setUpRequested(const QString& serverId);

private:
    struct LiveCheck
    {
        QString result;
        Health health = Health::Unknown;
    };
    struct State
    {
        std::optional<Snapshot> snapshot;
        std::optional<Assessment> assessment;
        ServerProfile profile;
        QDateTime refreshedAt;
        bool refreshing = false;
        QString error;
        QHash<QString, LiveCheck> liveChecks;
    };
    void showCurrent();
    void updatePages();
    static void showWatchedState(DashboardPage* page, const Assessment& assessment, Area area);

    QString m_currentId;
    QString m_currentName;
    QHash<QString, State> m_states;
    ServicesDashboard* m_services;
    CertificatesDashboard* m_certificates;
    BackupsDashboard* m_backups;
    TenantsDashboard* m_tenants;
    QList<DashboardPage*> m_pages; // in Area order
};

} // namespace vigie
