// Faults: closed port, a server that never speaks, unknown names, sshd dying mid-command,
// a server that stalls mid-output, a peer that stops answering. Each gives its own error; the event
// loop never stalls.
#include "SshTestSupport.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

namespace {

// Measures the longest gap between ticks of a 10 ms timer: a blocked event loop shows up here.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_clock.start();
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_worst = qMax(m_worst, m_clock.restart()); });
        m_timer.start();
    }
    qint64 worstGapMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

} // namespace

class TestSshFaults : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;

    QString knownHosts() const { return m_dir.filePath(QStringLiteral("known_hosts")); }

    ConnectionSettings settingsFor(const QString& host, quint16 port)
    {
        ConnectionSettings settings =
            fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts());
        settings.host = host;
        settings.port = port;
        return settings;
    }

    // All processes below the fixture's sshd listener (the live sessions).
    QStringList sessionPids()
    {
        QStringList pids;
        QStringList frontier = {QString::number(m_fixture.sshdPid)};
        while (!frontier.isEmpty()) {
            const QString parent = frontier.takeFirst();
            const QByteArray out =
                runProgram(QStringLiteral("pgrep"), {QStringLiteral("-P"), parent});
            for (const QByteArray& pid : out.split('\n')) {
                if (!pid.trimmed().isEmpty()) {
                    pids.append(QString::fromLatin1(pid.trimmed()));
                    frontier.append(pids.last());
                }
            }
        }
        return pids;
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts()));
        m_engine = new SshEngine(this);
    }

    void closedPortIsRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        SshConnection connection(m_engine, settingsFor(QStringLiteral("127.0.0.1"), port));
        const SshError error = openAndWait(connection);
        QCOMPARE(error.code, SshError::Code::ConnectionRefused);
        QVERIFY(error.message().contains(QString::number(port)));
    }

    void silentServerTimesOutWithoutStallingTheEventLoop()
    {
        // Accepts TCP, never says a word (not even the SSH banner).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { held.append(silent.nextPendingConnection()); });
        ConnectionSettings settings = settingsFor(QStringLiteral("127.0.0.1"), silent.serverPort());
        settings.connectTimeoutMs = 1500;
        SshConnection connection(m_engine, settings);
        StallMeter meter;
        QElapsedTimer timer;
        timer.start();
        const SshError error = openAndWait(connection, 10000);
        QCOMPARE(error.code, SshError::Code::Timeout);
        QVERIFY(timer.elapsed() >= 1400);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY2(meter.worstGapMs() < 250, qPrintable(QString::number(meter.worstGapMs())));
        QCOMPARE(held.size(), 1);
        qDeleteAll(held);
    }

    void unknownHostName()
    {
        SshConnection connection(m_engine, settingsFor(QStringLiteral("no-such-host.invalid"), 22));
        const SshError error = openAndWait(connection);
        QCOMPARE(error.code, SshError::Code::HostNotFound);
        QVERIFY(error.message().contains(QStringLiteral("no-such-host.invalid")));
    }

    void sshdKilledDuringACommand()
    {
        SshConnection connection(m_engine, settingsFor(m_fixture.host, m_fixture.port));
        QVERIFY(!openAndWait(connection).isError());
        ExecJob* job = connection.exec(QStringLiteral("echo started; sleep 30; echo never"));
        QByteArray out;
        bool finished = false;
        ExecResult result;
        connect(job, &ExecJob::stdoutReceived, this, [&](const QByteArray& d) { out += d; });
        connect(job, &ExecJob::finished, this, [&](const ExecResult& r) {
            result = r;
            finished = true;
        });
        QTRY_COMPARE_WITH_TIMEOUT(out, QByteArray("started\n"), 10000);
        StallMeter meter;
        int rc = -1;
        const QStringList pids = sessionPids();
        QVERIFY(!pids.isEmpty());
        runProgram(QStringLiteral("kill"), QStringList{QStringLiteral("-KILL")} + pids, &rc);
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QCOMPARE(result.outcome, ExecResult::Outcome::Unknown); // never success, never "exit 0"
        QVERIFY(!result.succeeded());
        QCOMPARE(result.error.code, SshError::Code::ConnectionLost);
        QTRY_COMPARE(connection.state(), SshState::Failed);
        QVERIFY(meter.worstGapMs() < 250);
        delete job;

        // The listener survived: the next command reconnects on its own.
        const ExecCapture again = execAndWait(connection, QStringLiteral("echo back"));
        QCOMPARE(again.out, QByteArray("back\n"));
        QCOMPARE(connection.state(), SshState::Ready);
    }

    void serverStallingMidOutputIsDetected()
    {
        // Output pours in, then the server freezes in the middle of it (SIGSTOP: TCP stays up,
        // not one more byte). Keepalives notice; the command is never reported as a success, what
        // arrived before the stall is kept, and the event loop never waits on the silence.
        ConnectionSettings settings = settingsFor(m_fixture.host, m_fixture.port);
        settings.keepaliveIntervalS = 1;
        settings.keepaliveCountMax = 2;
        SshConnection connection(m_engine, settings);
        QVERIFY(!openAndWait(connection).isError());
        ExecJob* job = connection.exec(
            QStringLiteral("i=0; while [ $i -lt 200000 ]; do echo line-$i; i=$((i+1)); done"));
        QByteArray out;
        bool finished = false;
        ExecResult result;
        connect(job, &ExecJob::stdoutReceived, this, [&](const QByteArray& d) { out += d; });
        connect(job, &ExecJob::finished, this, [&](const ExecResult& r) {
            result = r;
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(out.size() > 64 * 1024, 10000);
        StallMeter meter;
        // A short-lived process of the session may exit between the listing and the kill
        // (kill then says 1 for it and stops the others): list again until every one is hit.
        int rc = -1;
        QStringList pids;
        for (int attempt = 0; attempt < 5 && rc != 0; ++attempt) {
            pids = sessionPids();
            QVERIFY(!pids.isEmpty());
            runProgram(QStringLiteral("kill"), QStringList{QStringLiteral("-STOP")} + pids, &rc);
        }
        QCOMPARE(rc, 0);
        const qsizetype atStall = out.size();
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
        const qint64 detectedMs = timer.elapsed();
        runProgram(QStringLiteral("kill"), QStringList{QStringLiteral("-KILL")} + pids, &rc);
        QVERIFY(!result.succeeded());
        QVERIFY(result.outcome != ExecResult::Outcome::Exited);
        QCOMPARE(result.error.code, SshError::Code::ConnectionLost);
        QVERIFY2(detectedMs < 10000, qPrintable(QString::number(detectedMs)));
        // What was already on its way is kept; the last line before the stall may be cut.
        QVERIFY(out.size() >= atStall);
        QVERIFY(out.startsWith("line-0\nline-1\n"));
        QVERIFY2(meter.worstGapMs() < 250, qPrintable(QString::number(meter.worstGapMs())));
        delete job;
    }

    void frozenPeerIsDetectedByKeepalives()
    {
        ConnectionSettings settings = settingsFor(m_fixture.host, m_fixture.port);
        settings.keepaliveIntervalS = 1;
        settings.keepaliveCountMax = 2;
        SshConnection connection(m_engine, settings);
        QVERIFY(!openAndWait(connection).isError());
        // SIGSTOP every session process: TCP stays up, but nothing answers any more.
        const QStringList pids = sessionPids();
        QVERIFY(!pids.isEmpty());
        int rc = -1;
        runProgram(QStringLiteral("kill"), QStringList{QStringLiteral("-STOP")} + pids, &rc);
        QCOMPARE(rc, 0);
        bool failed = false;
        SshError error;
        connect(&connection, &SshConnection::connectionFailed, this, [&](const SshError& e) {
            error = e;
            failed = true;
        });
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed, 15000);
        runProgram(QStringLiteral("kill"), QStringList{QStringLiteral("-KILL")} + pids, &rc);
        QCOMPARE(error.code, SshError::Code::ConnectionLost);
        QVERIFY(error.detail.contains(QStringLiteral("keepalive")));
        QVERIFY(timer.elapsed() < 10000);
    }
};

QTEST_GUILESS_MAIN(TestSshFaults)
#include "tst_sshfaults.moc"
