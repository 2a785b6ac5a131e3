#pragma once

#include "Plan.h"
#include "RunTypes.h"
#include "fleet/ServerProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vigie {

// What the operator chose on the deploy wizard's pages (or on `vigie-cli deploy`).
struct DeployOptions
{
    // The commit to deploy, fixed at plan time: the one the preview showed (its full hash,
    // DeployPreviewResult::targetCommit), never "whatever the remote has now".
    QString commit;
    bool runMigrations = false; // needs DeployApp::migrateCommand
    bool snapshot = false;      // pg_dump DeployApp::database first; needs a database
    // When the plan is made (names the snapshot file). Invalid: now.
    QDateTime at;
};

// Turns a profile's deploy app and the operator's options into a Plan (wizard "deploy"):
//
//   [record]    check the working copy is clean, write `git rev-parse HEAD` to
//               $VIGIE_RUN/previous-commit (the rollback target, captured at run time)
//   [snapshot]  optional: pg_dump -Fc of the app's database into the safety dump directory
//   [fetch]     git fetch <remote>; the target commit must exist and be on <remote>/<branch>
//   [reset]     git reset --hard <commit>                      <- recoveryFrom
//   [install]   the profile's installCommand
//   [build]     the profile's buildCommand (when set)
//   [migrate]   the profile's migrateCommand (when chosen; Destructive: typed app name)
//   [reload]    pm2 reload <each pm2 name> (zero downtime), or docker compose up -d --build
//   [health]    curl the health URL, with retries (when the app has one)
//   [deployed]  write the commit to $VIGIE_STATE/deploy/<app>.commit
//
// A failure at [reset] or later runs the recovery steps (automatic rollback): reset to the
// commit in previous-commit, install, build, reload, health check. Migrations are not undone:
// when they ran, the snapshot (Plan::parameters "snapshotFile") is what to restore.
//
// Plan::parameters (journal, DeployHistory): app, path, remote, branch, commit, migrations,
// snapshot, snapshotFile (when snapshot), database (when snapshot or migrations),
// migrationsStep (index in steps, when migrations).
// Lock targets: "app:<name>", plus "db:<database>" when the database is touched.
class DeployPlanner
{
    Q_DECLARE_TR_FUNCTIONS(DeployPlanner)
public:
    // Empty when the app and options make a valid plan; otherwise a translated reason
    // (bad name, path, remote, branch or commit, migrations without a command, snapshot
    // without a database, no PM2 name and no Compose project…). Checked before any SSH traffic.
    static QString validate(const ServerProfile& profile, const ServerProfile::DeployApp& app,
                            const DeployOptions& options);
    // The plan; an empty Plan (no steps) with *error set when validate() refuses.
    static Plan plan(const ServerProfile& profile, const ServerProfile::DeployApp& app,
                     const DeployOptions& options, QString* error = nullptr);

    // The profile's deploy app with that name, or nullptr.
    static const ServerProfile::DeployApp* findApp(const ServerProfile& profile,
                                                   const QString& name);

    static bool isValidAppName(const QString& name);
    static bool isValidGitRefName(const QString& name); // remote or branch
    static bool isValidCommit(const QString& commit);   // 7 to 64 hex digits

    // Files the plan writes, never inside the working copy: the run's own directory and the
    // runs directory's state/ (RunScript exports them as $VIGIE_RUN and $VIGIE_STATE).
    static QString previousCommitFile(const QString& runsDirectory, const QString& runId);
    static QString deployedCommitFile(const QString& runsDirectory,
                                      const ServerProfile::DeployApp& app);
    // <safetyDumpDirectory>/<database>-before-deploy-<yyyyMMdd-HHmmss>.dump
    static QString snapshotFile(const ServerProfile& profile, const ServerProfile::DeployApp& app,
                                const QDateTime& at);

    // True when the run reached the migrations step (ran it, or failed in it or later): the
    // database may have changed and the rollback does not undo that, so the summary offers the
    // snapshot (Plan::parameters "snapshotFile") for restore.
    static bool migrationsMayHaveRun(const Plan& plan, const RunRecord& record);

    // Health check tries and the pause between them (seconds).
    static constexpr int healthAttempts = 6;
    static constexpr int healthPauseSeconds = 2;
};

} // namespace vigie
