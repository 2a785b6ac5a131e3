#include "CliContext.h"
#include "PlanCommand.h"

#include "core/ShellQuote.h"
#include "fleet/ServerConnections.h"
#include "ops/NameRules.h"
#include "ops/OperationChecks.h"
#include "ops/RestorePlanner.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"

#include <QCommandLineParser>

namespace vigie::cli {

namespace {
struct RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
};

int planAndGo(CliContext& context, const Server& server, const ServerProfile& profile,
              const RestoreRequest& request, const PlanCommandOptions& given)
{
    QString error;
    const Plan plan = RestorePlanner::plan(profile, request, &error);
    if (plan.steps.isEmpty()) {
        context.printError(error);
        return 2;
    }
    PlanCommandOptions options = given;
    const QString safety = plan.parameters.value(QStringLiteral("safetyDump")).toString();
    if (!safety.isEmpty())
        options.failureHint =
            RestoreCommand::tr("To put the safety dump back: vigie-cli restore %1 --database %2 "
                               "--backup %3 --skip-safety-dump --confirm-skip %4 --yes "
                               "--confirm %2")
                .arg(shellQuote(server.name), request.database, shellQuote(safety),
                     shellQuote(RestorePlanner::skipSafetyPhrase(request.database)));
    // The dump exists once its step succeeded: the steps from recoveryFrom on come after it.
    options.failureHintFromStep = plan.recoveryFrom;
    return printOrRunPlan(context, server, profile, plan, options);
}
} // namespace

// vigie-cli restore SERVER --database DB [--backup FILE] [--to-copy NAME]
//     [--tenant-subdomain LABEL] [--skip-safety-dump --confirm-skip "skip DB"]
//     (--plan [--json] | --yes [--confirm DB])
// Without --backup, the newest backup of the database is used (one read-only exec to list
// them). Names are checked before any SSH traffic.
int runRestoreCommand(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            RestoreCommand::tr("The database to restore."),
                                            RestoreCommand::tr("name"));
    const QCommandLineOption backupOption(
        QStringLiteral("backup"),
        RestoreCommand::tr("The backup file on the server (default: the newest)."),
        RestoreCommand::tr("path"));
    const QCommandLineOption copyOption(
        QStringLiteral("to-copy"),
        RestoreCommand::tr("Restore into a new database with this name instead."),
        RestoreCommand::tr("name"));
    const QCommandLineOption subdomainOption(
        QStringLiteral("tenant-subdomain"),
        RestoreCommand::tr("The tenant's subdomain, for the health check."),
        RestoreCommand::tr("label"));
    const QCommandLineOption skipOption(QStringLiteral("skip-safety-dump"),
                                        RestoreCommand::tr("Do not dump the database first."));
    const QCommandLineOption confirmSkipOption(
        QStringLiteral("confirm-skip"),
        RestoreCommand::tr("With --skip-safety-dump: the phrase \"skip DATABASE\"."),
        RestoreCommand::tr("phrase"));
    parser.addOptions(
        {databaseOption, backupOption, copyOption, subdomainOption, skipOption, confirmSkipOption});
    PlanCommandLine line(
        parser, RestoreCommand::tr("With --yes: the database name, to confirm its replacement."));
    const QString usage = RestoreCommand::tr(
        "usage: vigie-cli restore SERVER --database DB [--backup FILE] [--to-copy NAME] "
        "[--tenant-subdomain LABEL] [--skip-safety-dump --confirm-skip \"skip DB\"] "
        "(--plan [--json] | --yes [--confirm DB])");
    if (!line.parse(context, QStringLiteral("restore"), args, databaseOption, usage))
        return 2;
    if (const int code = line.resolveServer(context))
        return code;
    const Server& server = line.server();
    const ServerProfile& profile = line.profile();
    QString error;
    RestoreRequest request;
    request.database = parser.value(databaseOption);
    request.backupFile = parser.value(backupOption);
    request.copyName = parser.value(copyOption);
    request.tenantSubdomain = parser.value(subdomainOption);
    request.skipSafetyDump = parser.isSet(skipOption);
    request.skipSafetyConfirmation = parser.value(confirmSkipOption);
    const PlanCommandOptions options = line.options();

    // Refuse bad names now, before the lookup of the newest backup opens a connection.
    RestoreRequest probe = request;
    if (probe.backupFile.isEmpty())
        probe.backupFile = QStringLiteral("/placeholder.dump.gpg");
    const QString reason = RestorePlanner::validate(profile, probe);
    if (!reason.isEmpty()) {
        context.printError(reason);
        return 2;
    }
    if (!request.backupFile.isEmpty())
        return planAndGo(context, server, profile, request, options);

    auto* connections = new ServerConnections(&context.engine(), &context.keyRing(), qApp);
    ExecJob* job = connections->connectionFor(server)->exec(
        OperationChecks::restoreCommand(profile, request.database));
    job->setCollectOutput(1 << 20);
    const Server target = server;
    QObject::connect(job, &ExecJob::finished, job,
                     [&context, job, target, profile, request, options](const ExecResult& result) {
                         if (!result.succeeded()) {
                             context.printError(result.describe());
                             CliContext::finish(1);
                             return;
                         }
                         const auto facts = OperationChecks::parseRestore(
                             job->collectedStdout(), profile, request.database);
                         RestoreRequest chosen = request;
                         for (const auto& backup : facts.backups) {
                             if (!backup.safetyDump) {
                                 chosen.backupFile = backup.path;
                                 break;
                             }
                         }
                         if (chosen.backupFile.isEmpty()) {
                             context.printError(
                                 RestoreCommand::tr("no backup of %1 found").arg(request.database));
                             CliContext::finish(1);
                             return;
                         }
                         const int code = planAndGo(context, target, profile, chosen, options);
                         if (code >= 0)
                             CliContext::finish(code);
                     });
    return -1;
}

} // namespace vigie::cli
