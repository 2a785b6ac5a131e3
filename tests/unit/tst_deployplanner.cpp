// DeployPlanner: the exact steps of a deploy, its automatic rollback, its locks and its
// quoting; DeployPreview's parser on git's output; DeployHistory over run records.
#include "core/ShellQuote.h"
#include "ops/DeployHistory.h"
#include "ops/DeployPlanner.h"
#include "ops/DeployPreview.h"

#include <QtTest>

using namespace vigie;

namespace {

const QString commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");

ServerProfile profile()
{
    ServerProfile result;
    result.pm2 = true;
    result.pm2Command = QStringLiteral("/srv/bin/pm2");
    result.pm2Home = QStringLiteral("/srv/pm2 home");
    result.psqlCommand = QStringLiteral("sudo -u postgres psql -p 5433");
    result.safetyDumpDirectory = QStringLiteral("/var/backups/vigie");
    return result;
}

ServerProfile::DeployApp app()
{
    ServerProfile::DeployApp result;
    result.name = QStringLiteral("medical-pro-backend");
    result.path = QStringLiteral("/srv/apps/medical pro's backend");
    result.branch = QStringLiteral("release/2026");
    result.pm2Names = {QStringLiteral("medical-pro-backend"), QStringLiteral("medical-pro-worker")};
    result.installCommand = QStringLiteral("npm ci --omit=dev");
    result.buildCommand = QStringLiteral("npm run build");
    result.migrateCommand = QStringLiteral("npx sequelize db:migrate");
    result.database = QStringLiteral("medicalpro_central");
    result.health.url = QStringLiteral("https://app.example.test/health");
    result.health.resolve = QStringLiteral("app.example.test:443:127.0.0.1");
    result.health.insecure = true;
    return result;
}

QString cdApp()
{
    return QStringLiteral("cd ") + shellQuote(app().path) + QLatin1Char('\n');
}

QStringList titles(const QList<PlanStep>& steps)
{
    QStringList result;
    for (const PlanStep& step : steps)
        result.append(step.title);
    return result;
}

RunRecord deployRun(const QString& id, const QString& appName, const QString& sha,
                    RunRecord::State state, const QDateTime& started)
{
    RunRecord run;
    run.id = id;
    run.wizard = QStringLiteral("deploy");
    run.operatorName = QStringLiteral("alice@laptop");
    run.started = started;
    run.finished = started.addSecs(60);
    run.state = state;
    run.parameters = QJsonObject{{QStringLiteral("app"), appName},
                                 {QStringLiteral("commit"), sha},
                                 {QStringLiteral("migrations"), false}};
    return run;
}

} // namespace

class TestDeployPlanner : public QObject
{
    Q_OBJECT

private slots:
    void minimalPlan()
    {
        DeployOptions options;
        options.commit = commit;
        QString error;
        const Plan plan = DeployPlanner::plan(profile(), app(), options, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plan.wizard, QStringLiteral("deploy"));
        QCOMPARE(plan.lockTargets, QStringList{QStringLiteral("app:medical-pro-backend")});
        QVERIFY(plan.confirmationWord.isEmpty());
        QCOMPARE(plan.steps.size(), 8);

        const QString previous = QStringLiteral("\"${VIGIE_RUN:?}\"/previous-commit");
        // 0: record HEAD, refusing a working copy with local changes
        QCOMPARE(plan.steps[0].kind, PlanStep::Kind::Change);
        QVERIFY(plan.steps[0].command.startsWith(cdApp()));
        QVERIFY(plan.steps[0].command.contains(QStringLiteral("if ! git diff --quiet HEAD --")));
        QVERIFY(plan.steps[0].command.contains(QStringLiteral("git rev-parse --verify HEAD > ") +
                                               previous));
        // 1: fetch, and the commit must be on the branch
        QCOMPARE(plan.steps[1].kind, PlanStep::Kind::Check);
        QVERIFY(plan.steps[1].command.contains(QStringLiteral("git fetch --quiet 'origin'\n")));
        QVERIFY(plan.steps[1].command.contains(
            QStringLiteral("git merge-base --is-ancestor '%1' 'origin/release/2026'").arg(commit)));
        // 2: the fixed target commit (not whatever the remote has at run time)
        QCOMPARE(plan.recoveryFrom, 2);
        QCOMPARE(plan.steps[2].command,
                 cdApp() + QStringLiteral("git reset --hard '%1'").arg(commit));
        QCOMPARE(plan.steps[2].kind, PlanStep::Kind::Change);
        QCOMPARE(plan.steps[3].command, cdApp() + QStringLiteral("npm ci --omit=dev"));
        QCOMPARE(plan.steps[4].command, cdApp() + QStringLiteral("npm run build"));
        // 5: zero-downtime reload of each PM2 process, PM2_HOME quoted
        QCOMPARE(
            plan.steps[5].command,
            QStringLiteral("PM2_HOME='/srv/pm2 home' /srv/bin/pm2 reload 'medical-pro-backend'\n"
                           "PM2_HOME='/srv/pm2 home' /srv/bin/pm2 reload 'medical-pro-worker'"));
        // 6: health with retries
        QCOMPARE(plan.steps[6].kind, PlanStep::Kind::Check);
        QVERIFY(plan.steps[6].command.contains(
            QStringLiteral("until curl -fsS -m 10 -k --resolve 'app.example.test:443:127.0.0.1' "
                           "'https://app.example.test/health'; do")));
        QVERIFY(plan.steps[6].command.contains(
            QStringLiteral("-ge %1").arg(DeployPlanner::healthAttempts)));
        // 7: the deployed commit recorded in Vigie's state directory, not the working copy
        QVERIFY(plan.steps[7].command.contains(
            QStringLiteral("git rev-parse --verify HEAD > \"${VIGIE_STATE:?}\"/deploy/"
                           "'medical-pro-backend.commit'.tmp\n")));
        for (const PlanStep& step : plan.steps + plan.recoverySteps)
            QVERIFY2(!step.command.contains(QLatin1String(".vigie-")), qPrintable(step.command));

        // The rollback: to the commit recorded at run time, then rebuild, reload, check.
        QCOMPARE(plan.recoverySteps.size(), 5);
        QCOMPARE(
            plan.recoverySteps[0].command,
            cdApp() +
                QStringLiteral("previous=$(cat %1)\ngit reset --hard \"$previous\"").arg(previous));
        QCOMPARE(plan.recoverySteps[1].command, plan.steps[3].command);
        QCOMPARE(plan.recoverySteps[2].command, plan.steps[4].command);
        QCOMPARE(plan.recoverySteps[3].command, plan.steps[5].command);
        QCOMPARE(plan.recoverySteps[4].command, plan.steps[6].command);
        for (const PlanStep& step : plan.recoverySteps)
            QVERIFY(step.kind != PlanStep::Kind::Destructive);

        QCOMPARE(plan.parameters.value(QStringLiteral("app")).toString(), app().name);
        QCOMPARE(plan.parameters.value(QStringLiteral("commit")).toString(), commit);
        QCOMPARE(plan.parameters.value(QStringLiteral("branch")).toString(), app().branch);
        QVERIFY(!plan.parameters.contains(QStringLiteral("snapshotFile")));
    }

    void snapshotAndMigrations()
    {
        DeployOptions options;
        options.commit = commit;
        options.snapshot = true;
        options.runMigrations = true;
        options.at = QDateTime(QDate(2026, 11, 22), QTime(14, 5, 9));
        const Plan plan = DeployPlanner::plan(profile(), app(), options);
        QCOMPARE(plan.steps.size(), 10);
        QCOMPARE(plan.lockTargets, (QStringList{QStringLiteral("app:medical-pro-backend"),
                                                QStringLiteral("db:medicalpro_central")}));
        const QString dump = QStringLiteral(
            "/var/backups/vigie/medicalpro_central-before-deploy-20261122-140509.dump");
        QCOMPARE(plan.parameters.value(QStringLiteral("snapshotFile")).toString(), dump);
        // The snapshot comes before anything changes, with psql's connection options.
        QCOMPARE(plan.steps[1].kind, PlanStep::Kind::Change);
        // Into an unguessable mktemp file beside it, moved into place (a shared directory
        // could hold a symlink at the predictable name).
        const QString snapshot = plan.steps[1].command;
        QVERIFY(
            snapshot.startsWith(QStringLiteral("umask 077\nmkdir -p -- '/var/backups/vigie'\n")));
        QVERIFY(snapshot.contains(QStringLiteral("! -perm -1000")));
        QVERIFY(snapshot.contains(
            QStringLiteral("partial=$(mktemp '/var/backups/vigie/.vigie-partial.XXXXXXXXXX')\n")));
        QVERIFY(snapshot.contains(QStringLiteral(
            "sudo -u postgres pg_dump -p 5433 -Fc -f \"$partial\" 'medicalpro_central'\n")));
        QVERIFY(snapshot.endsWith(QStringLiteral("mv -f -- \"$partial\" '%1'\ntrap - EXIT\n"
                                                 "ls -l -- '%1'")
                                      .arg(dump)));
        QVERIFY(!snapshot.contains(QStringLiteral("-f '") + dump));
        QCOMPARE(plan.recoveryFrom, 3); // the reset, after the fetch
        QVERIFY(plan.steps[3].command.contains(QStringLiteral("git reset --hard")));
        // Migrations after the build, before the reload; destructive: the app name is typed.
        QCOMPARE(plan.steps[6].command, cdApp() + QStringLiteral("npx sequelize db:migrate"));
        QCOMPARE(plan.steps[6].kind, PlanStep::Kind::Destructive);
        QCOMPARE(plan.confirmationWord, app().name);
        QVERIFY(plan.steps[7].command.contains(QStringLiteral(" reload ")));
        QCOMPARE(plan.parameters.value(QStringLiteral("migrationsStep")).toInt(), 6);
        RunRecord record;
        record.state = RunRecord::State::RolledBack;
        record.failedStep = 5; // the build failed: migrations never ran
        QVERIFY(!DeployPlanner::migrationsMayHaveRun(plan, record));
        record.failedStep = 8; // the health check failed after them
        QVERIFY(DeployPlanner::migrationsMayHaveRun(plan, record));
        record.state = RunRecord::State::Succeeded;
        QVERIFY(DeployPlanner::migrationsMayHaveRun(plan, record));
        DeployOptions without = options;
        without.runMigrations = false;
        QVERIFY(!DeployPlanner::migrationsMayHaveRun(DeployPlanner::plan(profile(), app(), without),
                                                     record));
        // Migrations are not undone by the rollback (the snapshot is offered instead).
        for (const PlanStep& step : plan.recoverySteps)
            QVERIFY(!step.command.contains(QStringLiteral("db:migrate")));
    }

    void composeAndNoOptionalSteps()
    {
        ServerProfile::DeployApp compose = app();
        compose.pm2Names.clear();
        compose.composeProject = QStringLiteral("medicalpro");
        compose.buildCommand.clear();
        compose.installCommand.clear();
        compose.health = {};
        DeployOptions options;
        options.commit = commit.left(12);
        const Plan plan = DeployPlanner::plan(profile(), compose, options);
        QCOMPARE(plan.steps.size(), 5); // record, fetch, reset, reload, deployed
        QCOMPARE(plan.steps[3].command,
                 cdApp() +
                     QStringLiteral("'docker' 'compose' '-p' 'medicalpro' 'up' '-d' '--build'"));
        QCOMPARE(plan.recoverySteps.size(), 2); // reset, reload
        QCOMPARE(titles(plan.recoverySteps).size(), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("commit with a quote") << "commit"
                                             << "abc1234'; rm -rf /";
        QTest::newRow("commit too short") << "commit"
                                          << "abc12";
        QTest::newRow("commit not hex") << "commit"
                                        << "main";
        QTest::newRow("branch option") << "branch"
                                       << "--upload-pack=evil";
        QTest::newRow("branch dots") << "branch"
                                     << "a..b";
        QTest::newRow("branch lock") << "branch"
                                     << "main.lock";
        QTest::newRow("remote space") << "remote"
                                      << "origin x";
        QTest::newRow("relative path") << "path"
                                       << "srv/app";
        QTest::newRow("path newline") << "path"
                                      << "/srv/app\nrm -rf /";
        QTest::newRow("name") << "name"
                              << "-app";
        QTest::newRow("pm2 name") << "pm2"
                                  << "a;b";
        QTest::newRow("two-line install") << "install"
                                          << "npm ci\nrm -rf /";
        QTest::newRow("health url") << "health"
                                    << "ftp://x/health";
        QTest::newRow("database") << "database"
                                  << "central; drop";
    }

    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        ServerProfile::DeployApp target = app();
        DeployOptions options;
        options.commit = commit;
        options.snapshot = true;
        if (field == QLatin1String("commit"))
            options.commit = value;
        else if (field == QLatin1String("branch"))
            target.branch = value;
        else if (field == QLatin1String("remote"))
            target.remote = value;
        else if (field == QLatin1String("path"))
            target.path = value;
        else if (field == QLatin1String("name"))
            target.name = value;
        else if (field == QLatin1String("pm2"))
            target.pm2Names = {value};
        else if (field == QLatin1String("install"))
            target.installCommand = value;
        else if (field == QLatin1String("health"))
            target.health.url = value;
        else if (field == QLatin1String("database"))
            target.database = value;
        QString error;
        const Plan plan = DeployPlanner::plan(profile(), target, options, &error);
        QVERIFY(plan.steps.isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void missingPrerequisites()
    {
        DeployOptions options;
        options.commit = commit;
        ServerProfile::DeployApp target = app();
        target.migrateCommand.clear();
        options.runMigrations = true;
        QVERIFY(!DeployPlanner::validate(profile(), target, options).isEmpty());
        options.runMigrations = false;
        options.snapshot = true;
        target.database.clear();
        QVERIFY(!DeployPlanner::validate(profile(), target, options).isEmpty());
        target = app();
        target.pm2Names.clear();
        options.snapshot = false;
        QVERIFY(!DeployPlanner::validate(profile(), target, options).isEmpty());
        ServerProfile noPsql = profile();
        noPsql.psqlCommand = QStringLiteral("/usr/local/bin/db-shell");
        options.snapshot = true;
        QVERIFY(!DeployPlanner::validate(noPsql, app(), options).isEmpty());
    }

    void findApp()
    {
        ServerProfile withApps = profile();
        withApps.deployApps = {app()};
        QVERIFY(DeployPlanner::findApp(withApps, QStringLiteral("medical-pro-backend")));
        QVERIFY(!DeployPlanner::findApp(withApps, QStringLiteral("other")));
    }

    void previewScriptQuotes()
    {
        QString error;
        const QString script = DeployPreview::script(app(), {}, &error);
        QVERIFY(
            script.contains(QStringLiteral("cd ") + shellQuote(app().path) + QLatin1Char('\n')));
        QVERIFY(script.contains(QStringLiteral("git fetch --quiet 'origin'\n")));
        QVERIFY(script.contains(
            QStringLiteral("git rev-parse --verify 'origin/release/2026^{commit}'")));
        QVERIFY(DeployPreview::script(app(), QStringLiteral("x; reboot"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void previewParse()
    {
        const QByteArray head = "1111111111111111111111111111111111111111";
        const QByteArray target = "2222222222222222222222222222222222222222";
        const QByteArray output =
            "@@head\n" + head + "\n@@target\n" + target + "\n@@commits\n" + target +
            "\x1f"
            "Bob\x1f"
            "2026-11-22T10:00:00+01:00\x1f"
            "Add consent table\n"
            "3333333333333333333333333333333333333333\x1f"
            "Ann\x1f"
            "2026-11-21T09:00:00+01:00\x1f"
            "Fix: a\x1f"
            "b\n"
            "@@local\n M server.js\n"
            "@@files\n" +
            // git diff -z: NUL-separated
            QByteArray("M|server.js|A|migrations/002_consent.sql|D|old file.txt|")
                .replace('|', '\0');
        DeployPreviewResult result;
        QString error;
        QVERIFY2(DeployPreview::parse(output, QStringLiteral("./migrations/"), &result, &error),
                 qPrintable(error));
        QCOMPARE(result.currentCommit, QString::fromLatin1(head));
        QCOMPARE(result.targetCommit, QString::fromLatin1(target));
        QVERIFY(!result.upToDate());
        QCOMPARE(result.commits.size(), 2);
        QCOMPARE(result.commits[0].author, QStringLiteral("Bob"));
        QCOMPARE(result.commits[0].subject, QStringLiteral("Add consent table"));
        QCOMPARE(result.commits[0].date.toUTC(),
                 QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
        QCOMPARE(result.commits[1].subject, QStringLiteral("Fix: a\x1f"
                                                           "b"));
        QCOMPARE(result.localChanges, QStringList{QStringLiteral("server.js")});
        QCOMPARE(result.files.size(), 3);
        QCOMPARE(result.files[2].status, QLatin1Char('D'));
        QCOMPARE(result.files[2].path, QStringLiteral("old file.txt"));
        QVERIFY(result.migrationsChanged());
        QCOMPARE(result.migrationFiles, QStringList{QStringLiteral("migrations/002_consent.sql")});

        // Up to date: empty sections.
        const QByteArray same =
            "@@head\n" + head + "\n@@target\n" + head + "\n@@commits\n@@local\n@@files\n";
        QVERIFY(DeployPreview::parse(same, QStringLiteral("migrations"), &result, &error));
        QVERIFY(result.upToDate());
        QVERIFY(result.commits.isEmpty() && result.files.isEmpty());
        QVERIFY(!result.migrationsChanged());

        QVERIFY(!DeployPreview::parse("@@head\n" + head + "\n@@target\n", {}, &result, &error));
        QVERIFY(!DeployPreview::parse("fatal: not a git repository\n", {}, &result, &error));
    }

    void history()
    {
        const QDateTime t0(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        RunRecord restore = deployRun(QStringLiteral("r0"), QStringLiteral("x"), commit,
                                      RunRecord::State::Succeeded, t0);
        restore.wizard = QStringLiteral("restore");
        const QList<RunRecord> runs = {
            deployRun(QStringLiteral("r1"), QStringLiteral("medical-pro-backend"),
                      QStringLiteral("aaaaaaa"), RunRecord::State::Succeeded, t0),
            restore,
            deployRun(QStringLiteral("r3"), QStringLiteral("medical-pro-backend"),
                      QStringLiteral("ccccccc"), RunRecord::State::RolledBack, t0.addDays(2)),
            deployRun(QStringLiteral("r2"), QStringLiteral("medical-pro-frontend"),
                      QStringLiteral("bbbbbbb"), RunRecord::State::Succeeded, t0.addDays(1)),
        };
        const QList<DeployHistoryEntry> all = DeployHistory::fromRuns(runs);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].runId, QStringLiteral("r3"));
        QCOMPARE(all[1].runId, QStringLiteral("r2"));
        QCOMPARE(all[2].runId, QStringLiteral("r1"));

        const QList<DeployHistoryEntry> backend =
            DeployHistory::fromRuns(runs, QStringLiteral("medical-pro-backend"));
        QCOMPARE(backend.size(), 2);
        QCOMPARE(backend[0].commit, QStringLiteral("ccccccc"));
        QCOMPARE(backend[0].result, RunRecord::State::RolledBack);
        QCOMPARE(backend[0].operatorName, QStringLiteral("alice@laptop"));
        QCOMPARE(backend[0].started, t0.addDays(2));
        const DeployHistoryEntry last =
            DeployHistory::lastSucceeded(runs, QStringLiteral("medical-pro-backend"));
        QCOMPARE(last.commit, QStringLiteral("aaaaaaa"));
        QVERIFY(DeployHistory::lastSucceeded(runs, QStringLiteral("none")).runId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeployPlanner)
#include "tst_deployplanner.moc"
