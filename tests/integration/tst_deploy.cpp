// Deploys against the fixture's real git repository and PM2 app, through the real run engine:
// the preview of what will change, a good commit (snapshot, migrations, /health reports the new
// version), a commit whose health check fails (automatic rollback, /health reports the previous
// version), and the deploy history read back from the server's run records.
#include "SshTestSupport.h"
#include "core/ShellQuote.h"
#include "fleet/ServerProfile.h"
#include "ops/DeployHistory.h"
#include "ops/DeployPlanner.h"
#include "ops/DeployPreview.h"
#include "ops/RunController.h"
#include "ops/RunsClient.h"

#include <QJsonDocument>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

class TestDeploy : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;
    SshConnection* m_connection = nullptr;
    ServerProfile m_profile;
    ServerProfile::DeployApp m_app;
    QString m_initialCommit;
    QString m_goodCommit;
    QStringList m_runIds;
    QString m_snapshotFile;

    QString fixtureFile(const QString& relative) const
    {
        return m_fixture.dir + QLatin1Char('/') + relative;
    }

    // Runs a command on the fixture server; fails the test unless it succeeds.
    QByteArray remote(const QString& command)
    {
        const ExecCapture capture = execAndWait(*m_connection, command, {}, 120000);
        if (!capture.result.succeeded()) {
            qWarning("%s failed: %s\n%s", qPrintable(command),
                     qPrintable(capture.result.describe()), capture.err.constData());
            return QByteArray("<failed>");
        }
        return capture.out.trimmed();
    }

    QString appRepo(const QStringList& args)
    {
        return QString::fromUtf8(
            remote(shellCommand(QStringList{fixtureFile(QStringLiteral("bin/app-repo"))} + args)));
    }

    QString head()
    {
        return QString::fromUtf8(
            remote(QStringLiteral("git -C %1 rev-parse HEAD").arg(shellQuote(m_app.path))));
    }

    // What the running app reports (version), asked on the server like the health step does.
    QString healthVersion()
    {
        const QByteArray body =
            remote(QStringLiteral("curl -s -m 10 %1").arg(shellQuote(m_app.health.url)));
        return QJsonDocument::fromJson(body).object().value(QStringLiteral("version")).toString();
    }

    DeployPreviewResult preview()
    {
        DeployPreview preview(m_connection);
        DeployPreviewResult result;
        QString failure;
        bool done = false;
        connect(&preview, &DeployPreview::ready, this, [&](const DeployPreviewResult& r) {
            result = r;
            done = true;
        });
        connect(&preview, &DeployPreview::failed, this, [&](const QString& message) {
            failure = message;
            done = true;
        });
        preview.start(m_app);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        }();
        if (!failure.isEmpty())
            qWarning("preview failed: %s", qPrintable(failure));
        return result;
    }

    RunRecord run(const Plan& plan, QString* log = nullptr, QList<int>* recoveries = nullptr)
    {
        RunController controller(m_connection);
        controller.setRunsDirectory(m_profile.runsDirectory);
        controller.setOperatorName(QStringLiteral("deploy-test@ci"));
        RunRecord record;
        bool done = false;
        connect(&controller, &RunController::finished, this, [&](const RunRecord& r) {
            record = r;
            done = true;
        });
        connect(&controller, &RunController::refused, this, [&](const LockHolder& holder) {
            qWarning("refused: %s held by %s", qPrintable(holder.target), qPrintable(holder.runId));
            done = true;
        });
        connect(&controller, &RunController::failedToStart, this, [&](const QString& message) {
            qWarning("failed to start: %s", qPrintable(message));
            done = true;
        });
        if (recoveries) {
            connect(&controller, &RunController::recoveryStarted, this,
                    [recoveries](int step) { recoveries->append(step); });
        }
        controller.start(plan);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 180000);
        }();
        if (log)
            *log = controller.log();
        if (!record.id.isEmpty())
            m_runIds.append(record.id);
        return record;
    }

    void restoreFixture()
    {
        // The app back at its initial commit for the other tests; what migrations created goes.
        appRepo({QStringLiteral("restore")});
        remote(m_profile.psqlCommand +
               QStringLiteral(" -d medicalpro_central -q -c 'DROP TABLE IF EXISTS "
                              "fixture_deploy_check, app_migrations'"));
        if (!m_snapshotFile.isEmpty())
            remote(QStringLiteral("rm -f -- ") + shellQuote(m_snapshotFile));
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QFile profileFile(fixtureFile(QStringLiteral("profile.json")));
        QVERIFY2(profileFile.open(QIODevice::ReadOnly), "the full fixture is not up");
        QString error;
        m_profile = ServerProfile::fromJson(QJsonDocument::fromJson(profileFile.readAll()).object(),
                                            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ServerProfile::DeployApp* app =
            DeployPlanner::findApp(m_profile, QStringLiteral("medical-pro-backend"));
        QVERIFY2(app, "the fixture profile has no deploy app");
        m_app = *app;

        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts));
        m_engine = new SshEngine(this);
        m_connection = new SshConnection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts), this);
        QCOMPARE(openAndWait(*m_connection).message(), QString());

        restoreFixture(); // whatever an interrupted earlier run left
        m_initialCommit = head();
        QCOMPARE(m_initialCommit.size(), 40);
        QCOMPARE(healthVersion(), QStringLiteral("1.0.0"));
    }

    void cleanupTestCase()
    {
        if (m_connection && m_connection->state() == SshState::Ready) {
            restoreFixture();
            QCOMPARE(head(), m_initialCommit);
            QCOMPARE(healthVersion(), QStringLiteral("1.0.0"));
        }
    }

    void previewListsCommitsFilesAndMigrations()
    {
        const DeployPreviewResult upToDate = preview();
        QCOMPARE(upToDate.currentCommit, m_initialCommit);
        QVERIFY(upToDate.upToDate());
        QVERIFY(upToDate.commits.isEmpty());

        m_goodCommit = appRepo({QStringLiteral("commit"), QStringLiteral("1.1.0"),
                                QStringLiteral("--migration"), QStringLiteral("002_check")});
        QCOMPARE(m_goodCommit.size(), 40);
        const DeployPreviewResult result = preview();
        QCOMPARE(result.currentCommit, m_initialCommit);
        QCOMPARE(result.targetCommit, m_goodCommit);
        QCOMPARE(result.commits.size(), 1);
        QCOMPARE(result.commits[0].hash, m_goodCommit);
        QCOMPARE(result.commits[0].subject, QStringLiteral("Version 1.1.0"));
        QCOMPARE(result.commits[0].author, QStringLiteral("Vigie Fixture"));
        QVERIFY(result.commits[0].date.isValid());
        QStringList paths;
        for (const DeployPreviewResult::ChangedFile& file : result.files)
            paths.append(file.path);
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("migrations/002_check.sql"),
                                     QStringLiteral("package-lock.json"),
                                     QStringLiteral("package.json")}));
        QCOMPARE(result.migrationFiles, QStringList{QStringLiteral("migrations/002_check.sql")});
        QVERIFY(result.localChanges.isEmpty());
        // The preview only fetched: the running app did not move.
        QCOMPARE(head(), m_initialCommit);
    }

    // vigie-cli deploy: options refused before any SSH traffic; --plan previews on stderr and
    // prints the plan with the previewed commit fixed in it; nothing runs.
    void cliPrintsPlan()
    {
        TestHomeDir home;
        auto cli = [&home](const QStringList& args) {
            return runCli(home.path(), args);
        };
        QCOMPARE(prepareCliHome(home.path(), m_fixture), QString());
        QCOMPARE(addCliServer(home.path(), m_fixture, QStringLiteral("fx"),
                              fixtureFile(QStringLiteral("profile.json"))),
                 QString());

        const QStringList deploy = {QStringLiteral("deploy"), QStringLiteral("fx"),
                                    QStringLiteral("--app"), m_app.name};
        const CliRun badCommit =
            cli(deploy + QStringList{QStringLiteral("--commit"), QStringLiteral("abc1234;reboot"),
                                     QStringLiteral("--plan")});
        QCOMPARE(badCommit.code, 2);
        const CliRun unknownApp =
            cli({QStringLiteral("deploy"), QStringLiteral("fx"), QStringLiteral("--app"),
                 QStringLiteral("nope"), QStringLiteral("--plan")});
        QCOMPARE(unknownApp.code, 2);

        const CliRun plan =
            cli(deploy + QStringList{QStringLiteral("--migrations"), QStringLiteral("--plan")});
        QVERIFY2(plan.code == 0, plan.err.constData());
        QVERIFY2(plan.err.contains("1 new commit,"), plan.err.constData());
        QVERIFY(plan.err.contains("Warning: migrations changed (migrations/002_check.sql)"));
        QVERIFY(plan.out.contains("git reset --hard '" + m_goodCommit.toUtf8() + "'"));
        QVERIFY(plan.out.contains("sh migrate.sh"));
        QCOMPARE(head(), m_initialCommit);
    }

    void goodCommitChangesHealth()
    {
        QVERIFY(!m_goodCommit.isEmpty());
        DeployOptions options;
        options.commit = m_goodCommit;
        options.snapshot = true;
        options.runMigrations = true;
        QString error;
        const Plan plan = DeployPlanner::plan(m_profile, m_app, options, &error);
        QVERIFY2(!plan.steps.isEmpty(), qPrintable(error));
        m_snapshotFile = plan.parameters.value(QStringLiteral("snapshotFile")).toString();

        QString log;
        const RunRecord record = run(plan, &log);
        QVERIFY2(record.state == RunRecord::State::Succeeded, qPrintable(log));
        QCOMPARE(head(), m_goodCommit);
        QCOMPARE(healthVersion(), QStringLiteral("1.1.0"));
        QCOMPARE(remote(QStringLiteral("cat ") + shellQuote(DeployPlanner::previousCommitFile(
                                                     m_profile.runsDirectory, record.id))),
                 m_initialCommit.toUtf8());
        QCOMPARE(remote(QStringLiteral("cat ") + shellQuote(DeployPlanner::deployedCommitFile(
                                                     m_profile.runsDirectory, m_app))),
                 m_goodCommit.toUtf8());
        // The snapshot is a real custom-format dump; the migration ran once.
        QCOMPARE(remote(QStringLiteral("head -c 5 ") + shellQuote(m_snapshotFile)),
                 QByteArray("PGDMP"));
        QCOMPARE(remote(m_profile.psqlCommand +
                        QStringLiteral(" -d medicalpro_central -tA -c 'SELECT version FROM "
                                       "fixture_deploy_check'")),
                 QByteArray("1.1.0"));
    }

    void failingHealthRollsBack()
    {
        QCOMPARE(head(), m_goodCommit);
        const QString broken = appRepo(
            {QStringLiteral("commit"), QStringLiteral("1.2.0"), QStringLiteral("--broken")});
        const DeployPreviewResult result = preview();
        QCOMPARE(result.targetCommit, broken);
        QVERIFY(!result.migrationsChanged());

        DeployOptions options;
        options.commit = result.targetCommit;
        const Plan plan = DeployPlanner::plan(m_profile, m_app, options);
        QVERIFY(!plan.steps.isEmpty());
        int healthStep = -1;
        for (int i = 0; i < plan.steps.size(); ++i) {
            if (plan.steps[i].command.contains(QStringLiteral("until curl")))
                healthStep = i;
        }
        QVERIFY(healthStep >= plan.recoveryFrom);

        QString log;
        QList<int> recoveries;
        const RunRecord record = run(plan, &log, &recoveries);
        QVERIFY2(record.state == RunRecord::State::RolledBack, qPrintable(log));
        QCOMPARE(record.failedStep, healthStep);
        QCOMPARE(recoveries, QList<int>{healthStep});
        QVERIFY(log.contains(QStringLiteral("The health check of medical-pro-backend failed")));
        // Back on the previous commit, and the app says so.
        QCOMPARE(head(), m_goodCommit);
        QCOMPARE(healthVersion(), QStringLiteral("1.1.0"));
        // The deployed-commit record still names the good commit.
        QCOMPARE(remote(QStringLiteral("cat ") + shellQuote(DeployPlanner::deployedCommitFile(
                                                     m_profile.runsDirectory, m_app))),
                 m_goodCommit.toUtf8());
    }

    void historyFromListedRuns()
    {
        QCOMPARE(m_runIds.size(), 2);
        RunsClient client(m_connection);
        client.setRunsDirectory(m_profile.runsDirectory);
        QList<RunRecord> runs;
        bool done = false;
        connect(&client, &RunsClient::runsListed, this,
                [&](const QList<RunRecord>& listed, const QList<LockHolder>&) {
                    runs = listed;
                    done = true;
                });
        connect(&client, &RunsClient::failed, this, [&](const QString& message) {
            qWarning("listing failed: %s", qPrintable(message));
            done = true;
        });
        client.listRuns();
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);

        QList<DeployHistoryEntry> mine;
        for (const DeployHistoryEntry& entry : DeployHistory::fromRuns(runs, m_app.name)) {
            if (m_runIds.contains(entry.runId))
                mine.append(entry);
        }
        QCOMPARE(mine.size(), 2);
        // Newest first: the rolled-back deploy, then the good one.
        QCOMPARE(mine[0].runId, m_runIds[1]);
        QCOMPARE(mine[0].result, RunRecord::State::RolledBack);
        QCOMPARE(mine[1].runId, m_runIds[0]);
        QCOMPARE(mine[1].result, RunRecord::State::Succeeded);
        QCOMPARE(mine[1].commit, m_goodCommit);
        QCOMPARE(mine[1].operatorName, QStringLiteral("deploy-test@ci"));
        QVERIFY(mine[1].migrations);
        QCOMPARE(mine[1].snapshotFile, m_snapshotFile);
        QVERIFY(mine[1].started.isValid() && mine[1].finished.isValid());
    }

    void committedSymlinksAreNotFollowed()
    {
        // A commit that carries symlinks named like the files older versions wrote into the
        // working copy: deploying it must not write through them.
        QVERIFY(!appRepo({QStringLiteral("commit"), QStringLiteral("1.3.0")}).isEmpty());
        const QString victim = m_dir.filePath(QStringLiteral("victim-deployed"));
        const QString victimPrevious = m_dir.filePath(QStringLiteral("victim-previous"));
        for (const QString& path : {victim, victimPrevious}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("untouched\n");
        }
        const QString commit = QString::fromUtf8(remote(
            QStringLiteral("export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1\n"
                           "tmp=$(mktemp -d)\n"
                           "git clone -q %1 \"$tmp/w\" && cd \"$tmp/w\"\n"
                           "ln -s %2 .vigie-deployed && ln -s %3 .vigie-previous\n"
                           "git add -f .vigie-deployed .vigie-previous\n"
                           "git -c user.name=Fixture -c user.email=fixture@example.test commit -qm "
                           "'Symlinks named like Vigie state'\n"
                           "git push -q origin HEAD:main\n"
                           "git rev-parse HEAD\n"
                           "cd / && rm -rf \"$tmp\"")
                .arg(shellQuote(fixtureFile(QStringLiteral("git/medical-pro-backend.git"))),
                     shellQuote(victim), shellQuote(victimPrevious))));
        QCOMPARE(commit.size(), 40);

        for (int round = 0; round < 2; ++round) { // the second round records from the symlinks
            DeployOptions options;
            options.commit = commit;
            const Plan plan = DeployPlanner::plan(m_profile, m_app, options);
            QVERIFY(!plan.steps.isEmpty());
            QString log;
            const RunRecord record = run(plan, &log);
            QVERIFY2(record.state == RunRecord::State::Succeeded, qPrintable(log));
            QCOMPARE(head(), commit);
            QCOMPARE(remote(QStringLiteral("cat ") + shellQuote(DeployPlanner::deployedCommitFile(
                                                         m_profile.runsDirectory, m_app))),
                     commit.toUtf8());
            for (const QString& path : {victim, victimPrevious}) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QCOMPARE(file.readAll(), QByteArray("untouched\n"));
            }
            QVERIFY(QFileInfo(m_app.path + QStringLiteral("/.vigie-deployed")).isSymLink());
        }
    }
};

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
