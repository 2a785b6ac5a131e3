// Authentication retries are bounded (issue 7, point 12): with an SSH agent holding many keys
// the server does not accept, Vigie tries at most SshCredentials::maxAgentIdentities of them,
// under the fixture sshd's MaxAuthTries, so sshd never logs "too many authentication
// failures" (what fail2ban bans on). Counted in sshd's own log (LogLevel VERBOSE). The
// distinct messages of a wrong key, a wrong passphrase and an RSA-only refusal are in
// tst_sshauth; a password-only server's is here.
#include "SshTestSupport.h"
#include "TestSupport.h"
#include "secrets/PrivateKeyFile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

class TestHardeningAuthTries : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;
    QProcess m_agent;
    QString m_socket;
    int m_maxAuthTries = 0;
    QStringList m_strangers; // keys the server does not know

    bool agentAdd(const QString& keyFile)
    {
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_socket);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {QStringLiteral("-q"), keyFile});
        return add.waitForFinished(20000) && add.exitCode() == 0;
    }
    bool agentClear()
    {
        QProcess del;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_socket);
        del.setProcessEnvironment(env);
        del.start(QStringLiteral("ssh-add"), {QStringLiteral("-D")});
        return del.waitForFinished(20000) && del.exitCode() == 0;
    }

    SshError connectWithAgent()
    {
        ConnectionSettings settings =
            fixtureSettings(m_fixture, QString(), m_dir.filePath(QStringLiteral("known_hosts")));
        settings.credentials = SshCredentials();
        settings.credentials.method = SshCredentials::Method::Agent;
        const QByteArray saved = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(m_socket));
        SshConnection connection(m_engine, settings);
        const SshError error = openAndWait(connection);
        qputenv("SSH_AUTH_SOCK", saved);
        connection.close();
        return error;
    }

    int failedAttempts() { return sshdLogCount(m_fixture, "Failed publickey for "); }
    int bans()
    {
        return sshdLogCount(m_fixture, "Too many authentication failures") +
               sshdLogCount(m_fixture, "maximum authentication attempts exceeded");
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QVERIFY(trustFixtureHostKeys(m_fixture, m_dir.filePath(QStringLiteral("known_hosts"))));
        m_engine = new SshEngine(this);

        QFile config(m_fixture.dir + QStringLiteral("/sshd_config"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const auto match = QRegularExpression(QStringLiteral("(?m)^MaxAuthTries\\s+(\\d+)"))
                               .match(QString::fromUtf8(config.readAll()));
        QVERIFY2(match.hasMatch(), "the fixture's sshd_config sets MaxAuthTries");
        m_maxAuthTries = match.captured(1).toInt();
        QVERIFY(SshCredentials().maxAgentIdentities < m_maxAuthTries);

        for (int i = 0; i < 9; ++i) {
            const QString key = m_dir.filePath(QStringLiteral("stranger%1").arg(i));
            int rc = -1;
            runProgram(QStringLiteral("ssh-keygen"),
                       {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                        QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                        QStringLiteral("stranger"), QStringLiteral("-f"), key},
                       &rc);
            QCOMPARE(rc, 0);
            m_strangers << key;
        }
        m_socket = m_dir.filePath(QStringLiteral("agent.sock"));
        m_agent.start(QStringLiteral("ssh-agent"),
                      {QStringLiteral("-D"), QStringLiteral("-a"), m_socket});
        QVERIFY(m_agent.waitForStarted());
        QTRY_VERIFY(QFile::exists(m_socket));
    }

    void cleanupTestCase()
    {
        m_agent.terminate();
        m_agent.waitForFinished();
    }

    void manyUnknownAgentKeysStayUnderMaxAuthTries()
    {
        // Nine strangers first, the right key last: out of reach without going over the limit.
        QVERIFY(agentClear());
        for (const QString& key : std::as_const(m_strangers))
            QVERIFY(agentAdd(key));
        QVERIFY(agentAdd(m_fixture.keyPath(QStringLiteral("id_ed25519"))));
        const int failedBefore = failedAttempts();
        const int bansBefore = bans();

        const SshError error = connectWithAgent();
        QCOMPARE(error.code, SshError::Code::AgentNoIdentities);
        QVERIFY(!error.message().isEmpty());
        const int tried = failedAttempts() - failedBefore;
        QVERIFY2(
            tried >= 1 && tried <= SshCredentials().maxAgentIdentities && tried < m_maxAuthTries,
            qPrintable(
                QStringLiteral("%1 keys tried, MaxAuthTries %2").arg(tried).arg(m_maxAuthTries)));
        QCOMPARE(bans() - bansBefore, 0);
    }

    void repeatedRefusalsCostOneAttemptEach()
    {
        // A key file the server does not know: one attempt per connection, never a retry loop.
        QFile keyFile(m_strangers.first());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        SshCredentials credentials;
        credentials.method = SshCredentials::Method::Key;
        credentials.keyName = QStringLiteral("stranger");
        QByteArray keyBytes = keyFile.readAll();
        const PrivateKeyParseResult parsed = PrivateKeyFile::parse(keyBytes);
        credentials.privateKey = shareSecret(std::move(keyBytes));
        QVERIFY(parsed.ok());
        credentials.publicKey = parsed.info.publicKey;
        ConnectionSettings settings =
            fixtureSettings(m_fixture, QString(), m_dir.filePath(QStringLiteral("known_hosts")));
        settings.credentials = credentials;
        const int failedBefore = failedAttempts();
        const int bansBefore = bans();
        for (int i = 0; i < 3; ++i) {
            SshConnection connection(m_engine, settings);
            QCOMPARE(openAndWait(connection).code, SshError::Code::KeyRejected);
        }
        QVERIFY2(failedAttempts() - failedBefore <= 3,
                 qPrintable(QString::number(failedAttempts() - failedBefore)));
        QCOMPARE(bans() - bansBefore, 0);
    }

    void serverWithoutKeyLoginHasItsOwnMessage()
    {
        // A second sshd on the fixture's host keys and config, but password-only: the right key
        // must get "does not accept public key authentication", not "key rejected".
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess sshd;
        sshd.start(QStringLiteral("/usr/sbin/sshd"),
                   {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                    m_fixture.dir + QStringLiteral("/sshd_config"), QStringLiteral("-o"),
                    QStringLiteral("Port=%1").arg(port), QStringLiteral("-o"),
                    QStringLiteral("PidFile=") + m_dir.filePath(QStringLiteral("sshd2.pid")),
                    QStringLiteral("-o"), QStringLiteral("PubkeyAuthentication=no"),
                    QStringLiteral("-o"), QStringLiteral("PasswordAuthentication=yes")});
        QVERIFY(sshd.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir.filePath(QStringLiteral("sshd2.pid"))), 20000);

        // The same host keys, recorded for the second port.
        QFile known(m_dir.filePath(QStringLiteral("known_hosts")));
        QVERIFY(known.open(QIODevice::ReadOnly));
        QByteArray lines = known.readAll();
        known.close();
        lines.replace("]:" + QByteArray::number(m_fixture.port) + ' ',
                      "]:" + QByteArray::number(port) + ' ');
        const QString otherKnown = m_dir.filePath(QStringLiteral("known_hosts_password_only"));
        QFile other(otherKnown);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(lines);
        other.close();

        ConnectionSettings settings =
            fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), otherKnown);
        settings.port = port;
        SshConnection connection(m_engine, settings);
        const SshError error = openAndWait(connection);
        sshd.terminate();
        sshd.waitForFinished();
        QCOMPARE(error.code, SshError::Code::NoPublicKeyAuth);
        QVERIFY(error.message().contains(QLatin1String("public key")));
    }

    void rightAgentKeyAmongFewStrangersLogsIn()
    {
        QVERIFY(agentClear());
        for (int i = 0; i < 3; ++i)
            QVERIFY(agentAdd(m_strangers.at(i)));
        QVERIFY(agentAdd(m_fixture.keyPath(QStringLiteral("id_ed25519"))));
        const SshError error = connectWithAgent();
        QVERIFY2(!error.isError(), qPrintable(error.message() + u' ' + error.detail));
    }
};

QTEST_GUILESS_MAIN(TestHardeningAuthTries)
#include "tst_hardening_authtries.moc"
