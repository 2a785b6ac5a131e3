#pragma once

#include "Snapshot.h"
#include "fleet/ServerProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace vigie {

// How healthy something is. Ordered: a larger value is worse (worst-of is max()).
// NotWatched: nothing was configured or detected to look at (an area starts there, never at Ok);
// Unknown: it was looked at but could not be read or understood.
enum class Health
{
    Ok = 0,
    NotWatched = 1,
    Unknown = 2,
    Warning = 3,
    Critical = 4
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
    BackupFolder folder;      // what the probe saw in the directory
    Health health = Health::Unknown;
    QString problem; // why it is not OK, in Vigie's words (empty when OK)
};

// Per tenant, the gaps that make it broken, each said plainly.
struct TenantSummary
{
    TenantInfo tenant;
    QStringList gaps; // "not provisioned", "DNS missing", "no certificate covers …"
    std::optional<qint64> latestBackupAgeSeconds;
    Health health = Health::Unknown;
};

// One line of the Mail group (Services dashboard, `status --json`): a queue, a unit, a DKIM key
// or a TLS listener, judged. Mail counts in the Services area: a server without mail is not
// "not watched" for it, since most servers send no mail.
struct MailItem
{
    enum class Kind
    {
        Queue,
        Unit,
        Dkim,
        Tls
    };
    Kind kind = Kind::Queue;
    QString subject; // "/etc/postfix", "dovecot", "default._domainkey.example.test", "smtps …"
    QString state;   // what was seen, in Vigie's words
    Health health = Health::Unknown;
};

// Turns a Snapshot into statuses and findings, with the profile's thresholds. Pure functions:
// the CLI, the dashboards, the overview and the alerts all judge the same way.
class Assessment
{
    Q_DECLARE_TR_FUNCTIONS(Assessment)
public:
    // ignoredAreas: areas whose "not watched" the operator accepts for this server (a per-server
    // setting); they do not count in overall().
    static Assessment of(const Snapshot& snapshot, const ServerProfile& profile,
                         const QSet<Area>& ignoredAreas = {});

    // NotWatched when nothing was looked at in that area (unless something still turned up,
    // such as a full disk, which counts whatever the area's configuration).
    Health worst(Area area) const { return m_worst.value(area, Health::NotWatched); }
    bool isWatched(Area area) const { return m_watched.contains(area); }
    bool isIgnored(Area area) const { return m_ignored.contains(area); }
    // The worst area, leaving out the ignored areas that are not watched.
    Health overall() const;
    const QList<Finding>& findings() const { return m_findings; }
    const QList<BackupSummary>& backups() const { return m_backups; }
    const QList<TenantSummary>& tenants() const { return m_tenants; }
    const QList<MailItem>& mail() const { return m_mail; }
    // NotWatched when the profile has no mail settings; else the worst mail item (Unknown when
    // the section could not be read).
    Health mailHealth() const { return m_mailHealth; }

    // Row-level judgements, shared with the dashboard models.
    static Health unitHealth(const SystemdUnit& unit);
    static Health pm2Health(const Pm2Process& process);
    // `now` is the server's clock: a container that restarted in the last minutes is news.
    static Health composeHealth(const ComposeService& service, const QDateTime& now);
    // What the operator reads beside that state ("restarts in a loop: 5 restarts, …").
    static QString composeDetail(const ComposeService& service, const QDateTime& now);
    static Health httpHealth(const HealthCheck& check);
    static Health mountHealth(const MountUsage& mount);
    static Health certificateHealth(const CertificateInfo& certificate,
                                    const ServerProfile& profile, const QDateTime& now);
    // The days a backup was expected (every target.intervalDays) and none was made.
    static QList<QDate> missingBackupDays(const QSet<QDate>& days,
                                          const ServerProfile::BackupTarget& target,
                                          const QDate& today);
    static QList<BackupSummary> summarizeBackups(const Snapshot& snapshot,
                                                 const ServerProfile& profile);
    static QList<MailItem> summarizeMail(const Snapshot& snapshot, const ServerProfile& profile);
    static QString mailKindId(MailItem::Kind kind);   // stable: "queue", "unit", "dkim", "tls"
    static QString mailKindName(MailItem::Kind kind); // translated
    static QString mailFindingSubject(const MailItem& item); // "mail queue /etc/postfix"
    static QList<TenantSummary> summarizeTenants(const Snapshot& snapshot,
                                                 const ServerProfile& profile,
                                                 const QList<BackupSummary>& backups);

    // Translated: "OK", "not watched", "unknown", "warning", "critical".
    static QString healthName(Health health);
    // Stable (CLI JSON): "ok", "not-watched", "unknown", "warning", "critical".
    static QString healthId(Health health);
    // The area's state as the operator reads it: "not watched (ignored)" for an ignored one.
    QString areaStateName(Area area) const;
    // What to do about an area that is not watched, translated (names the area's setting).
    static QString notWatchedHint(Area area);
    static QString areaName(Area area); // translated
    static QString areaId(Area area);   // stable: "services", …
    static std::optional<Area> areaFromId(const QString& id);
    static QSet<Area> areasFromIds(const QStringList& ids); // unknown ids are left out
    static constexpr Area AllAreas[] = {Area::Services, Area::Certificates, Area::Backups,
                                        Area::Tenants};

private:
    static void judgeBackup(BackupSummary& summary);
    void add(Area area, Health health, const QString& subject, const QString& message);
    void watch(Area area);

    QMap<Area, Health> m_worst;
    QSet<Area> m_watched;
    QSet<Area> m_ignored;
    QList<Finding> m_findings;
    QList<BackupSummary> m_backups;
    QList<TenantSummary> m_tenants;
    QList<MailItem> m_mail;
    Health m_mailHealth = Health::NotWatched;
};

} // namespace vigie
