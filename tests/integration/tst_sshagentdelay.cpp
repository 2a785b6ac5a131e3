// Issue 17, item 10: an SSH agent that takes its time (waiting for an ssh-add -c confirmation
// or a hardware token) does not stall the other sessions of the same engine.
//
// A real agent-protocol proxy (a QLocalServer on this test's main thread) stands between
// Vigie and a real ssh-agent holding the fixture key, and holds each of the agent's answers
// back for 10 s. While one connection authenticates through it, another, already connected to
// the fixture sshd on the same SshEngine, keeps running commands: about 20 s of agent delay
// leave room for some thirty of them. With libssh2's blocking agent calls each 10 s wait froze
// the I/O thread and at most a few got through. The slow connection must still log in.
//
// How long the slowest command took is reported, not judged: on this machine a command on the
// already-connected session now and then takes 8 to 15 s, also before the slow agent is used
// at all (seen in the baseline once), so it is not the agent's doing; its cause is not known.
#include "SshTestSupport.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

namespace {

constexpr int AgentDelayMs = 10000;

// Forwards requests at once and the agent's answers AgentDelayMs later.
class DelayingAgentProxy : public QObject
{
public:
    DelayingAgentProxy(QString agentSocket, QObject* parent = nullptr)
        : QObject(parent)
        , m_agentSocket(std::move(agentSocket))
    {
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* client = m_server.nextPendingConnection())
                relay(client);
        });
    }
    bool listen(const QString& path) { return m_server.listen(path); }
    int delayedAnswers() const { return m_delayedAnswers; }

private:
    void relay(QLocalSocket* client)
    {
        auto* agent = new QLocalSocket(client);
        agent->connectToServer(m_agentSocket);
        connect(client, &QLocalSocket::readyRead, agent,
                [client, agent] { agent->write(client->readAll()); });
        connect(agent, &QLocalSocket::readyRead, client, [this, client, agent] {
            const QByteArray answer = agent->readAll();
            ++m_delayedAnswers;
            QTimer::singleShot(AgentDelayMs, client, [client, answer] { client->write(answer); });
        });
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
    }

    QString m_agentSocket;
    QLocalServer m_server;
    int m_delayedAnswers = 0;
};

} // namespace

class TestSshAgentDelay : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QVERIFY(trustFixtureHostKeys(m_fixture, m_dir.filePath(QStringLiteral("known_hosts"))));
    }

    void slowAgentDoesNotStallOtherSessions()
    {
        const QString agentSocket = m_dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"),
                    {QStringLiteral("-D"), QStringLiteral("-a"), agentSocket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY(QFile::exists(agentSocket));
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), agentSocket);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {m_fixture.keyPath(QStringLiteral("id_ed25519"))});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);

        DelayingAgentProxy proxy(agentSocket);
        const QString proxySocket = m_dir.filePath(QStringLiteral("slow-agent.sock"));
        QVERIFY(proxy.listen(proxySocket));
        const QByteArray savedSocket = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(proxySocket));

        SshEngine engine;
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        SshConnection busy(&engine,
                           fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        const SshError busyError = openAndWait(busy);
        QVERIFY2(!busyError.isError(), qPrintable(busyError.message()));

        qint64 baseline = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer tick;
            tick.start();
            QCOMPARE(execAndWait(busy, QStringLiteral("echo tick")).out, QByteArray("tick\n"));
            baseline = qMax(baseline, tick.elapsed());
        }

        ConnectionSettings slowSettings = fixtureSettings(m_fixture, QString(), knownHosts);
        slowSettings.credentials.method = SshCredentials::Method::Agent;
        SshConnection slow(&engine, slowSettings);
        bool slowDone = false;
        SshError slowError;
        connect(&slow, &SshConnection::connected, this, [&slowDone] { slowDone = true; });
        connect(&slow, &SshConnection::connectionFailed, this, [&](const SshError& error) {
            slowError = error;
            slowDone = true;
        });
        QElapsedTimer sinceOpen;
        sinceOpen.start();
        slow.open();

        // The other session refreshes while the agent keeps its answers back.
        int ticks = 0;
        qint64 slowest = 0;
        while (!slowDone && sinceOpen.elapsed() < 60000) {
            QElapsedTimer tick;
            tick.start();
            const ExecCapture run = execAndWait(busy, QStringLiteral("echo tick"), {}, 30000);
            slowest = qMax(slowest, tick.elapsed());
            QCOMPARE(run.out, QByteArray("tick\n"));
            ++ticks;
            QTest::qWait(100);
        }
        const qint64 slowLogin = sinceOpen.elapsed();
        qputenv("SSH_AUTH_SOCK", savedSocket);

        QVERIFY(slowDone);
        QVERIFY2(!slowError.isError(),
                 qPrintable(slowError.message() + QLatin1Char(' ') + slowError.detail));
        // The agent was slow indeed (list of keys, then the signature: 10 s each)...
        QVERIFY(proxy.delayedAnswers() >= 2);
        QVERIFY2(slowLogin >= 2 * AgentDelayMs - 500, qPrintable(QString::number(slowLogin)));
        // ...and the other session kept working meanwhile (see the top of this file).
        qInfo("%d commands while the agent held its answers; slowest %lld ms (baseline %lld ms)",
              ticks, slowest, baseline);
        QVERIFY2(ticks >= 8, qPrintable(QString::number(ticks)));
        const ExecCapture after = execAndWait(slow, QStringLiteral("echo agent"));
        QCOMPARE(after.out, QByteArray("agent\n"));

        agent.terminate();
        agent.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestSshAgentDelay)
#include "tst_sshagentdelay.moc"
