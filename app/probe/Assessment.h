#pragma once

#include "Snapshot.h"
#include "fleet/ServerProfile.h"

#include <QCoreApplication>
#include <QDate>

namespace vigie {

// How healthy something is. Ordered: a larger value is worse (worst-of is max()).
enum class Health
{
    Ok = 0,
    Unknown = 1,
    Warning = 2,
    Critical = 3
};

enum class Area
{
    Services,
    Certificates,
    Backups,
    Tenants
};

// One thing the operator should know, in Vigie's words (translated).
struct Finding
{
    Area area = Area::Services;
    Health health = Health::Ok;
    QString subject; // what it is about: "pm2 medical-pro-backend", "soon.example.test"
    QString message; // "stopped", "expires in 5 days"
};

// Per backup target, what the Backups dashboard shows and the checks use.
struct BackupSummary
{
    ServerProfile::BackupTarget target;
    QList<BackupFile> files; // newest first
    std::optional<BackupFile> latest;
    qint64 ageSeconds = -1; // of the latest, against the server's clock
    qint64 totalBytes = 0;
    bool allEncrypted = false;
    QList<QDate> missingDays; // days without a backup within the retention window (not today)
    Health health = Health::Unknown;
};

// Per tenant, the gaps that make it broken, each said plainly.
struct TenantSummary
{
    TenantInfo tenant;
    QStringList gaps; // "not provisioned", "DNS missing", "no certificate covers …"
    std::optional<qint64> latestBackupAgeSeconds;
    Health health = Health::Unknown;
};

// Turns a Snapshot into statuses and findings, with the profile's thresholds. Pure functions:
// the CLI, the dashboards, the overview and the alerts all judge the same way.
class Assessment
{
    Q_DECLARE_TR_FUNCTIONS(Assessment)
public:
    static Assessment of(const Snapshot& snapshot, const ServerProfile& profile);

    Health worst(Area area) const { return m_worst.value(area, Health::Unknown); }
    Health overall() const;
    const QList<Finding>& findings() const { return m_findings; }
    const QList<BackupSummary>& backups() const { return m_backups; }
    const QList<TenantSummary>& tenants() const { return m_tenants; }

    // Row-level judgements, shared with the dashboard models.
    static Health unitHealth(const SystemdUnit& unit);
    static Health pm2Health(const Pm2Process& process);
    static Health composeHealth(const ComposeService& service);
    static Health httpHealth(const HealthCheck& check);
    static Health mountHealth(const MountUsage& mount);
    static Health certificateHealth(const CertificateInfo& certificate,
                                    const ServerProfile& profile, const QDateTime& now);
    static QList<BackupSummary> summarizeBackups(const Snapshot& snapshot,
                                                 const ServerProfile& profile);
    static QList<TenantSummary> summarizeTenants(const Snapshot& snapshot,
                                                 const ServerProfile& profile,
                                                 const QList<BackupSummary>& backups);

    static QString healthName(Health health); // translated: "OK", "warning", "critical", "unknown"
    static QString healthId(Health health);   // stable: "ok", "warning", "critical", "unknown"
    static QString areaName(Area area);       // translated
    static QString areaId(Area area);         // stable: "services", …

private:
    void add(Area area, Health health, const QString& subject, const QString& message);

    QMap<Area, Health> m_worst;
    QList<Finding> m_findings;
    QList<BackupSummary> m_backups;
    QList<TenantSummary> m_tenants;
};

} // namespace vigie
