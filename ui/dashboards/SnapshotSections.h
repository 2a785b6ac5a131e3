#pragma once

#include "probe/Snapshot.h"

#include <optional>

namespace vigie {

// The names of the probe's sections in Snapshot::sections, as the dashboards look them up.
// No entry means the probe did not report on it (an older probe, or not asked by the profile).
namespace SnapshotSections {
inline const QString Vitals = QStringLiteral("vitals");
inline const QString Systemd = QStringLiteral("systemd");
inline const QString Pm2 = QStringLiteral("pm2");
inline const QString Compose = QStringLiteral("compose");
inline const QString HealthChecks = QStringLiteral("health");
inline const QString Ufw = QStringLiteral("ufw");
inline const QString Fail2ban = QStringLiteral("fail2ban");
inline const QString Certificates = QStringLiteral("certificates");
inline const QString Renewal = QStringLiteral("renewal");
inline const QString Backups = QStringLiteral("backups");
inline const QString BackupLog = QStringLiteral("backuplog");
inline const QString Databases = QStringLiteral("databases");
inline const QString Tenants = QStringLiteral("tenants");
inline const QString Mail = QStringLiteral("mail");

inline std::optional<SectionStatus> status(const Snapshot& snapshot, const QString& name)
{
    const auto it = snapshot.sections.constFind(name);
    if (it == snapshot.sections.constEnd())
        return std::nullopt;
    return it.value();
}

// The clock ages and days left are measured against: the server's, else the desktop's.
inline QDateTime now(const Snapshot& snapshot)
{
    if (snapshot.serverTime.isValid())
        return snapshot.serverTime;
    return snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
}
} // namespace SnapshotSections

} // namespace vigie
