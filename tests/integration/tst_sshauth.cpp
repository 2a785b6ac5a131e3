// Authentication against the fixture's real sshd: every key type, passphrases, refusals, agent.
#include "SshTestSupport.h"

#include "secrets/PrivateKeyFile.h"
#include "ssh/SshLibrary.h"

#include <QProcess>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

class TestSshAuth : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;

    QString knownHosts() const { return m_dir.filePath(QStringLiteral("known_hosts")); }

    SshError connectWith(const SshCredentials& credentials)
    {
        ConnectionSettings settings = fixtureSettings(m_fixture, QString(), knownHosts());
        settings.credentials = credentials;
        SshConnection connection(m_engine, settings);
        const SshError error = openAndWait(connection);
        if (!error.isError()) {
            const ExecCapture run = execAndWait(connection, QStringLiteral("echo authenticated"));
            if (run.out != "authenticated\n")
                return SshError::make(SshError::Code::ChannelFailed, QStringLiteral("test"), 0,
                                      QStringLiteral("command after login failed"));
        }
        return error;
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts()));
        m_engine = new SshEngine(this);
    }

    void keyTypesLogIn_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("ed25519") << QStringLiteral("id_ed25519");
        QTest::newRow("ecdsa") << QStringLiteral("id_ecdsa");
    }

    void keyTypesLogIn()
    {
        QFETCH(QString, key);
        const SshError error = connectWith(keyCredentials(m_fixture, key));
        QVERIFY2(!error.isError(), qPrintable(error.message() + QLatin1Char(' ') + error.detail));
    }

    void passphraseKeyWithRightPassphrase()
    {
        const SshCredentials credentials =
            keyCredentials(m_fixture, QStringLiteral("id_ed25519_pass"), m_fixture.passphrase());
        QVERIFY(credentials.encrypted);
        const SshError error = connectWith(credentials);
        QVERIFY2(!error.isError(), qPrintable(error.message() + QLatin1Char(' ') + error.detail));
    }

    void passphraseAskedThenAccepted()
    {
        ConnectionSettings settings =
            fixtureSettings(m_fixture, QStringLiteral("id_ed25519_pass"), knownHosts());
        SshConnection connection(m_engine, settings);
        QList<bool> asks;
        connect(&connection, &SshConnection::passphraseNeeded, this,
                [&](const QString&, bool previousWasWrong) {
                    asks.append(previousWasWrong);
                    // First a wrong answer, then the right one: the session survives both.
                    connection.providePassphrase(asks.size() == 1 ? QByteArray("wrong")
                                                                  : m_fixture.passphrase());
                });
        const SshError error = openAndWait(connection);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(asks, (QList<bool>{false, true}));
    }

    void wrongPassphraseHasItsOwnMessageAndCostsNoServerAttempt()
    {
        const int attemptsBefore = sshdLogCount(m_fixture, "publickey");
        const SshError error = connectWith(keyCredentials(
            m_fixture, QStringLiteral("id_ed25519_pass"), QByteArray("not the passphrase")));
        QCOMPARE(error.code, SshError::Code::WrongPassphrase);
        QVERIFY(error.message().contains(QStringLiteral("passphrase")));
        QVERIFY(!error.message().contains(QStringLiteral("not the passphrase")));
        QVERIFY(!error.detail.contains(QStringLiteral("not the passphrase")));
        // The key is decrypted locally first: sshd never saw a publickey attempt.
        QTest::qWait(200);
        QCOMPARE(sshdLogCount(m_fixture, "publickey"), attemptsBefore);
    }

    void missingPassphraseWithNobodyToAsk()
    {
        const SshError error =
            connectWith(keyCredentials(m_fixture, QStringLiteral("id_ed25519_pass")));
        QCOMPARE(error.code, SshError::Code::PassphraseRequired);
    }

    void unknownKeyIsRejected()
    {
        const SshError error = connectWith(keyCredentials(m_fixture, QStringLiteral("id_unknown")));
        QCOMPARE(error.code, SshError::Code::KeyRejected);
        QVERIFY(error.message().contains(QStringLiteral("authorized_keys")));
    }

    void rsaKeyGetsTheSpecificMessage()
    {
        const SshError error = connectWith(keyCredentials(m_fixture, QStringLiteral("id_rsa")));
        if (SshLibrary::canSignRsaSha2()) {
            // libssh2 >= 1.11 signs with rsa-sha2-256/512: the key simply works.
            QVERIFY2(!error.isError(), qPrintable(error.message()));
            return;
        }
        QCOMPARE(error.code, SshError::Code::RsaSha2Unsupported);
        QVERIFY(error.message().contains(QStringLiteral("Ed25519")));
        QVERIFY(error.message().contains(QStringLiteral("1.11")));
    }

    void keyGeneratedByVigieLogsIn()
    {
        // The key Vigie generates, once its line is in authorized_keys, logs in through libssh2.
        SshCredentials credentials;
        QByteArray generated =
            PrivateKeyFile::generateEd25519(QStringLiteral("vigie-test@example.test"));
        const PrivateKeyParseResult parsed = PrivateKeyFile::parse(generated);
        credentials.privateKey = shareSecret(std::move(generated));
        QVERIFY(parsed.ok());
        credentials.publicKey = parsed.info.publicKey;
        QFile authorized(m_fixture.dir + QStringLiteral("/authorized_keys"));
        QVERIFY(authorized.open(QIODevice::ReadOnly));
        const QByteArray original = authorized.readAll();
        authorized.close();
        QVERIFY(authorized.open(QIODevice::Append));
        authorized.write(parsed.info.publicKey.authorizedKeysLine(parsed.info.comment).toUtf8() +
                         '\n');
        authorized.close();
        const SshError error = connectWith(credentials);
        QVERIFY(authorized.open(QIODevice::WriteOnly | QIODevice::Truncate));
        authorized.write(original);
        authorized.close();
        QVERIFY2(!error.isError(), qPrintable(error.message() + QLatin1Char(' ') + error.detail));
    }

    void agentAuthentication()
    {
        // A real ssh-agent holding the fixture's Ed25519 key.
        const QString socket = m_dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"),
                    {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY(QFile::exists(socket));
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {m_fixture.keyPath(QStringLiteral("id_ed25519"))});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);

        const QByteArray saved = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
        SshCredentials credentials;
        credentials.method = SshCredentials::Method::Agent;
        const SshError error = connectWith(credentials);
        qunsetenv("SSH_AUTH_SOCK");
        const SshError noAgent = connectWith(credentials);
        qputenv("SSH_AUTH_SOCK", saved);
        agent.terminate();
        agent.waitForFinished();

        QVERIFY2(!error.isError(), qPrintable(error.message() + QLatin1Char(' ') + error.detail));
        QCOMPARE(noAgent.code, SshError::Code::AgentUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestSshAuth)
#include "tst_sshauth.moc"
