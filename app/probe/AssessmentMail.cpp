// The mail server's checks (Snapshot::mail): queue, units, DKIM and TLS per port, judged with
// the profile's thresholds. Part of Assessment, in a file of its own.
#include "Assessment.h"

#include <algorithm>
#include <climits>

namespace vigie {

namespace {

MailItem mailQueueItem(const MailQueue& queue, const ServerProfile::Mail& settings)
{
    MailItem item{MailItem::Kind::Queue, queue.instance, {}, Health::Unknown};
    if (queue.tool.isEmpty()) {
        item.state = Assessment::tr("neither postqueue nor mailq is installed");
    } else if (!queue.read()) {
        item.state =
            queue.error.isEmpty()
                ? Assessment::tr("%1 failed (exit code %2)").arg(queue.tool).arg(queue.exitCode)
                : Assessment::tr("%1 failed: %2").arg(queue.tool, queue.error);
    } else {
        item.state =
            Assessment::tr("%n deferred", nullptr, int(qMin<qint64>(queue.deferred, INT_MAX))) +
            QLatin1String(", ") +
            Assessment::tr("%n in the queue", nullptr, int(qMin<qint64>(queue.total, INT_MAX)));
        if (queue.deferred > settings.deferredCritical)
            item.health = Health::Critical;
        else if (queue.deferred > settings.deferredWarning)
            item.health = Health::Warning;
        else
            item.health = Health::Ok;
    }
    return item;
}

MailItem mailUnitItem(const MailUnitState& unit)
{
    MailItem item{MailItem::Kind::Unit, unit.name, {}, Health::Unknown};
    switch (unit.source) {
    case MailUnitState::Source::Systemd: {
        if (unit.state.isEmpty()) {
            item.state = Assessment::tr("systemctl told nothing about it");
            break;
        }
        const SystemdUnit systemdUnit{unit.name, unit.loadState, unit.state, unit.subState, {}};
        item.health = Assessment::unitHealth(systemdUnit);
        item.state = unit.loadState == QLatin1String("not-found")
                         ? Assessment::tr("not installed")
                         : unit.state + QLatin1Char('/') + unit.subState;
        break;
    }
    case MailUnitState::Source::PidFile:
        if (unit.state == QLatin1String("running")) {
            item.health = Health::Ok;
            item.state = Assessment::tr("running (pid %1)").arg(unit.pid);
        } else if (unit.state == QLatin1String("stopped")) {
            item.health = Health::Critical;
            item.state =
                Assessment::tr("stopped: pid %1 of %2 is gone").arg(unit.pid).arg(unit.pidFile);
        } else if (unit.state == QLatin1String("missing")) {
            item.health = Health::Critical;
            item.state = Assessment::tr("stopped: no pid file %1").arg(unit.pidFile);
        } else if (unit.state == QLatin1String("denied")) {
            item.state = Assessment::tr("cannot read %1 (needs root or passwordless sudo)")
                             .arg(unit.pidFile);
        } else {
            item.state = Assessment::tr("%1 holds no pid").arg(unit.pidFile);
        }
        break;
    case MailUnitState::Source::None:
        item.state = Assessment::tr("no systemd on the server and no pid file in the profile");
        break;
    }
    return item;
}

MailItem mailDkimItem(const DkimCheck& check)
{
    MailItem item{MailItem::Kind::Dkim, check.name(), {}, Health::Unknown};
    if (check.keyState == QLatin1String("missing"))
        item.state = Assessment::tr("the key file is missing");
    else if (check.keyState == QLatin1String("denied"))
        item.state = Assessment::tr("cannot read the key file (needs root or passwordless sudo)");
    else if (check.keyState == QLatin1String("not-installed"))
        item.state = Assessment::tr("openssl is not installed on the server");
    else if (check.keyState != QLatin1String("ok") || check.diskKey.isEmpty())
        item.state = Assessment::tr("the key file holds no key openssl can read");
    else if (!check.dnsError.isEmpty())
        item.state = Assessment::tr("DNS lookup failed: %1").arg(check.dnsError);
    else if (check.dnsExitCode != 0)
        item.state = Assessment::tr("DNS lookup failed (dig exit code %1)").arg(check.dnsExitCode);
    else if (check.dnsKey.isEmpty()) {
        item.health = Health::Critical;
        item.state = Assessment::tr("no DKIM key published in DNS");
    } else if (check.dnsKey != check.diskKey) {
        item.health = Health::Critical;
        item.state = Assessment::tr("the key in DNS is not the key on disk: signatures fail");
    } else {
        item.health = Health::Ok;
        item.state = Assessment::tr("DNS publishes the key on disk");
    }
    return item;
}

MailItem mailTlsItem(const MailTlsCheck& check, const ServerProfile& profile, const QDateTime& now)
{
    MailItem item{
        MailItem::Kind::Tls, check.name + QLatin1Char(' ') + check.address, {}, Health::Unknown};
    if (!check.served.ok()) {
        const QString& error = check.served.error;
        if (error == QLatin1String("no-openssl")) {
            item.state = Assessment::tr("openssl is not installed on the server");
            return item;
        }
        item.health = Health::Critical;
        if (error == QLatin1String("refused"))
            item.state = Assessment::tr("connection refused: nothing listens there");
        else if (error == QLatin1String("timeout"))
            item.state = Assessment::tr("no answer within the time limit");
        else if (error.startsWith(QLatin1String("handshake")))
            item.state = Assessment::tr("no certificate served: %1").arg(error.mid(9).trimmed());
        else
            item.state = Assessment::tr("no certificate served");
        return item;
    }
    CertificateInfo served;
    served.notAfter = check.served.notAfter;
    item.health = Assessment::certificateHealth(served, profile, now);
    item.state = !served.notAfter.isValid() ? Assessment::tr("expiry date unknown")
                 : served.notAfter <= now
                     ? Assessment::tr("expired")
                     : Assessment::tr("expires in %n day(s)", nullptr, served.daysLeft(now));
    QString disk;
    if (check.disk.state == QLatin1String("missing"))
        disk = Assessment::tr("the certificate file is missing");
    else if (check.disk.state == QLatin1String("denied"))
        disk = Assessment::tr("cannot read the certificate file");
    else if (!check.disk.ok())
        disk = Assessment::tr("the certificate file holds no certificate");
    else if (check.disk.sha256 != check.served.sha256)
        disk = Assessment::tr("not the certificate on disk (not reloaded?)");
    if (!disk.isEmpty()) {
        item.health = std::max(item.health, check.disk.ok() ? Health::Warning : Health::Unknown);
        item.state = Assessment::tr("%1; %2", "mail TLS: what is wrong, then the expiry")
                         .arg(disk, item.state);
    }
    return item;
}

} // namespace

QList<MailItem> Assessment::summarizeMail(const Snapshot& snapshot, const ServerProfile& profile)
{
    const QDateTime now = snapshot.serverTime.isValid() ? snapshot.serverTime : snapshot.takenAt;
    const MailStatus& mail = snapshot.mail;
    QList<MailItem> items;
    for (const MailQueue& queue : mail.queues)
        items.append(mailQueueItem(queue, profile.mail));
    for (const MailUnitState& unit : mail.units)
        items.append(mailUnitItem(unit));
    for (const DkimCheck& check : mail.dkim)
        items.append(mailDkimItem(check));
    for (const MailTlsCheck& check : mail.tls)
        items.append(mailTlsItem(check, profile, now));
    return items;
}

QString Assessment::mailFindingSubject(const MailItem& item)
{
    switch (item.kind) {
    case MailItem::Kind::Queue:
        return tr("mail queue %1").arg(item.subject);
    case MailItem::Kind::Unit:
        return tr("mail service %1").arg(item.subject);
    case MailItem::Kind::Dkim:
        return tr("DKIM %1").arg(item.subject);
    case MailItem::Kind::Tls:
        return tr("TLS %1").arg(item.subject);
    }
    return item.subject;
}

QString Assessment::mailKindId(MailItem::Kind kind)
{
    switch (kind) {
    case MailItem::Kind::Queue:
        return QStringLiteral("queue");
    case MailItem::Kind::Unit:
        return QStringLiteral("unit");
    case MailItem::Kind::Dkim:
        return QStringLiteral("dkim");
    case MailItem::Kind::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

QString Assessment::mailKindName(MailItem::Kind kind)
{
    switch (kind) {
    case MailItem::Kind::Queue:
        return tr("Queue");
    case MailItem::Kind::Unit:
        return tr("Service");
    case MailItem::Kind::Dkim:
        return tr("DKIM");
    case MailItem::Kind::Tls:
        return tr("TLS");
    }
    return {};
}

} // namespace vigie
