#include "CliContext.h"

#include "fleet/FleetMonitor.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "probe/Probe.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::cli {

namespace {

struct StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
};

QJsonObject healthJson(const Assessment& assessment)
{
    QJsonObject health{{QStringLiteral("overall"), Assessment::healthId(assessment.overall())}};
    QJsonArray ignored;
    for (Area area : Assessment::AllAreas) {
        health.insert(Assessment::areaId(area), Assessment::healthId(assessment.worst(area)));
        if (assessment.isIgnored(area))
            ignored.append(Assessment::areaId(area));
    }
    health.insert(QStringLiteral("ignored"), ignored);
    return health;
}

QJsonArray findingsJson(const Assessment& assessment)
{
    QJsonArray findings;
    for (const Finding& finding : assessment.findings()) {
        findings.append(
            QJsonObject{{QStringLiteral("area"), Assessment::areaId(finding.area)},
                        {QStringLiteral("health"), Assessment::healthId(finding.health)},
                        {QStringLiteral("subject"), finding.subject},
                        {QStringLiteral("message"), finding.message}});
    }
    return findings;
}

// Exit codes: 0 every area looked at and found fine (or not watched on purpose), 1 warnings,
// unknown or an area not watched, 2 critical or unreachable.
int exitCodeFor(Health health)
{
    switch (health) {
    case Health::Ok:
        return 0;
    case Health::NotWatched:
    case Health::Unknown:
    case Health::Warning:
        return 1;
    case Health::Critical:
        return 2;
    }
    return 2;
}

QJsonArray summariesJson(const Assessment& assessment)
{
    QJsonArray backups;
    for (const BackupSummary& summary : assessment.backups()) {
        QJsonArray missing;
        for (const QDate& day : summary.missingDays)
            missing.append(day.toString(Qt::ISODate));
        backups.append(QJsonObject{
            {QStringLiteral("target"), summary.target.name},
            {QStringLiteral("health"), Assessment::healthId(summary.health)},
            {QStringLiteral("count"), int(summary.files.size())},
            {QStringLiteral("latest"),
             summary.latest ? summary.latest->modified.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("ageSeconds"), summary.ageSeconds},
            {QStringLiteral("totalBytes"), summary.totalBytes},
            {QStringLiteral("encrypted"), summary.allEncrypted},
            {QStringLiteral("missingDays"), missing}});
    }
    return backups;
}

QJsonArray tenantsJson(const Assessment& assessment)
{
    QJsonArray tenants;
    for (const TenantSummary& summary : assessment.tenants()) {
        tenants.append(
            QJsonObject{{QStringLiteral("name"), summary.tenant.name},
                        {QStringLiteral("subdomain"), summary.tenant.subdomain},
                        {QStringLiteral("health"), Assessment::healthId(summary.health)},
                        {QStringLiteral("gaps"), QJsonArray::fromStringList(summary.gaps)}});
    }
    return tenants;
}

// The Mail group: "not-watched" without mail settings, else each queue, unit, key and listener.
QJsonObject mailJson(const Assessment& assessment)
{
    QJsonArray items;
    for (const MailItem& item : assessment.mail()) {
        items.append(QJsonObject{{QStringLiteral("kind"), Assessment::mailKindId(item.kind)},
                                 {QStringLiteral("subject"), item.subject},
                                 {QStringLiteral("health"), Assessment::healthId(item.health)},
                                 {QStringLiteral("state"), item.state}});
    }
    return {{QStringLiteral("health"), Assessment::healthId(assessment.mailHealth())},
            {QStringLiteral("items"), items}};
}

} // namespace

int runStatusCommand(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), StatusCommand::tr("JSON output."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           StatusCommand::tr("Connection timeout in seconds."),
                                           StatusCommand::tr("seconds"), QStringLiteral("15"));
    parser.addOptions({jsonOption, timeoutOption});
    if (!parser.parse(QStringList{QStringLiteral("status")} + args)) {
        context.printError(parser.errorText());
        return 2;
    }
    if (!context.loadState())
        return 2;
    QList<Server> servers;
    for (const QString& name : parser.positionalArguments()) {
        const auto server = context.fleet().find(name);
        if (!server) {
            context.printError(StatusCommand::tr("no server named %1").arg(name));
            return 2;
        }
        servers.append(*server);
    }
    if (servers.isEmpty())
        servers = context.fleet().servers();
    if (servers.isEmpty()) {
        context.printError(StatusCommand::tr("no servers: add one with vigie-cli servers add"));
        return 2;
    }

    auto* connections = new ServerConnections(&context.engine(), &context.keyRing(), qApp);
    connections->setConnectTimeoutMs(qMax(1, parser.value(timeoutOption).toInt()) * 1000);
    auto* profiles = new ProfileStore;
    auto* monitor = new FleetMonitor(&context.fleet(), connections, profiles, qApp);
    const bool json = parser.isSet(jsonOption);
    auto results = std::make_shared<QJsonArray>();
    auto worst = std::make_shared<int>(0);
    auto pending = std::make_shared<int>(int(servers.size()));

    const auto done = [&context, results, worst, pending, json, profiles] {
        if (--*pending > 0)
            return;
        if (json)
            context.out() << QJsonDocument(*results).toJson(QJsonDocument::Indented) << Qt::flush;
        delete profiles;
        CliContext::finish(*worst);
    };
    QObject::connect(
        monitor, &FleetMonitor::snapshotReady, monitor,
        [&context, results, worst, done, json](const QString& serverId, const Snapshot& snapshot,
                                               const Assessment& assessment) {
            const Server server = *context.fleet().find(serverId);
            *worst = qMax(*worst, exitCodeFor(assessment.overall()));
            if (json) {
                results->append(QJsonObject{{QStringLiteral("server"), server.name},
                                            {QStringLiteral("address"), server.address()},
                                            {QStringLiteral("reachable"), true},
                                            {QStringLiteral("health"), healthJson(assessment)},
                                            {QStringLiteral("findings"), findingsJson(assessment)},
                                            {QStringLiteral("backups"), summariesJson(assessment)},
                                            {QStringLiteral("tenants"), tenantsJson(assessment)},
                                            {QStringLiteral("mail"), mailJson(assessment)},
                                            {QStringLiteral("snapshot"), Probe::toJson(snapshot)}});
            } else {
                QTextStream& out = context.out();
                out << server.name << " (" << server.address()
                    << "): " << Assessment::healthName(assessment.overall()) << Qt::endl;
                for (Area area : Assessment::AllAreas) {
                    out << "  " << Assessment::areaName(area) << ": "
                        << assessment.areaStateName(area) << Qt::endl;
                    if (assessment.worst(area) == Health::NotWatched && !assessment.isIgnored(area))
                        out << "    " << Assessment::notWatchedHint(area) << ' '
                            << StatusCommand::tr("Run: vigie-cli detect --save %1").arg(server.name)
                            << Qt::endl;
                }
                if (assessment.mailHealth() != Health::NotWatched)
                    out << "  " << StatusCommand::tr("Mail (in Services)") << ": "
                        << Assessment::healthName(assessment.mailHealth()) << Qt::endl;
                for (const Finding& finding : assessment.findings()) {
                    out << "    [" << Assessment::healthName(finding.health) << "] "
                        << finding.subject << ": " << finding.message << Qt::endl;
                }
            }
            done();
        });
    QObject::connect(
        monitor, &FleetMonitor::refreshFailed, monitor,
        [&context, results, worst, done, json](const QString& serverId, const SshError& error) {
            const Server server = *context.fleet().find(serverId);
            *worst = 2;
            if (json) {
                results->append(
                    QJsonObject{{QStringLiteral("server"), server.name},
                                {QStringLiteral("address"), server.address()},
                                {QStringLiteral("reachable"), false},
                                {QStringLiteral("error"),
                                 QJsonObject{{QStringLiteral("id"), error.id()},
                                             {QStringLiteral("message"), error.message()}}}});
            } else {
                context.out() << server.name << " (" << server.address()
                              << "): " << StatusCommand::tr("unreachable: %1").arg(error.message())
                              << Qt::endl;
            }
            done();
        });
    for (const Server& server : std::as_const(servers))
        monitor->refresh(server.id);
    return -1;
}

} // namespace vigie::cli
