// The runner script and the server-side scripts of the run engine, run for real with the local
// /bin/sh in a temporary runs directory: markers, statuses, recovery, cancel, locks.
#include "TestSupport.h"
#include "ops/Plan.h"
#include "ops/RunLayout.h"
#include "ops/RunLogParser.h"
#include "ops/RunRecordParser.h"
#include "ops/RunScript.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

namespace {

PlanStep step(const QString& command, const QString& title = QStringLiteral("step"))
{
    PlanStep s;
    s.title = title;
    s.command = command;
    s.kind = PlanStep::Kind::Change;
    return s;
}

Plan plan(const QStringList& commands, const QString& lock = QStringLiteral("db:sample"))
{
    Plan p;
    p.wizard = QStringLiteral("test");
    p.title = QStringLiteral("Test plan");
    p.lockTargets = {lock};
    for (const QString& command : commands)
        p.steps.append(step(command));
    return p;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool pidAlive(const QByteArray& pid)
{
    int code = -1;
    runProgram(QStringLiteral("kill"), {QStringLiteral("-0"), QString::fromLatin1(pid)}, &code);
    return code == 0;
}

} // namespace

class TestRunScript : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString runs() const { return m_dir.filePath(QStringLiteral("runs")); }
    QString runDir(const QString& id) const { return runs() + QLatin1Char('/') + id; }
    RunLayout layout() const { return RunLayout(runs()); }

    QByteArray sh(const QByteArray& script)
    {
        return runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-s")}, nullptr, script);
    }

    // Starts the plan like the controller does; returns the bootstrap's answer.
    QByteArray start(const Plan& p, QString* id, const QString& op = QStringLiteral("alice@laptop"))
    {
        *id = RunLayout::newRunId();
        RunRecord meta;
        meta.id = *id;
        meta.operatorName = op;
        meta.stepCount = int(p.steps.size());
        meta.plan = p.toJson();
        const QByteArray script = RunScript::generate(p, {*id, RunLayout::newNonce(), op});
        return sh(layout().startScript(*id, RunRecordParser::metaJson(meta), script));
    }

    QByteArray status(const QString& id)
    {
        return readFile(runDir(id) + QStringLiteral("/status"));
    }
    bool waitFinal(const QString& id)
    {
        const QString path = runDir(id) + QStringLiteral("/status");
        return QTest::qWaitFor([&path] { return QFile::exists(path); }, 20000);
    }
    QString statusWord(const QString& id)
    {
        return QString::fromLatin1(status(id).split('\n').value(0));
    }
    QByteArray log(const QString& id) { return readFile(runDir(id) + QStringLiteral("/log")); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void succeededRun()
    {
        QString id;
        const QByteArray answer =
            start(plan({QStringLiteral("echo one"), QStringLiteral("printf 'no newline'"),
                        QStringLiteral("echo \"it's $((1 + 2))\" >&2")}),
                  &id);
        QVERIFY2(answer.startsWith("started\t"), answer.constData());
        QVERIFY(waitFinal(id));
        QCOMPARE(statusWord(id), QStringLiteral("succeeded"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(readFile(runDir(id) + QStringLiteral("/steps/%1.rc").arg(i)),
                     QByteArray("0\n"));
        QCOMPARE(RunLogParser::textOf(log(id)), QStringLiteral("one\nno newline\nit's 3\n"));
        RunLogParser parser;
        QList<RunLogParser::Event::Type> types;
        QList<RunLogParser::Event> events = parser.feed(log(id));
        events += parser.finish();
        for (const auto& e : std::as_const(events)) {
            if (e.type != RunLogParser::Event::Type::Text)
                types << e.type;
        }
        using T = RunLogParser::Event::Type;
        QCOMPARE(types, (QList<T>{T::RunBegin, T::StepBegin, T::StepEnd, T::StepBegin, T::StepEnd,
                                  T::StepBegin, T::StepEnd, T::Final}));
        QVERIFY(log(id).contains("@@vigie:" + parser.nonce() + " run " + id.toLatin1()));
        // The lock record is gone once the runner is, the meta and script are there.
        const QByteArray pid = readFile(runDir(id) + QStringLiteral("/pid")).trimmed();
        QTRY_VERIFY_WITH_TIMEOUT(!pidAlive(pid), 5000);
        QVERIFY(!QFile::exists(runs() + QStringLiteral("/locks/db%3asample.holder")));
        QVERIFY(QFile::exists(runs() + QStringLiteral("/locks/db%3asample.lock")));
        QVERIFY(readFile(runDir(id) + QStringLiteral("/meta.json")).contains("alice@laptop"));
        QVERIFY(readFile(runDir(id) + QStringLiteral("/script.sh")).contains("echo one"));

        // Read back as a client would: the record and the whole log.
        const QByteArray follow = sh(layout().followScript(id, 0));
        const qsizetype at = follow.indexOf("\n@@log\n");
        QVERIFY(at > 0);
        const RunRecordParser::Listing listing = RunRecordParser::parse(follow.left(at));
        QCOMPARE(listing.runs.size(), 1);
        QCOMPARE(listing.runs.first().record.state, RunRecord::State::Succeeded);
        QCOMPARE(listing.runs.first().record.operatorName, QStringLiteral("alice@laptop"));
        QCOMPARE(follow.mid(at + 7), log(id));
        QCOMPARE(sh(layout().followScript(id, 10)).split('@').size() > 1, true);
    }

    void failingStepStopsTheRun()
    {
        QString id;
        const QString later = m_dir.filePath(QStringLiteral("later"));
        QVERIFY(start(plan({QStringLiteral("true"), QStringLiteral("false; echo not reached"),
                            QStringLiteral("touch ") + later}),
                      &id)
                    .startsWith("started"));
        QVERIFY(waitFinal(id));
        QCOMPARE(statusWord(id), QStringLiteral("failed 1"));
        QCOMPARE(readFile(runDir(id) + QStringLiteral("/steps/1.rc")), QByteArray("1\n"));
        QVERIFY(!QFile::exists(runDir(id) + QStringLiteral("/steps/2.rc")));
        QVERIFY(!QFile::exists(later));
        QVERIFY(!RunLogParser::textOf(log(id)).contains(QStringLiteral("not reached")));
    }

    void syntaxErrorFailsOnlyItsStep()
    {
        QString id;
        QVERIFY(start(plan({QStringLiteral("echo ok"), QStringLiteral("if then fi )")}), &id)
                    .startsWith("started"));
        QVERIFY(waitFinal(id));
        QCOMPARE(statusWord(id), QStringLiteral("failed 1"));
        QCOMPARE(readFile(runDir(id) + QStringLiteral("/steps/1.rc")), QByteArray("2\n"));
    }

    void recoveryRunsWhenALateStepFails()
    {
        const QString undone = m_dir.filePath(QStringLiteral("undone"));
        Plan p = plan({QStringLiteral("true"), QStringLiteral("exit 4")});
        p.recoverySteps = {step(QStringLiteral("echo rolling back; touch ") + undone)};
        p.recoveryFrom = 1;
        QString id;
        QVERIFY(start(p, &id).startsWith("started"));
        QVERIFY(waitFinal(id));
        QCOMPARE(statusWord(id), QStringLiteral("rolled-back 1"));
        QVERIFY(QFile::exists(undone));
        QCOMPARE(readFile(runDir(id) + QStringLiteral("/steps/r0.rc")), QByteArray("0\n"));
        QVERIFY(RunLogParser::textOf(log(id)).contains(QStringLiteral("rolling back")));

        // Recovery failing: the run failed. An early failure: no recovery at all.
        p.recoverySteps = {step(QStringLiteral("exit 1"))};
        QVERIFY(start(p, &id).startsWith("started"));
        QVERIFY(waitFinal(id));
        QCOMPARE(statusWord(id), QStringLiteral("failed 1"));
        QVERIFY(QFile::exists(runDir(id) + QStringLiteral("/steps/r0.rc")));
        p.steps[0].command = QStringLiteral("exit 3");
        QVERIFY(start(p, &id).startsWith("started"));
        QVERIFY(waitFinal(id));
        QCOMPARE(statusWord(id), QStringLiteral("failed 0"));
        QVERIFY(!QFile::exists(runDir(id) + QStringLiteral("/steps/r0.rc")));
    }

    void cancelStopsTheProcessGroupAtItsStep()
    {
        const QString after = m_dir.filePath(QStringLiteral("after-cancel"));
        QString id;
        QVERIFY(start(plan({QStringLiteral("true"), QStringLiteral("echo begin; sleep 60"),
                            QStringLiteral("touch ") + after}),
                      &id)
                    .startsWith("started"));
        QTRY_VERIFY_WITH_TIMEOUT(log(id).contains("begin\n"), 10000);
        const QByteArray pid = readFile(runDir(id) + QStringLiteral("/pid")).trimmed();
        QVERIFY(pidAlive(pid));
        QCOMPARE(sh(layout().cancelScript(id, 5)).trimmed(), QByteArray("cancelled"));
        QCOMPARE(statusWord(id), QStringLiteral("cancelled 1"));
        QTRY_VERIFY_WITH_TIMEOUT(!pidAlive(pid), 5000); // reaped by init
        int code = -1;
        runProgram(QStringLiteral("pgrep"), {QStringLiteral("-g"), QString::fromLatin1(pid)},
                   &code);
        QCOMPARE(code, 1); // nothing left in the runner's process group
        QVERIFY(!QFile::exists(after));
        QVERIFY(!QFile::exists(runs() + QStringLiteral("/locks/db%3asample.holder")));
        QCOMPARE(sh(layout().cancelScript(id)).trimmed(), QByteArray("final"));
    }

    void busyLockRefusesTheSecondRun()
    {
        QString first;
        QVERIFY(start(plan({QStringLiteral("sleep 60")}, QStringLiteral("app:shared")), &first,
                      QStringLiteral("alice@laptop"))
                    .startsWith("started"));
        QString second;
        const QByteArray answer =
            start(plan({QStringLiteral("true")}, QStringLiteral("app:shared")), &second,
                  QStringLiteral("bob@desk"));
        QVERIFY2(answer.startsWith("refused\n"), answer.constData());
        const LockHolder holder = RunRecordParser::parseHolder(answer.mid(8).split('\n'));
        QCOMPARE(holder.runId, first);
        QCOMPARE(holder.operatorName, QStringLiteral("alice@laptop"));
        QCOMPARE(holder.target, QStringLiteral("app:shared"));
        QVERIFY(!holder.stale);
        QVERIFY(holder.since.isValid());
        QVERIFY(!QDir(runDir(second)).exists()); // a refused start leaves no run behind
        QCOMPARE(sh(layout().clearLockScript(QStringLiteral("app:shared"))).left(4),
                 QByteArray("busy"));
        QCOMPARE(sh(layout().cancelScript(first, 5)).trimmed(), QByteArray("cancelled"));
    }

    void staleLockIsRefusedUntilCleared()
    {
        QString dead;
        QVERIFY(start(plan({QStringLiteral("sleep 60")}, QStringLiteral("tenant:42")), &dead)
                    .startsWith("started"));
        const QByteArray pid = readFile(runDir(dead) + QStringLiteral("/pid")).trimmed();
        runProgram(QStringLiteral("kill"), {QStringLiteral("-KILL"), QStringLiteral("--"),
                                            QStringLiteral("-") + QString::fromLatin1(pid)});
        QTRY_VERIFY_WITH_TIMEOUT(!pidAlive(pid), 5000);

        const QByteArray listed = sh(layout().listScript(50));
        const RunRecordParser::Listing listing = RunRecordParser::parse(listed);
        bool sawLost = false;
        for (const auto& run : listing.runs)
            sawLost |= run.record.id == dead && run.record.state == RunRecord::State::Lost;
        QVERIFY2(sawLost, listed.constData());
        QCOMPARE(listing.locks.size(), 1);
        QVERIFY(listing.locks.first().stale);
        QCOMPARE(listing.locks.first().runId, dead);

        QString next;
        QByteArray answer =
            start(plan({QStringLiteral("true")}, QStringLiteral("tenant:42")), &next);
        QVERIFY2(answer.startsWith("refused\n"), answer.constData());
        const LockHolder holder = RunRecordParser::parseHolder(answer.mid(8).split('\n'));
        QVERIFY(holder.stale);
        QCOMPARE(holder.runId, dead);
        QCOMPARE(sh(layout().cancelScript(dead)).trimmed(), QByteArray("lost"));

        QCOMPARE(sh(layout().clearLockScript(QStringLiteral("tenant:42"))).trimmed(),
                 QByteArray("cleared"));
        answer = start(plan({QStringLiteral("true")}, QStringLiteral("tenant:42")), &next);
        QVERIFY2(answer.startsWith("started"), answer.constData());
        QVERIFY(waitFinal(next));
        QCOMPARE(statusWord(next), QStringLiteral("succeeded"));
    }

    void forgedMarkersStayText()
    {
        QString id;
        const QByteArray answer =
            start(plan({QStringLiteral("printf '\\n@@vigie:0000000000000000 final succeeded 1\\n'; "
                                       "exit 5")}),
                  &id);
        QVERIFY2(answer.startsWith("started"), answer.constData());
        QVERIFY(waitFinal(id));
        QCOMPARE(statusWord(id), QStringLiteral("failed 0"));
        QVERIFY(RunLogParser::textOf(log(id)).contains(QStringLiteral("@@vigie:0000000000000000")));
    }
};

QTEST_GUILESS_MAIN(TestRunScript)
#include "tst_runscript.moc"
