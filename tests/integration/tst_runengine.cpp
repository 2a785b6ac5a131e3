// The run engine against the fixture's real sshd: detached runs, live log and steps, failures,
// recovery, cancel, a dropped connection in the middle of a run, reattaching from a new
// process, locks (busy and stale), the runs listing and vigie-cli runs.
#include "SshTestSupport.h"
#include "ops/Plan.h"
#include "ops/RunController.h"
#include "ops/RunsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

namespace {

PlanStep step(const QString& command)
{
    PlanStep s;
    s.title = QStringLiteral("Run: ") + command.left(30);
    s.command = command;
    s.kind = PlanStep::Kind::Change;
    return s;
}

// Everything one controller reports, in order.
struct Watch
{
    QString runId;
    QString log;
    QList<int> begun;
    QList<QPair<int, int>> ended;
    QList<int> recoveries;
    int lost = 0;
    int reattached = 0;
    bool done = false;
    RunRecord record;
    bool refused = false;
    LockHolder holder;
    QString failure;
    bool attachedSeen = false;

    void follow(RunController* c, QObject* context)
    {
        QObject::connect(c, &RunController::started, context,
                         [this](const QString& id) { runId = id; });
        QObject::connect(c, &RunController::attached, context,
                         [this](const RunRecord&) { attachedSeen = true; });
        QObject::connect(c, &RunController::logReceived, context,
                         [this](const QString& t) { log += t; });
        QObject::connect(c, &RunController::stepStarted, context, [this](int i) { begun << i; });
        QObject::connect(c, &RunController::stepFinished, context,
                         [this](int i, int rc) { ended << qMakePair(i, rc); });
        QObject::connect(c, &RunController::recoveryStarted, context,
                         [this](int i) { recoveries << i; });
        QObject::connect(c, &RunController::connectionLost, context, [this] { ++lost; });
        QObject::connect(c, &RunController::reattached, context, [this] { ++reattached; });
        QObject::connect(c, &RunController::finished, context, [this](const RunRecord& r) {
            record = r;
            done = true;
        });
        QObject::connect(c, &RunController::refused, context, [this](const LockHolder& h) {
            holder = h;
            refused = true;
            done = true;
        });
        QObject::connect(c, &RunController::failedToStart, context, [this](const QString& m) {
            failure = m;
            done = true;
        });
    }
};

} // namespace

class TestRunEngine : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;
    SshConnection* m_connection = nullptr;
    QString m_runs;
    QString m_token; // this test run's lock targets and markers, unique across reruns

    std::unique_ptr<SshConnection> newConnection()
    {
        return std::make_unique<SshConnection>(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"),
                                      m_dir.filePath(QStringLiteral("known_hosts"))));
    }

    RunController* controller(SshConnection* connection, Watch& watch)
    {
        auto* c = new RunController(connection, this);
        c->setRunsDirectory(m_runs);
        c->setOperatorName(QStringLiteral("alice@test"));
        watch.follow(c, c);
        return c;
    }

    Plan plan(const QStringList& commands, const QString& lock = QStringLiteral("db:main"))
    {
        Plan p;
        p.wizard = QStringLiteral("test");
        p.title = QStringLiteral("Engine test ") + m_token;
        p.lockTargets = {lock + QLatin1Char('-') + m_token};
        for (const QString& command : commands)
            p.steps.append(step(command));
        return p;
    }

    QByteArray remote(const QString& command)
    {
        const ExecCapture run = execAndWait(*m_connection, command);
        return run.out;
    }
    bool remoteSucceeds(const QString& command)
    {
        return execAndWait(*m_connection, command).result.succeeded();
    }
    QString runPath(const QString& id) const { return m_runs + QLatin1Char('/') + id; }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QVERIFY(trustFixtureHostKeys(m_fixture, m_dir.filePath(QStringLiteral("known_hosts"))));
        m_engine = new SshEngine(this);
        m_connection = newConnection().release();
        m_connection->setParent(this);
        QCOMPARE(openAndWait(*m_connection).message(), QString());
        m_runs = m_fixture.dir + QStringLiteral("/runs");
        m_token = QString::number(QRandomGenerator::global()->generate(), 36);
    }

    void threeStepsSucceedWithLiveLog()
    {
        Watch w;
        RunController* c = controller(m_connection, w);
        c->start(plan({QStringLiteral("echo one; sleep 1"), QStringLiteral("printf 'two'"),
                       QStringLiteral("echo three >&2")}));
        QTRY_VERIFY_WITH_TIMEOUT(!w.runId.isEmpty() || w.done, 20000);
        QVERIFY2(w.failure.isEmpty(), qPrintable(w.failure));
        // Live: the first step's output arrives while the run is still going.
        QTRY_VERIFY_WITH_TIMEOUT(w.log.contains(QStringLiteral("one\n")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 30000);
        QCOMPARE(w.record.state, RunRecord::State::Succeeded);
        QCOMPARE(w.log, QStringLiteral("one\ntwo\nthree\n"));
        QCOMPARE(c->log(), w.log);
        QCOMPARE(w.begun, (QList<int>{0, 1, 2}));
        QCOMPARE(w.ended, (QList<QPair<int, int>>{{0, 0}, {1, 0}, {2, 0}}));
        QCOMPARE(w.record.id, w.runId);
        QCOMPARE(w.record.stepCount, 3);
        QCOMPARE(w.record.operatorName, QStringLiteral("alice@test"));
        QVERIFY(w.record.finished.isValid());
        QCOMPARE(remote(QStringLiteral("cat ") + runPath(w.runId) + QStringLiteral("/status"))
                     .split('\n')
                     .value(0),
                 QByteArray("succeeded"));
        QCOMPARE(w.lost, 0);
    }

    void failingStepStopsLaterSteps()
    {
        Watch w;
        const QString later = m_fixture.dir + QStringLiteral("/later-") + m_token;
        controller(m_connection, w)
            ->start(plan({QStringLiteral("echo a"), QStringLiteral("echo b; exit 3"),
                          QStringLiteral("touch ") + later}));
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 30000);
        QCOMPARE(w.record.state, RunRecord::State::Failed);
        QCOMPARE(w.record.failedStep, 1);
        QCOMPARE(w.ended, (QList<QPair<int, int>>{{0, 0}, {1, 3}}));
        QCOMPARE(w.log, QStringLiteral("a\nb\n"));
        QVERIFY(!remoteSucceeds(QStringLiteral("test -e ") + later));
    }

    void recoveryRollsBack()
    {
        Watch w;
        Plan p = plan({QStringLiteral("echo deployed"), QStringLiteral("echo health; exit 1")});
        p.recoverySteps = {step(QStringLiteral("echo rollback"))};
        p.recoveryFrom = 1;
        controller(m_connection, w)->start(p);
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 30000);
        QCOMPARE(w.record.state, RunRecord::State::RolledBack);
        QCOMPARE(w.record.failedStep, 1);
        QCOMPARE(w.recoveries, QList<int>{1});
        QCOMPARE(w.begun, (QList<int>{0, 1, 2})); // recovery step 0 is reported as 2
        QCOMPARE(w.log, QStringLiteral("deployed\nhealth\nrollback\n"));
    }

    void cancelStopsTheRemoteProcessGroup()
    {
        Watch w;
        const QString later = m_fixture.dir + QStringLiteral("/cancelled-") + m_token;
        RunController* c = controller(m_connection, w);
        c->start(plan({QStringLiteral("true"), QStringLiteral("echo begin; sleep 60"),
                       QStringLiteral("touch ") + later}));
        QTRY_VERIFY_WITH_TIMEOUT(w.log.contains(QStringLiteral("begin")), 20000);
        const QString pid = QString::fromLatin1(
            remote(QStringLiteral("cat ") + runPath(w.runId) + QStringLiteral("/pid")).trimmed());
        QVERIFY(remoteSucceeds(QStringLiteral("kill -0 ") + pid));
        c->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 30000);
        QCOMPARE(w.record.state, RunRecord::State::Cancelled);
        QCOMPARE(w.record.failedStep, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!remoteSucceeds(QStringLiteral("kill -0 ") + pid), 10000);
        QVERIFY(!remoteSucceeds(QStringLiteral("pgrep -g ") + pid)); // the sleep is gone too
        QVERIFY(!remoteSucceeds(QStringLiteral("test -e ") + later));
    }

    void droppedConnectionReattachesWithoutASecondRun()
    {
        auto connection = newConnection();
        Watch w;
        RunController* c = controller(connection.get(), w);
        const QString marker = QStringLiteral("drop-") + m_token;
        c->start(
            plan({QStringLiteral("echo first; sleep 4"), QStringLiteral("echo second ") + marker}));
        QTRY_VERIFY_WITH_TIMEOUT(w.log.contains(QStringLiteral("first\n")), 20000);
        int code = -1;
        runProgram(qEnvironmentVariable("VIGIE_SOURCE_DIR") +
                       QStringLiteral("/tests/fixtures/sshd-fixture.sh"),
                   {QStringLiteral("kill-sessions"), m_fixture.dir}, &code);
        QCOMPARE(code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.lost >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 60000);
        QCOMPARE(w.record.state, RunRecord::State::Succeeded);
        QVERIFY(w.reattached >= 1);
        QCOMPARE(w.log, QStringLiteral("first\nsecond ") + marker + QLatin1Char('\n'));
        QCOMPARE(w.begun, (QList<int>{0, 1}));
        // One run only on the server for this plan (no restart after the drop).
        QCOMPARE(remote(QStringLiteral("grep -l ") + marker + QLatin1Char(' ') + m_runs +
                        QStringLiteral("/*/script.sh | wc -l"))
                     .trimmed(),
                 QByteArray("1"));
        delete c;
    }

    void reattachFromAFreshProcess()
    {
        QString id;
        {
            auto first = newConnection();
            Watch w;
            RunController* c = controller(first.get(), w);
            c->start(plan({QStringLiteral("echo early; sleep 2; echo late")}));
            QTRY_VERIFY_WITH_TIMEOUT(!w.runId.isEmpty(), 20000);
            id = w.runId;
            delete c; // the window closes, the connection goes
        }
        auto second = newConnection();
        Watch w;
        RunController* c = controller(second.get(), w);
        c->attach(id);
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 30000);
        QVERIFY(w.attachedSeen);
        QCOMPARE(w.record.state, RunRecord::State::Succeeded);
        QCOMPARE(w.log, QStringLiteral("early\nlate\n"));
        QCOMPARE(w.record.title, QStringLiteral("Engine test ") + m_token);
        QCOMPARE(Plan::fromJson(w.record.plan).steps.size(), 1);

        Watch missing;
        controller(second.get(), missing)->attach(QStringLiteral("20000101T000000Z-000000"));
        QTRY_VERIFY_WITH_TIMEOUT(missing.done, 20000);
        QVERIFY(!missing.failure.isEmpty());
        Watch invalid;
        controller(second.get(), invalid)->attach(QStringLiteral("../etc"));
        QTRY_VERIFY_WITH_TIMEOUT(invalid.done, 5000);
        QVERIFY(!invalid.failure.isEmpty());
        delete c;
    }

    void secondRunOnTheSameTargetIsRefused()
    {
        Watch a;
        RunController* first = controller(m_connection, a);
        first->start(plan({QStringLiteral("sleep 30")}, QStringLiteral("tenant:shared")));
        QTRY_VERIFY_WITH_TIMEOUT(!a.runId.isEmpty(), 20000);
        Watch b;
        RunController* second = controller(m_connection, b);
        second->setOperatorName(QStringLiteral("bob@other"));
        second->start(plan({QStringLiteral("echo never")}, QStringLiteral("tenant:shared")));
        QTRY_VERIFY_WITH_TIMEOUT(b.done, 20000);
        QVERIFY(b.refused);
        QCOMPARE(b.holder.runId, a.runId);
        QCOMPARE(b.holder.operatorName, QStringLiteral("alice@test"));
        QCOMPARE(b.holder.target, QStringLiteral("tenant:shared-") + m_token);
        QVERIFY(b.holder.since.isValid());
        QVERIFY(!b.holder.stale);
        first->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(a.done, 30000);
        QCOMPARE(a.record.state, RunRecord::State::Cancelled);
    }

    void staleLockIsClearedAfterConfirmation()
    {
        Watch dead;
        RunController* victim = controller(m_connection, dead);
        victim->start(plan({QStringLiteral("sleep 60")}, QStringLiteral("app:stale")));
        QTRY_VERIFY_WITH_TIMEOUT(!dead.runId.isEmpty(), 20000);
        QVERIFY(remoteSucceeds(QStringLiteral("kill -s KILL -- -$(cat ") + runPath(dead.runId) +
                               QStringLiteral("/pid)")));
        QTRY_VERIFY_WITH_TIMEOUT(dead.done, 30000);
        QCOMPARE(dead.record.state, RunRecord::State::Lost);

        Watch refused;
        controller(m_connection, refused)
            ->start(plan({QStringLiteral("echo after")}, QStringLiteral("app:stale")));
        QTRY_VERIFY_WITH_TIMEOUT(refused.done, 20000);
        QVERIFY(refused.refused);
        QVERIFY(refused.holder.stale);
        QCOMPARE(refused.holder.runId, dead.runId);

        RunsClient client(m_connection);
        client.setRunsDirectory(m_runs);
        QSignalSpy cleared(&client, &RunsClient::lockCleared);
        QSignalSpy failed(&client, &RunsClient::failed);
        client.clearStaleLock(QStringLiteral("app:stale-") + m_token);
        QTRY_VERIFY_WITH_TIMEOUT(cleared.size() + failed.size() == 1, 20000);
        QCOMPARE(cleared.size(), 1);

        Watch next;
        controller(m_connection, next)
            ->start(plan({QStringLiteral("echo after")}, QStringLiteral("app:stale")));
        QTRY_VERIFY_WITH_TIMEOUT(next.done, 30000);
        QCOMPARE(next.record.state, RunRecord::State::Succeeded);

        // The listing: both runs with their states, no lock left on the target.
        QSignalSpy listed(&client, &RunsClient::runsListed);
        client.listRuns();
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 20000);
        const auto runs = listed.first().at(0).value<QList<RunRecord>>();
        const auto locks = listed.first().at(1).value<QList<LockHolder>>();
        QHash<QString, RunRecord::State> states;
        for (const RunRecord& run : runs)
            states.insert(run.id, run.state);
        QCOMPARE(states.value(dead.runId, RunRecord::State::Running), RunRecord::State::Lost);
        QCOMPARE(states.value(next.runId, RunRecord::State::Running), RunRecord::State::Succeeded);
        for (const LockHolder& lock : locks)
            QVERIFY(!lock.target.endsWith(m_token));
        for (const RunRecord& run : runs) {
            if (run.id == next.runId) {
                QCOMPARE(run.operatorName, QStringLiteral("alice@test"));
                QCOMPARE(run.wizard, QStringLiteral("test"));
                QVERIFY(run.started.isValid() && run.finished.isValid());
            }
        }
        QSignalSpy logRead(&client, &RunsClient::logRead);
        client.readLog(next.runId);
        QTRY_COMPARE_WITH_TIMEOUT(logRead.size(), 1, 20000);
        QCOMPARE(logRead.first().at(1).toString(), QStringLiteral("after\n"));
    }

    void cliListAttachCancel()
    {
        TestHomeDir home;
        const auto cli = [&home](const QStringList& args) {
            return runCli(home.path(), args);
        };
        QCOMPARE(cli({QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("--name"),
                      QStringLiteral("fixture"), m_fixture.keyPath(QStringLiteral("id_ed25519"))})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("hosts"), QStringLiteral("trust"), QStringLiteral("--port"),
                      QString::number(m_fixture.port), QStringLiteral("--yes"),
                      QStringLiteral("127.0.0.1")})
                     .code,
                 0);
        // The runs directory comes from the server's profile.
        QFile profileFile(m_fixture.dir + QStringLiteral("/profile.json"));
        QJsonObject profile;
        if (profileFile.open(QIODevice::ReadOnly))
            profile = QJsonDocument::fromJson(profileFile.readAll()).object();
        QJsonObject operations = profile.value(QStringLiteral("operations")).toObject();
        operations.insert(QStringLiteral("runsDirectory"), m_runs);
        profile.insert(QStringLiteral("operations"), operations);
        QFile edited(home.filePath(QStringLiteral("profile.json")));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(QJsonDocument(profile).toJson());
        edited.close();
        const CliRun added =
            cli({QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("fixture"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                 QStringLiteral("--port"), QString::number(m_fixture.port),
                 QStringLiteral("--user"), m_fixture.user, QStringLiteral("--key"),
                 QStringLiteral("fixture"), QStringLiteral("--profile-file"), edited.fileName()});
        QVERIFY2(added.code == 0, added.err.constData());

        Watch done;
        controller(m_connection, done)->start(plan({QStringLiteral("echo from cli test")}));
        QTRY_VERIFY_WITH_TIMEOUT(done.done, 30000);
        Watch running;
        controller(m_connection, running)->start(plan({QStringLiteral("echo waiting; sleep 60")}));
        QTRY_VERIFY_WITH_TIMEOUT(running.log.contains(QStringLiteral("waiting")), 20000);

        const CliRun list = cli({QStringLiteral("runs"), QStringLiteral("list"),
                                 QStringLiteral("--json"), QStringLiteral("fixture")});
        QVERIFY2(list.code == 0, list.err.constData());
        QHash<QString, QString> states;
        for (const QJsonValue& run :
             QJsonDocument::fromJson(list.out).object().value(QStringLiteral("runs")).toArray())
            states.insert(run[QStringLiteral("id")].toString(),
                          run[QStringLiteral("state")].toString());
        QCOMPARE(states.value(done.runId), QStringLiteral("succeeded"));
        QCOMPARE(states.value(running.runId), QStringLiteral("running"));

        const CliRun attach = cli({QStringLiteral("runs"), QStringLiteral("attach"),
                                   QStringLiteral("fixture"), done.runId});
        QCOMPARE(attach.code, 0);
        QCOMPARE(attach.out, QByteArray("from cli test\n"));
        QVERIFY(attach.err.contains("Succeeded"));

        const CliRun cancel = cli({QStringLiteral("runs"), QStringLiteral("cancel"),
                                   QStringLiteral("fixture"), running.runId});
        QVERIFY2(cancel.code == 0, cancel.err.constData());
        QVERIFY(cancel.err.contains("Cancelled"));
        QTRY_VERIFY_WITH_TIMEOUT(running.done, 30000);
        QCOMPARE(running.record.state, RunRecord::State::Cancelled);

        const CliRun unconfirmed = cli({QStringLiteral("runs"), QStringLiteral("clear-lock"),
                                        QStringLiteral("fixture"), QStringLiteral("db:x")});
        QCOMPARE(unconfirmed.code, 2);
        const CliRun bad = cli({QStringLiteral("runs"), QStringLiteral("attach"),
                                QStringLiteral("fixture"), QStringLiteral("x;rm")});
        QCOMPARE(bad.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestRunEngine)
#include "tst_runengine.moc"
