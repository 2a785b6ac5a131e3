#include "SnapshotParser.h"

#include "BackupParser.h"
#include "CertificateParser.h"
#include "ComposeParser.h"
#include "DatabaseParser.h"
#include "Fail2banParser.h"
#include "HealthParser.h"
#include "MailParser.h"
#include "MetaParser.h"
#include "Pm2Parser.h"
#include "ProbeOutput.h"
#include "ProbeScript.h"
#include "RenewalParser.h"
#include "SectionCheck.h"
#include "SystemdParser.h"
#include "UfwParser.h"
#include "VitalsParser.h"

#include <functional>

namespace vigie {

Snapshot parseProbeOutput(const QByteArray& output, const QByteArray& nonce,
                          const ServerProfile& profile, const QDateTime& receivedAt)
{
    Snapshot snapshot;
    snapshot.takenAt = receivedAt.toUTC();
    const ProbeOutput frames(output, nonce);

    using Parse = std::function<SectionStatus(QByteArrayView, int)>;
    const auto run = [&](const QString& name, const Parse& parse) {
        const ProbeSection* section = frames.section(name);
        std::optional<SectionStatus> status = SectionCheck::before(section);
        if (!status)
            status = SectionCheck::after(parse(section->payload, section->exitCode), *section);
        snapshot.sections.insert(name, *status);
    };

    run(QStringLiteral("meta"),
        [&](QByteArrayView p, int rc) { return MetaParser::parse(p, rc, &snapshot); });
    run(QStringLiteral("vitals"),
        [&](QByteArrayView p, int rc) { return VitalsParser::parse(p, rc, &snapshot.vitals); });
    run(QStringLiteral("systemd"),
        [&](QByteArrayView p, int rc) { return SystemdParser::parse(p, rc, &snapshot.units); });
    run(QStringLiteral("pm2"),
        [&](QByteArrayView p, int rc) { return Pm2Parser::parse(p, rc, &snapshot.pm2); });
    run(QStringLiteral("compose"), [&](QByteArrayView p, int rc) {
        return ComposeParser::parse(p, rc, profile.composeProjects, &snapshot.compose,
                                    &snapshot.composeEngine);
    });
    run(QStringLiteral("health"), [&](QByteArrayView p, int rc) {
        return HealthParser::parse(p, rc, profile.healthUrls, &snapshot.health);
    });
    run(QStringLiteral("ufw"),
        [&](QByteArrayView p, int rc) { return UfwParser::parse(p, rc, &snapshot.ufw); });
    run(QStringLiteral("fail2ban"),
        [&](QByteArrayView p, int rc) { return Fail2banParser::parse(p, rc, &snapshot.jails); });
    run(QStringLiteral("certificates"), [&](QByteArrayView p, int rc) {
        return CertificateParser::parse(p, rc, &snapshot.certificates);
    });
    run(QStringLiteral("renewal"),
        [&](QByteArrayView p, int rc) { return RenewalParser::parse(p, rc, &snapshot.renewal); });
    run(QStringLiteral("backups"), [&](QByteArrayView p, int rc) {
        return BackupParser::parse(p, rc, &snapshot.backups, &snapshot.backupFolders);
    });
    run(QStringLiteral("backuplog"), [&](QByteArrayView p, int rc) {
        return BackupParser::parseLog(p, rc, &snapshot.backupLogTail);
    });
    run(QStringLiteral("databases"), [&](QByteArrayView p, int rc) {
        return DatabaseParser::parse(p, rc, &snapshot.databases);
    });
    // After "databases": a tenant's database is looked up there.
    run(QStringLiteral("tenants"), [&](QByteArrayView p, int rc) {
        return DatabaseParser::parseTenants(p, rc, profile, snapshot.databases, &snapshot.tenants);
    });
    run(QStringLiteral("mail"),
        [&](QByteArrayView p, int rc) { return MailParser::parse(p, rc, &snapshot.mail); });
    Q_ASSERT(snapshot.sections.size() == ProbeScript::sectionNames().size());
    return snapshot;
}

} // namespace vigie
