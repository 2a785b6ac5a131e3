#include "CliContext.h"
#include "PlanCommand.h"

#include "fleet/ServerConnections.h"
#include "ops/DeployPlanner.h"
#include "ops/DeployPreview.h"

#include <QCommandLineParser>

namespace vigie::cli {

namespace {
struct DeployCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeployCommand)
};

// What will change, on stderr (stdout is the plan or the run's log).
void printPreview(CliContext& context, const DeployPreviewResult& preview)
{
    QTextStream& err = context.err();
    if (preview.upToDate()) {
        err << DeployCommand::tr("Already at %1.").arg(preview.targetCommit) << Qt::endl;
    } else {
        err << DeployCommand::tr("%n new commit(s), %1 -> %2:", nullptr,
                                 int(preview.commits.size()))
                   .arg(preview.currentCommit.left(12), preview.targetCommit.left(12))
            << '\n';
        for (const DeployPreviewResult::Commit& commit : preview.commits)
            err << "  " << commit.hash.left(12) << ' ' << commit.subject << " (" << commit.author
                << ")\n";
        err << DeployCommand::tr("%n changed file(s):", nullptr, int(preview.files.size())) << '\n';
        for (const DeployPreviewResult::ChangedFile& file : preview.files)
            err << "  " << file.status << ' ' << file.path << '\n';
    }
    if (preview.migrationsChanged()) {
        err << DeployCommand::tr("Warning: migrations changed (%1).")
                   .arg(preview.migrationFiles.join(QStringLiteral(", ")))
            << '\n';
    }
    if (!preview.localChanges.isEmpty()) {
        err << DeployCommand::tr("Warning: the server's working copy has local changes (%1); "
                                 "the deploy will refuse to run.")
                   .arg(preview.localChanges.join(QStringLiteral(", ")))
            << '\n';
    }
    err << Qt::flush;
}

} // namespace

// vigie-cli deploy SERVER --app NAME [--commit SHA] [--migrations] [--snapshot]
//   (--plan [--json] | --yes [--confirm NAME])
// The options are checked before any SSH traffic; then one exec previews what will change and
// fixes the target commit (the remote branch's head, or --commit resolved to its full hash).
int runDeployCommand(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       DeployCommand::tr("The application (from the profile)."),
                                       DeployCommand::tr("name"));
    const QCommandLineOption commitOption(
        QStringLiteral("commit"),
        DeployCommand::tr("The commit to deploy (default: the head of the profile's branch)."),
        DeployCommand::tr("sha"));
    const QCommandLineOption migrationsOption(QStringLiteral("migrations"),
                                              DeployCommand::tr("Run the database migrations."));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                            DeployCommand::tr("Take a database snapshot first."));
    parser.addOptions({appOption, commitOption, migrationsOption, snapshotOption});
    PlanCommandLine line(parser, DeployCommand::tr("With --migrations: the application's name."));
    const QString usage = DeployCommand::tr(
        "usage: vigie-cli deploy SERVER --app NAME [--commit SHA] [--migrations] [--snapshot] "
        "(--plan [--json] | --yes [--confirm NAME])");
    if (!line.parse(context, QStringLiteral("deploy"), args, appOption, usage))
        return 2;
    if (const int code = line.resolveServer(context))
        return code;
    const Server& server = line.server();
    const ServerProfile& profile = line.profile();
    QString error;
    const ServerProfile::DeployApp* found =
        DeployPlanner::findApp(profile, parser.value(appOption));
    if (!found) {
        context.printError(DeployCommand::tr("%1 is not a deploy application of %2's profile")
                               .arg(parser.value(appOption), server.name));
        return 2;
    }
    const ServerProfile::DeployApp app = *found;
    DeployOptions options;
    options.commit = parser.value(commitOption);
    options.runMigrations = parser.isSet(migrationsOption);
    options.snapshot = parser.isSet(snapshotOption);
    // Everything but the commit (not known yet without --commit) is checked offline.
    DeployOptions offline = options;
    if (offline.commit.isEmpty())
        offline.commit = QStringLiteral("0000000");
    error = DeployPlanner::validate(profile, app, offline);
    if (!error.isEmpty()) {
        context.printError(error);
        return 2;
    }

    PlanCommandOptions planOptions = line.options(); // the preview adds the failure hint

    auto* connections = new ServerConnections(&context.engine(), &context.keyRing(), qApp);
    auto* preview = new DeployPreview(connections->connectionFor(server), qApp);
    const Server target = server;
    QObject::connect(preview, &DeployPreview::failed, preview, [&context](const QString& message) {
        context.printError(message);
        CliContext::finish(1);
    });
    QObject::connect(
        preview, &DeployPreview::ready, preview,
        [&context, target, profile, app, options,
         planOptions](const DeployPreviewResult& result) mutable {
            printPreview(context, result);
            options.commit = result.targetCommit;
            QString planError;
            const Plan plan = DeployPlanner::plan(profile, app, options, &planError);
            if (plan.steps.isEmpty()) {
                context.printError(planError);
                CliContext::finish(2);
                return;
            }
            const QString snapshot =
                plan.parameters.value(QStringLiteral("snapshotFile")).toString();
            if (options.runMigrations && !snapshot.isEmpty()) {
                planOptions.failureHint =
                    DeployCommand::tr("Migrations may have run: the database snapshot taken "
                                      "before them is %1 (vigie-cli restore %2 --database %3 "
                                      "--backup %1).")
                        .arg(snapshot, target.name, app.database);
            }
            const int code = printOrRunPlan(context, target, profile, plan, planOptions);
            if (code >= 0)
                CliContext::finish(code);
        });
    preview->start(app, parser.value(commitOption));
    return -1;
}

} // namespace vigie::cli
