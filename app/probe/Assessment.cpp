#include "Assessment.h"

#include <QLocale>

#include <algorithm>

namespace vigie {

namespace {

QString sectionProblem(const SectionStatus& status)
{
    return status.message.isEmpty() ? Assessment::tr("could not be read") : status.message;
}

QString databaseNameFor(const ServerProfile& profile, const TenantInfo& tenant)
{
    QString id = tenant.id;
    id.remove(QLatin1Char('-'));
    return profile.tenantDatabasePrefix + id;
}

} // namespace

void Assessment::watch(Area area)
{
    m_watched.insert(area);
    m_worst[area] = std::max(m_worst.value(area, Health::Ok), Health::Ok);
}

// A finding counts in its area even when the area is not watched (a full disk is news whatever
// the profile says); an OK item makes the area watched.
void Assessment::add(Area area, Health health, const QString& subject, const QString& message)
{
    if (health == Health::Ok)
        watch(area);
    m_worst[area] = std::max(m_worst.value(area, Health::Ok), health);
    if (health != Health::Ok)
        m_findings.append({area, health, subject, message});
}

Health Assessment::overall() const
{
    Health worstHealth = Health::Ok;
    for (Area area : AllAreas) {
        const Health health = worst(area);
        if (health == Health::NotWatched && isIgnored(area))
            continue;
        worstHealth = std::max(worstHealth, health);
    }
    return worstHealth;
}

Health Assessment::unitHealth(const SystemdUnit& unit)
{
    if (unit.loadState == QLatin1String("not-found"))
        return Health::Warning;
    if (unit.activeState == QLatin1String("active"))
        return Health::Ok;
    if (unit.activeState == QLatin1String("activating") ||
        unit.activeState == QLatin1String("reloading"))
        return Health::Warning;
    return Health::Critical; // failed, inactive, deactivating
}

Health Assessment::pm2Health(const Pm2Process& process)
{
    if (process.status == QLatin1String("online"))
        return process.unstableRestarts > 0 ? Health::Warning : Health::Ok;
    if (process.status == QLatin1String("launching"))
        return Health::Warning;
    return Health::Critical; // stopped, errored, stopping
}

namespace {

// Restarts this recent mean the container is crashing now, not once last month.
constexpr qint64 RecentRestartSeconds = 10 * 60;
constexpr int LoopRestarts = 3;

bool restartedRecently(const ComposeService& service, const QDateTime& now)
{
    return service.restarts > 0 && service.startedAt.isValid() && now.isValid() &&
           service.startedAt.secsTo(now) < RecentRestartSeconds;
}

} // namespace

QList<QDate> Assessment::missingBackupDays(const QSet<QDate>& days,
                                           const ServerProfile::BackupTarget& target,
                                           const QDate& today)
{
    // Expected every intervalDays from the oldest kept backup (within retention) to yesterday:
    // today's may simply not have run yet. A weekly backup a day late is not a missing one.
    const int interval = qMax(1, target.intervalDays);
    const int slack = interval > 1 ? 1 : 0;
    QList<QDate> sorted = days.values();
    std::sort(sorted.begin(), sorted.end());
    const QDate first = today.addDays(-qMax(1, target.retentionDays));
    QList<QDate> missing;
    QDate previous;
    const auto gap = [&](const QDate& from, const QDate& to) {
        for (QDate expected = from.addDays(interval); expected.addDays(slack) < to;
             expected = expected.addDays(interval)) {
            if (expected >= first)
                missing.append(expected);
        }
    };
    for (const QDate& day : std::as_const(sorted)) {
        if (previous.isValid())
            gap(previous, day);
        previous = day;
    }
    if (previous.isValid())
        gap(previous, today);
    return missing;
}

Health Assessment::composeHealth(const ComposeService& service, const QDateTime& now)
{
    if (service.health == QLatin1String("unhealthy") ||
        service.state == QLatin1String("restarting"))
        return Health::Critical;
    if (service.state != QLatin1String("running"))
        return Health::Critical;
    // Between two crashes a looping container reads "running": its restart count tells.
    if (restartedRecently(service, now))
        return service.restarts >= LoopRestarts ? Health::Critical : Health::Warning;
    return service.health == QLatin1String("starting") ? Health::Warning : Health::Ok;
}

QString Assessment::composeDetail(const ComposeService& service, const QDateTime& now)
{
    if (service.state == QLatin1String("missing"))
        return tr("no container: the project is not up");
    if (service.state == QLatin1String("restarting") ||
        (restartedRecently(service, now) && service.restarts >= LoopRestarts))
        return tr("restarts in a loop (%n restart(s))", nullptr, service.restarts);
    if (restartedRecently(service, now))
        return tr("restarted %n time(s), last start %1 s ago", nullptr, service.restarts)
            .arg(service.startedAt.secsTo(now));
    if (service.state == QLatin1String("exited"))
        return tr("exited with code %1").arg(service.exitCode);
    return service.status;
}

Health Assessment::httpHealth(const HealthCheck& check)
{
    if (check.httpStatus < 200 || check.httpStatus >= 400)
        return Health::Critical;
    return check.seconds > 2.0 ? Health::Warning : Health::Ok;
}

Health Assessment::mountHealth(const MountUsage& mount)
{
    const double used = mount.usedPercent();
    if (used >= 90)
        return Health::Critical;
    return used >= 80 ? Health::Warning : Health::Ok;
}

Health Assessment::certificateHealth(const CertificateInfo& certificate,
                                     const ServerProfile& profile, const QDateTime& now)
{
    if (!certificate.error.isEmpty() || !certificate.notAfter.isValid())
        return Health::Warning;
    const int days = certificate.daysLeft(now);
    if (certificate.notAfter <= now || days < profile.certificateCriticalDays)
        return Health::Critical;
    return days < profile.certificateWarningDays ? Health::Warning : Health::Ok;
}

QList<BackupSummary> Assessment::summarizeBackups(const Snapshot& snapshot,
                                                  const ServerProfile& profile)
{
    const QDateTime now = snapshot.serverTime.isValid() ? snapshot.serverTime : snapshot.takenAt;
    QList<BackupSummary> summaries;
    for (const ServerProfile::BackupTarget& target : profile.backups) {
        BackupSummary summary;
        summary.target = target;
        for (const BackupFolder& folder : snapshot.backupFolders) {
            if (folder.target == target.name)
                summary.folder = folder;
        }
        for (const BackupFile& file : snapshot.backups) {
            if (file.target == target.name)
                summary.files.append(file);
        }
        std::sort(summary.files.begin(), summary.files.end(),
                  [](const BackupFile& a, const BackupFile& b) { return a.modified > b.modified; });
        summary.allEncrypted = !summary.files.isEmpty();
        QSet<QDate> days;
        for (const BackupFile& file : std::as_const(summary.files)) {
            summary.totalBytes += file.sizeBytes;
            summary.allEncrypted = summary.allEncrypted && file.encrypted;
            days.insert(file.modified.toUTC().date());
        }
        if (!summary.files.isEmpty()) {
            summary.latest = summary.files.first();
            summary.ageSeconds = summary.latest->modified.secsTo(now);
            summary.missingDays = missingBackupDays(days, target, now.toUTC().date());
        }
        judgeBackup(summary);
        summaries.append(summary);
    }
    return summaries;
}

void Assessment::judgeBackup(BackupSummary& summary)
{
    const ServerProfile::BackupTarget& target = summary.target;
    const QString pattern = target.pattern.isEmpty() ? QStringLiteral("*") : target.pattern;
    if (summary.latest && summary.ageSeconds > qint64(target.maxAgeHours) * 3600) {
        summary.health = Health::Critical;
        summary.problem = tr("latest is %n hour(s) old", nullptr, int(summary.ageSeconds / 3600));
    } else if (summary.latest && !summary.missingDays.isEmpty()) {
        summary.health = Health::Warning;
        summary.problem = tr("%n day(s) missing", nullptr, int(summary.missingDays.size()));
    } else if (summary.latest && !summary.allEncrypted) {
        summary.health = Health::Warning;
        summary.problem = tr("not encrypted");
    } else if (summary.latest) {
        summary.health = Health::Ok;
        summary.problem.clear();
    } else if (summary.folder.state == BackupFolder::State::Missing) {
        summary.health = Health::Critical;
        summary.problem = tr("directory %1 not found").arg(target.directory);
    } else if (summary.folder.state == BackupFolder::State::Denied) {
        // Not read is not known: the backups may well be there.
        summary.health = Health::Unknown;
        summary.problem =
            tr("cannot read %1 (needs root or passwordless sudo)").arg(target.directory);
    } else if (summary.folder.otherFiles > 0) {
        // Say what was seen, so a wrong pattern is obvious.
        summary.health = Health::Critical;
        summary.problem = tr("%n file(s) in %1, none match %2", nullptr, summary.folder.otherFiles)
                              .arg(target.directory, pattern);
        if (!summary.folder.otherExamples.isEmpty())
            summary.problem +=
                QLatin1Char(' ') +
                tr("(for example %1)").arg(summary.folder.otherExamples.join(QStringLiteral(", ")));
    } else if (summary.folder.state == BackupFolder::State::Listed) {
        summary.health = Health::Critical;
        summary.problem = tr("%1 is empty: no file matches %2").arg(target.directory, pattern);
    } else {
        summary.health = Health::Critical;
        summary.problem = tr("no backup found");
    }
}

QList<TenantSummary> Assessment::summarizeTenants(const Snapshot& snapshot,
                                                  const ServerProfile& profile,
                                                  const QList<BackupSummary>& backups)
{
    const QDateTime now = snapshot.serverTime.isValid() ? snapshot.serverTime : snapshot.takenAt;
    QList<TenantSummary> summaries;
    for (const TenantInfo& tenant : snapshot.tenants) {
        TenantSummary summary;
        summary.tenant = tenant;
        Health health = Health::Ok;
        const auto gap = [&](Health level, const QString& text) {
            summary.gaps.append(text);
            health = std::max(health, level);
        };
        const QString host = profile.tenantDomain.isEmpty()
                                 ? tenant.subdomain
                                 : tenant.subdomain + QLatin1Char('.') + profile.tenantDomain;
        if (!tenant.provisioned)
            gap(Health::Critical, tr("not provisioned"));
        else if (!tenant.databaseExists)
            gap(Health::Critical, tr("database %1 missing").arg(databaseNameFor(profile, tenant)));
        // Without the tenants' domain in the profile there is no host name to check: their
        // DNS, certificate and HTTPS are not watched (the dashboard says so), not failed.
        const bool webChecked = !profile.tenantDomain.isEmpty();
        if (webChecked && !tenant.dnsResolves)
            gap(Health::Critical, tr("DNS: %1 does not resolve").arg(host));
        const bool covered = std::any_of(
            snapshot.certificates.cbegin(), snapshot.certificates.cend(),
            [&](const CertificateInfo& c) { return c.covers(host) && c.notAfter > now; });
        if (webChecked && !covered)
            gap(Health::Critical, tr("no valid certificate covers %1").arg(host));
        if (webChecked && (tenant.httpsStatus < 200 || tenant.httpsStatus >= 400)) {
            gap(Health::Critical,
                tenant.httpsStatus == 0
                    ? (tenant.httpsError.isEmpty()
                           ? tr("HTTPS does not answer")
                           : tr("HTTPS does not answer: %1").arg(tenant.httpsError))
                    : tr("HTTPS answers %1").arg(tenant.httpsStatus));
        }
        if (tenant.provisioned) {
            const QString database = databaseNameFor(profile, tenant);
            const auto backup =
                std::find_if(backups.cbegin(), backups.cend(), [&](const BackupSummary& b) {
                    return b.target.databaseName() == database;
                });
            if (backup == backups.cend()) {
                gap(Health::Warning, tr("no backup configured for %1").arg(database));
            } else if (!backup->latest) {
                gap(Health::Critical, tr("no backup"));
            } else {
                summary.latestBackupAgeSeconds = backup->ageSeconds;
                if (backup->ageSeconds > qint64(backup->target.maxAgeHours) * 3600)
                    gap(Health::Critical, tr("no recent backup"));
            }
        }
        summary.health = health;
        summaries.append(summary);
    }
    return summaries;
}

Assessment Assessment::of(const Snapshot& snapshot, const ServerProfile& profile,
                          const QSet<Area>& ignoredAreas)
{
    Assessment result;
    result.m_ignored = ignoredAreas;
    const QDateTime now = snapshot.serverTime.isValid() ? snapshot.serverTime : snapshot.takenAt;

    // A section that was expected but could not be read is never "healthy": it is unknown, with
    // the reason. One that was read makes its area watched, even when it found nothing to judge.
    const auto expectSection = [&](Area area, const QString& name, const QString& subject) {
        const SectionStatus status = snapshot.sections.value(name);
        if (!snapshot.sections.contains(name) || status.state == SectionStatus::State::Absent)
            return false;
        if (!status.usable()) {
            result.add(area, Health::Unknown, subject, sectionProblem(status));
            return false;
        }
        return true;
    };

    // Services
    if (expectSection(Area::Services, QStringLiteral("vitals"), tr("host"))) {
        // Host vitals are no service: a full disk is a finding, a fine one watches nothing.
        for (const MountUsage& mount : snapshot.vitals.mounts) {
            if (mountHealth(mount) == Health::Ok)
                continue;
            result.add(Area::Services, mountHealth(mount), tr("disk %1").arg(mount.mountPoint),
                       tr("%1 % used").arg(QLocale().toString(mount.usedPercent(), 'f', 0)));
        }
        if (snapshot.vitals.memTotalBytes > 0 &&
            snapshot.vitals.memAvailableBytes * 10 < snapshot.vitals.memTotalBytes)
            result.add(Area::Services, Health::Warning, tr("memory"),
                       tr("less than 10 % available"));
    }
    if (!profile.systemdUnits.isEmpty() && snapshot.systemd &&
        expectSection(Area::Services, QStringLiteral("systemd"), tr("systemd units"))) {
        result.watch(Area::Services);
        for (const SystemdUnit& unit : snapshot.units) {
            result.add(Area::Services, unitHealth(unit), unit.name,
                       unit.loadState == QLatin1String("not-found")
                           ? tr("not installed")
                           : unit.activeState + QLatin1Char('/') + unit.subState);
        }
    }
    if (profile.pm2 &&
        expectSection(Area::Services, QStringLiteral("pm2"), QStringLiteral("pm2"))) {
        result.watch(Area::Services);
        if (snapshot.pm2.isEmpty())
            result.add(Area::Services, Health::Warning, QStringLiteral("pm2"), tr("no process"));
        for (const Pm2Process& process : snapshot.pm2) {
            result.add(Area::Services, pm2Health(process),
                       QStringLiteral("pm2 %1 #%2").arg(process.name).arg(process.pmId),
                       process.status);
        }
    }
    // Compose is judged where the profile names projects; elsewhere a docker client without
    // a daemon (or without compose) is not a problem of this server.
    const bool composeExpected = !profile.composeProjects.isEmpty();
    if (composeExpected && !snapshot.composeEngine.daemonError.isEmpty()) {
        // No daemon, no container: every project the profile names is down.
        result.watch(Area::Services);
        result.add(Area::Services, Health::Critical, QStringLiteral("docker"),
                   tr("the Docker daemon does not answer (%1): %2 cannot run")
                       .arg(snapshot.composeEngine.daemonError,
                            profile.composeProjects.join(QStringLiteral(", "))));
    } else if ((composeExpected && expectSection(Area::Services, QStringLiteral("compose"),
                                                 QStringLiteral("docker compose"))) ||
               (!composeExpected && snapshot.sections.value(QStringLiteral("compose")).usable())) {
        if (composeExpected)
            result.watch(Area::Services);
        for (const ComposeService& service : snapshot.compose) {
            result.add(Area::Services, composeHealth(service, snapshot.serverTime),
                       service.project + QLatin1Char('/') + service.service,
                       composeDetail(service, snapshot.serverTime));
        }
    }
    if (!profile.healthUrls.isEmpty() &&
        expectSection(Area::Services, QStringLiteral("health"), tr("health URLs"))) {
        result.watch(Area::Services);
        for (const HealthCheck& check : snapshot.health) {
            result.add(Area::Services, httpHealth(check), check.name,
                       check.httpStatus == 0 ? check.error
                                             : tr("HTTP %1 in %2 ms")
                                                   .arg(check.httpStatus)
                                                   .arg(qRound(check.seconds * 1000)));
        }
    }

    // Mail: in the Services area (a mail server's services), judged per queue, unit, key and
    // listener. Not configured: nothing is said, the area stays as the rest makes it.
    if (profile.mail.isConfigured() &&
        expectSection(Area::Services, QStringLiteral("mail"), tr("mail"))) {
        result.watch(Area::Services);
        result.m_mail = summarizeMail(snapshot, profile);
        result.m_mailHealth = Health::Ok;
        for (const MailItem& item : std::as_const(result.m_mail)) {
            result.m_mailHealth = std::max(result.m_mailHealth, item.health);
            result.add(Area::Services, item.health, mailFindingSubject(item), item.state);
        }
    } else if (profile.mail.isConfigured()) {
        result.m_mailHealth = Health::Unknown;
    }

    // Certificates
    if (!profile.certificatePaths.isEmpty() &&
        expectSection(Area::Certificates, QStringLiteral("certificates"), tr("certificates"))) {
        result.watch(Area::Certificates);
        if (snapshot.certificates.isEmpty())
            result.add(
                Area::Certificates, Health::Warning, tr("certificates"),
                tr("none found under %1").arg(profile.certificatePaths.join(QStringLiteral(", "))));
        for (const CertificateInfo& certificate : snapshot.certificates) {
            const Health health = certificateHealth(certificate, profile, now);
            const int days = certificate.daysLeft(now);
            QString message;
            if (!certificate.error.isEmpty())
                message = certificate.error;
            else if (certificate.notAfter <= now)
                message = tr("expired");
            else
                message = tr("expires in %n day(s)", nullptr, days);
            result.add(Area::Certificates, health, certificate.name, message);
        }
    }

    // Backups
    if (!profile.backups.isEmpty() &&
        expectSection(Area::Backups, QStringLiteral("backups"), tr("backups"))) {
        result.watch(Area::Backups);
        result.m_backups = summarizeBackups(snapshot, profile);
        for (const BackupSummary& summary : std::as_const(result.m_backups))
            result.add(Area::Backups, summary.health, summary.target.name, summary.problem);
    }

    // Tenants
    if (!profile.tenantQuery.isEmpty() &&
        expectSection(Area::Tenants, QStringLiteral("tenants"), tr("tenants"))) {
        result.watch(Area::Tenants);
        result.m_tenants = summarizeTenants(snapshot, profile, result.m_backups);
        for (const TenantSummary& summary : std::as_const(result.m_tenants)) {
            result.add(Area::Tenants, summary.health, summary.tenant.name,
                       summary.gaps.join(QStringLiteral("; ")));
        }
    }
    return result;
}

QString Assessment::healthName(Health health)
{
    switch (health) {
    case Health::Ok:
        return tr("OK");
    case Health::NotWatched:
        return tr("not watched");
    case Health::Unknown:
        return tr("unknown");
    case Health::Warning:
        return tr("warning");
    case Health::Critical:
        return tr("critical");
    }
    return {};
}

QString Assessment::healthId(Health health)
{
    switch (health) {
    case Health::Ok:
        return QStringLiteral("ok");
    case Health::NotWatched:
        return QStringLiteral("not-watched");
    case Health::Unknown:
        return QStringLiteral("unknown");
    case Health::Warning:
        return QStringLiteral("warning");
    case Health::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString Assessment::areaStateName(Area area) const
{
    const Health health = worst(area);
    if (health == Health::NotWatched && isIgnored(area))
        return tr("not watched (ignored)");
    return healthName(health);
}

QString Assessment::notWatchedHint(Area area)
{
    switch (area) {
    case Area::Services:
        return tr("No systemd unit, PM2, Compose project, health URL or mail server is configured "
                  "or detected for this server.");
    case Area::Certificates:
        return tr("No certificate directory is configured, or none was found on this server.");
    case Area::Backups:
        return tr("No backup directory is configured for this server.");
    case Area::Tenants:
        return tr("No tenant list is configured for this server.");
    }
    return {};
}

QString Assessment::areaName(Area area)
{
    switch (area) {
    case Area::Services:
        return tr("Services");
    case Area::Certificates:
        return tr("Certificates");
    case Area::Backups:
        return tr("Backups");
    case Area::Tenants:
        return tr("Tenants");
    }
    return {};
}

QString Assessment::areaId(Area area)
{
    switch (area) {
    case Area::Services:
        return QStringLiteral("services");
    case Area::Certificates:
        return QStringLiteral("certificates");
    case Area::Backups:
        return QStringLiteral("backups");
    case Area::Tenants:
        return QStringLiteral("tenants");
    }
    return {};
}

} // namespace vigie

namespace vigie {

std::optional<Area> Assessment::areaFromId(const QString& id)
{
    for (Area area : AllAreas) {
        if (areaId(area) == id)
            return area;
    }
    return std::nullopt;
}

QSet<Area> Assessment::areasFromIds(const QStringList& ids)
{
    QSet<Area> areas;
    for (const QString& id : ids) {
        if (const std::optional<Area> area = areaFromId(id))
            areas.insert(*area);
    }
    return areas;
}

} // namespace vigie
