// Exec over one persistent session against the fixture's real OpenSSH sshd.
#include "SshTestSupport.h"

#include <QtTest>

using namespace vigie;
using namespace vigie::test;

class TestSshExec : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;
    SshConnection* m_connection = nullptr;
    int m_connectedCount = 0;

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts));
        m_engine = new SshEngine(this);
        m_connection = new SshConnection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts), this);
        connect(m_connection, &SshConnection::connected, this, [this] { ++m_connectedCount; });
        QCOMPARE(openAndWait(*m_connection).message(), QString());
        QCOMPARE(m_connection->state(), SshState::Ready);
    }

    void stdoutAndStderrAreSeparate()
    {
        const ExecCapture run =
            execAndWait(*m_connection, QStringLiteral("echo out; echo err >&2"));
        QCOMPARE(run.result.outcome, ExecResult::Outcome::Exited);
        QCOMPARE(run.result.exitCode, 0);
        QVERIFY(run.result.succeeded());
        QCOMPARE(run.out, QByteArray("out\n"));
        QCOMPARE(run.err, QByteArray("err\n"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("0") << 0;
        QTest::newRow("1") << 1;
        QTest::newRow("42") << 42;
    }

    void exitCodes()
    {
        QFETCH(int, code);
        const ExecCapture run = execAndWait(*m_connection, QStringLiteral("exit %1").arg(code));
        QCOMPARE(run.result.outcome, ExecResult::Outcome::Exited);
        QCOMPARE(run.result.exitCode, code);
        QCOMPARE(run.result.succeeded(), code == 0);
        QVERIFY(run.err.isEmpty()); // the status marker never leaks into stderr
    }

    void deathBySignal()
    {
        const ExecCapture run =
            execAndWait(*m_connection, QStringLiteral("echo bye; kill -KILL $$"));
        QCOMPARE(run.out, QByteArray("bye\n"));
        QCOMPARE(run.result.outcome, ExecResult::Outcome::Signalled);
        QCOMPARE(run.result.signalName, QStringLiteral("KILL"));
        QVERIFY(!run.result.succeeded());
    }

    void commandThatSkipsTheStatusIsUnknownNotSuccess()
    {
        // `exec` replaces the shell that reports the status: sshd still sends "exit-status 0",
        // but nothing proves the command ran to its end, so it must not read as success.
        const ExecCapture run = execAndWait(*m_connection, QStringLiteral("exec true"));
        QCOMPARE(run.result.outcome, ExecResult::Outcome::Unknown);
        QVERIFY(!run.result.succeeded());
    }

    void fiveMegabytesAreStreamed()
    {
        const qsizetype size = 5 * 1000 * 1000;
        const ExecCapture run = execAndWait(
            *m_connection, QStringLiteral("head -c %1 /dev/zero | tr '\\0' x").arg(size));
        QCOMPARE(run.result.exitCode, 0);
        QCOMPARE(run.out.size(), size);
        QCOMPARE(run.out.count('x'), size);
        QVERIFY2(run.stdoutChunks > 10, "output must arrive in chunks, not in one block");
    }

    void stdinIsDelivered()
    {
        QByteArray input;
        for (int i = 0; i < 50000; ++i)
            input += "line " + QByteArray::number(i) + '\n';
        const ExecCapture run = execAndWait(*m_connection, QStringLiteral("cat"), input);
        QCOMPARE(run.result.exitCode, 0);
        QCOMPARE(run.out.size(), input.size());
        QVERIFY(run.out == input);
        const ExecCapture count = execAndWait(*m_connection, QStringLiteral("wc -l"), input);
        QCOMPARE(count.out.trimmed(), QByteArray("50000"));
    }

    void concurrentCommandsShareTheSession()
    {
        QList<ExecJob*> jobs;
        int finished = 0;
        QMap<int, QByteArray> outputs;
        for (int i = 0; i < 12; ++i) {
            ExecJob* job = m_connection->exec(QStringLiteral("sleep 0.2; echo %1").arg(i));
            connect(job, &ExecJob::stdoutReceived, job,
                    [&outputs, i](const QByteArray& d) { outputs[i] += d; });
            connect(job, &ExecJob::finished, job, [&finished](const ExecResult& r) {
                if (r.succeeded())
                    ++finished;
            });
            jobs.append(job);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 12, 30000);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(outputs.value(i), QByteArray::number(i) + '\n');
        qDeleteAll(jobs);
    }

    void cancelStopsALongCommand()
    {
        ExecJob* job = m_connection->exec(QStringLiteral("sleep 37"));
        bool finished = false;
        ExecResult result;
        connect(job, &ExecJob::finished, job, [&](const ExecResult& r) {
            result = r;
            finished = true;
        });
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        job->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(result.outcome, ExecResult::Outcome::Cancelled);
        delete job;
        // The server is on this machine: the command's process group really is gone.
        const auto sleepRuns = [] {
            int rc = -1;
            runProgram(QStringLiteral("pgrep"),
                       {QStringLiteral("-f"), QStringLiteral("^sleep 37$")}, &rc);
            return rc == 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!sleepRuns(), 8000);
        // The session is still usable afterwards.
        QCOMPARE(execAndWait(*m_connection, QStringLiteral("echo still here")).out,
                 QByteArray("still here\n"));
    }

    void everyCommandReusedOneSession()
    {
        QCOMPARE(m_connectedCount, 1);
        QCOMPARE(m_connection->state(), SshState::Ready);
    }
};

QTEST_GUILESS_MAIN(TestSshExec)
#include "tst_sshexec.moc"
