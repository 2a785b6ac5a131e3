#include "DeployPlanner.h"

#include "PostgresCommands.h"
#include "core/ShellQuote.h"
#include "fleet/ServiceCommands.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace vigie {

namespace {

using DeployApp = ServerProfile::DeployApp;

bool matches(const char* pattern, const QString& text)
{
    return QRegularExpression(QLatin1String(pattern)).match(text).hasMatch();
}

bool isValidDatabaseName(const QString& name)
{
    return matches("^[A-Za-z_][A-Za-z0-9_]{0,62}$", name);
}

bool isValidComposeProject(const QString& name)
{
    return matches("^[a-z0-9][a-z0-9_-]{0,62}$", name);
}

bool isValidHealthUrl(const ServerProfile::HealthUrl& health)
{
    return matches("^https?://[^\\s'\"\\\\]+$", health.url) &&
           (health.resolve.isEmpty() || matches("^[A-Za-z0-9.:\\[\\]_-]+$", health.resolve));
}

// Profile command text (install, build, migrate) is the operator's own shell text: one line,
// no control characters, so it cannot smuggle a second step.
bool isValidProfileCommand(const QString& command)
{
    return std::none_of(command.cbegin(), command.cend(),
                        [](QChar c) { return c.unicode() < 0x20; });
}

// pg_dump with the same connection options as the profile's psql command line, e.g.
// "psql -h /run/pg -p 5433 -U postgres" -> "pg_dump -h /run/pg -p 5433 -U postgres".
QString dumpCommand(const ServerProfile& profile)
{
    QStringList words = profile.psqlCommand.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& word : words) {
        if (word == QLatin1String("psql") || word.endsWith(QLatin1String("/psql"))) {
            word.chop(4);
            word += QLatin1String("pg_dump");
            return words.join(QLatin1Char(' '));
        }
    }
    return {};
}

QString pm2Prefix(const ServerProfile& profile)
{
    QString prefix;
    if (!profile.pm2Home.isEmpty())
        prefix = QStringLiteral("PM2_HOME=") + shellQuote(profile.pm2Home) + QLatin1Char(' ');
    return prefix + profile.pm2Command;
}

QString inApp(const DeployApp& app, const QString& command)
{
    return QStringLiteral("cd ") + shellQuote(app.path) + QLatin1Char('\n') + command;
}

QString reloadCommand(const ServerProfile& profile, const DeployApp& app)
{
    if (!app.composeProject.isEmpty()) {
        return inApp(app,
                     shellCommand({QStringLiteral("docker"), QStringLiteral("compose"),
                                   QStringLiteral("-p"), app.composeProject, QStringLiteral("up"),
                                   QStringLiteral("-d"), QStringLiteral("--build")}));
    }
    QStringList lines;
    for (const QString& name : app.pm2Names)
        lines.append(pm2Prefix(profile) + QStringLiteral(" reload ") + shellQuote(name));
    return lines.join(QLatin1Char('\n'));
}

QString healthCommand(const DeployApp& app)
{
    QString curl = QStringLiteral("curl -fsS -m 10");
    if (app.health.insecure)
        curl += QStringLiteral(" -k");
    if (!app.health.resolve.isEmpty())
        curl += QStringLiteral(" --resolve ") + shellQuote(app.health.resolve);
    curl += QLatin1Char(' ') + shellQuote(app.health.url);
    const QString failed = DeployPlanner::tr("The health check of %1 failed %n time(s).", nullptr,
                                             DeployPlanner::healthAttempts)
                               .arg(app.name);
    return QStringLiteral("attempt=1\n"
                          "until %1; do\n"
                          "  if [ \"$attempt\" -ge %2 ]; then echo %3 >&2; exit 1; fi\n"
                          "  attempt=$((attempt + 1))\n"
                          "  sleep %4\n"
                          "done\n"
                          "echo")
        .arg(curl)
        .arg(DeployPlanner::healthAttempts)
        .arg(shellQuote(failed))
        .arg(DeployPlanner::healthPauseSeconds);
}

PlanStep step(const QString& title, const QString& command, PlanStep::Kind kind)
{
    PlanStep result;
    result.title = title;
    result.command = command;
    result.kind = kind;
    return result;
}

QString shortCommit(const QString& commit)
{
    return commit.left(12);
}

} // namespace

bool DeployPlanner::isValidAppName(const QString& name)
{
    return matches("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", name);
}

bool DeployPlanner::isValidGitRefName(const QString& name)
{
    // A conservative subset of git-check-ref-format: no leading dash or dot, no "..", no
    // empty component, no ".lock" suffix.
    return matches("^[A-Za-z0-9_][A-Za-z0-9._/-]{0,199}$", name) &&
           !name.contains(QLatin1String("..")) && !name.contains(QLatin1String("//")) &&
           !name.contains(QLatin1String("/.")) && !name.endsWith(QLatin1Char('/')) &&
           !name.endsWith(QLatin1String(".lock")) && !name.endsWith(QLatin1Char('.'));
}

bool DeployPlanner::isValidCommit(const QString& commit)
{
    return matches("^[0-9a-fA-F]{7,64}$", commit);
}

const ServerProfile::DeployApp* DeployPlanner::findApp(const ServerProfile& profile,
                                                       const QString& name)
{
    for (const DeployApp& app : profile.deployApps) {
        if (app.name == name)
            return &app;
    }
    return nullptr;
}

QString DeployPlanner::previousCommitFile(const QString& runsDirectory, const QString& runId)
{
    return runsDirectory + QLatin1Char('/') + runId + QStringLiteral("/previous-commit");
}

QString DeployPlanner::deployedCommitFile(const QString& runsDirectory, const DeployApp& app)
{
    return runsDirectory + QStringLiteral("/state/deploy/") + app.name + QStringLiteral(".commit");
}

QString DeployPlanner::snapshotFile(const ServerProfile& profile, const DeployApp& app,
                                    const QDateTime& at)
{
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTime();
    return profile.safetyDumpDirectory + QLatin1Char('/') + app.database +
           QStringLiteral("-before-deploy-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           QStringLiteral(".dump");
}

bool DeployPlanner::migrationsMayHaveRun(const Plan& plan, const RunRecord& record)
{
    const int step = plan.parameters.value(QLatin1String("migrationsStep")).toInt(-1);
    if (step < 0)
        return false;
    if (record.state == RunRecord::State::Succeeded)
        return true;
    return (record.failedStep >= 0 ? record.failedStep : record.currentStep) >= step;
}

QString DeployPlanner::validate(const ServerProfile& profile, const DeployApp& app,
                                const DeployOptions& options)
{
    if (!isValidAppName(app.name))
        return tr("Invalid application name %1.").arg(app.name);
    if (!ServiceCommands::isValidRemotePath(app.path) || app.path.endsWith(QLatin1Char('/')))
        return tr("Invalid path %1 for %2.").arg(app.path, app.name);
    if (!isValidGitRefName(app.remote))
        return tr("Invalid git remote %1.").arg(app.remote);
    if (!isValidGitRefName(app.branch))
        return tr("Invalid git branch %1.").arg(app.branch);
    if (!isValidCommit(options.commit))
        return tr("Invalid commit %1: expected a hexadecimal hash.").arg(options.commit);
    for (const QString& command : {app.installCommand, app.buildCommand, app.migrateCommand}) {
        if (!isValidProfileCommand(command))
            return tr("A command of %1 in the profile spans several lines.").arg(app.name);
    }
    if (app.composeProject.isEmpty() && app.pm2Names.isEmpty())
        return tr("%1 has neither PM2 processes nor a Compose project to reload.").arg(app.name);
    if (!app.composeProject.isEmpty() && !isValidComposeProject(app.composeProject))
        return tr("Invalid Compose project %1.").arg(app.composeProject);
    for (const QString& name : app.pm2Names) {
        if (!ServiceCommands::isValidPm2Name(name))
            return tr("Invalid PM2 process name %1.").arg(name);
    }
    if (!app.health.url.isEmpty() && !isValidHealthUrl(app.health))
        return tr("Invalid health URL %1.").arg(app.health.url);
    if (options.runMigrations && app.migrateCommand.isEmpty())
        return tr("%1 has no migration command in the server's profile.").arg(app.name);
    if (!app.database.isEmpty() && !isValidDatabaseName(app.database))
        return tr("Invalid database name %1.").arg(app.database);
    if (options.snapshot) {
        if (app.database.isEmpty())
            return tr("%1 has no database to snapshot in the server's profile.").arg(app.name);
        if (dumpCommand(profile).isEmpty())
            return tr("The profile's psql command has no psql to derive pg_dump from.");
        if (!ServiceCommands::isValidRemotePath(profile.safetyDumpDirectory))
            return tr("Invalid safety dump directory %1.").arg(profile.safetyDumpDirectory);
    }
    return {};
}

Plan DeployPlanner::plan(const ServerProfile& profile, const DeployApp& app,
                         const DeployOptions& options, QString* error)
{
    const QString invalid = validate(profile, app, options);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return {};
    }
    const QString remoteBranch = app.remote + QLatin1Char('/') + app.branch;
    // The rollback target and the deployed commit live in Vigie's run and state directories
    // (RunScript exports them), not in the working copy: a committed symlink named like them
    // would redirect the write (onto ~/.ssh/authorized_keys, say).
    const QString previousFile = QStringLiteral("\"${VIGIE_RUN:?}\"/previous-commit");
    const QString deployedFile = QStringLiteral("\"${VIGIE_STATE:?}\"/deploy/") +
                                 shellQuote(app.name + QStringLiteral(".commit"));
    const QString commit = shellQuote(options.commit);

    Plan plan;
    plan.wizard = QStringLiteral("deploy");
    plan.title =
        tr("Deploy %1 at %2 (%3)").arg(app.name, shortCommit(options.commit), remoteBranch);
    plan.lockTargets = {QStringLiteral("app:") + app.name};
    const bool touchesDatabase = options.snapshot || options.runMigrations;
    if (touchesDatabase && !app.database.isEmpty())
        plan.lockTargets.append(QStringLiteral("db:") + app.database);
    plan.parameters = QJsonObject{
        {QStringLiteral("app"), app.name},
        {QStringLiteral("path"), app.path},
        {QStringLiteral("remote"), app.remote},
        {QStringLiteral("branch"), app.branch},
        {QStringLiteral("commit"), options.commit},
        {QStringLiteral("migrations"), options.runMigrations},
        {QStringLiteral("snapshot"), options.snapshot},
    };
    if (touchesDatabase && !app.database.isEmpty())
        plan.parameters.insert(QStringLiteral("database"), app.database);

    const QString localChanges =
        tr("%1 has local changes to tracked files; a deploy would lose them.").arg(app.path);
    plan.steps.append(
        step(tr("Record the current commit of %1 (the rollback target)").arg(app.name),
             inApp(app, QStringLiteral("if ! git diff --quiet HEAD --; then\n"
                                       "  echo %1 >&2\n"
                                       "  git status --short --untracked-files=no >&2\n"
                                       "  exit 1\n"
                                       "fi\n"
                                       "git rev-parse --verify HEAD > %2\n"
                                       "cat %2")
                            .arg(shellQuote(localChanges), previousFile)),
             PlanStep::Kind::Change));

    if (options.snapshot) {
        const QString file = snapshotFile(profile, app, options.at);
        plan.parameters.insert(QStringLiteral("snapshotFile"), file);
        plan.steps.append(
            step(tr("Snapshot the database %1 to %2").arg(app.database, file),
                 PostgresCommands::startPrivateFile(profile.safetyDumpDirectory, file) +
                     QStringLiteral("\n%1 -Fc -f \"$partial\" %2\n")
                         .arg(dumpCommand(profile), shellQuote(app.database)) +
                     PostgresCommands::finishPrivateFile(file) +
                     QStringLiteral("\nls -l -- %1").arg(shellQuote(file)),
                 PlanStep::Kind::Change));
    }

    const QString notOnBranch =
        tr("Commit %1 is not on %2.").arg(shortCommit(options.commit), remoteBranch);
    plan.steps.append(step(
        tr("Fetch %1 and check that %2 is on it").arg(remoteBranch, shortCommit(options.commit)),
        inApp(app, QStringLiteral("git fetch --quiet %1\n"
                                  "if ! git merge-base --is-ancestor %2 %3; then\n"
                                  "  echo %4 >&2\n"
                                  "  exit 1\n"
                                  "fi")
                       .arg(shellQuote(app.remote), commit, shellQuote(remoteBranch),
                            shellQuote(notOnBranch))),
        PlanStep::Kind::Check));

    // From here on the app changes: any failure rolls back.
    plan.recoveryFrom = int(plan.steps.size());
    plan.steps.append(step(tr("Switch %1 to commit %2").arg(app.name, shortCommit(options.commit)),
                           inApp(app, QStringLiteral("git reset --hard %1").arg(commit)),
                           PlanStep::Kind::Change));

    QList<PlanStep> rebuild; // install, build: the same forward and in the rollback
    if (!app.installCommand.isEmpty()) {
        rebuild.append(step(tr("Install the dependencies of %1").arg(app.name),
                            inApp(app, app.installCommand), PlanStep::Kind::Change));
    }
    if (!app.buildCommand.isEmpty()) {
        rebuild.append(step(tr("Build %1").arg(app.name), inApp(app, app.buildCommand),
                            PlanStep::Kind::Change));
    }
    plan.steps.append(rebuild);

    if (options.runMigrations) {
        plan.parameters.insert(QStringLiteral("migrationsStep"), int(plan.steps.size()));
        plan.steps.append(step(tr("Run the database migrations of %1").arg(app.name),
                               inApp(app, app.migrateCommand), PlanStep::Kind::Destructive));
        plan.confirmationWord = app.name;
    }

    const PlanStep reload =
        step(app.composeProject.isEmpty()
                 ? tr("Reload %1 with PM2 (zero downtime)").arg(app.name)
                 : tr("Rebuild and restart the Compose project %1").arg(app.composeProject),
             reloadCommand(profile, app), PlanStep::Kind::Change);
    plan.steps.append(reload);

    PlanStep health;
    if (!app.health.url.isEmpty()) {
        health = step(
            tr("Check the health of %1 (%n attempt(s))", nullptr, healthAttempts).arg(app.name),
            healthCommand(app), PlanStep::Kind::Check);
        plan.steps.append(health);
    }

    plan.steps.append(step(
        tr("Record %1 as the deployed commit of %2").arg(shortCommit(options.commit), app.name),
        inApp(app, QStringLiteral("mkdir -p \"${VIGIE_STATE:?}\"/deploy\n"
                                  "git rev-parse --verify HEAD > %1.tmp\n"
                                  "mv -f %1.tmp %1\n"
                                  "cat %1")
                       .arg(deployedFile)),
        PlanStep::Kind::Change));

    // The automatic rollback: back to the commit the first step recorded at run time.
    plan.recoverySteps.append(step(tr("Roll back %1 to the previous commit").arg(app.name),
                                   inApp(app, QStringLiteral("previous=$(cat %1)\n"
                                                             "git reset --hard \"$previous\"")
                                                  .arg(previousFile)),
                                   PlanStep::Kind::Change));
    for (const PlanStep& again : std::as_const(rebuild)) {
        PlanStep rollbackStep = again;
        rollbackStep.title = tr("Roll back: %1").arg(again.title);
        plan.recoverySteps.append(rollbackStep);
    }
    PlanStep reloadBack = reload;
    reloadBack.title = tr("Roll back: %1").arg(reload.title);
    plan.recoverySteps.append(reloadBack);
    if (!app.health.url.isEmpty()) {
        PlanStep healthBack = health;
        healthBack.title = tr("Roll back: %1").arg(health.title);
        plan.recoverySteps.append(healthBack);
    }
    return plan;
}

} // namespace vigie
