// Host key trust against the fixture sshd, cross-checked with OpenSSH's own ssh and ssh-keygen.
#include "SshTestSupport.h"

#include "ssh/KnownHosts.h"

#include <QFile>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

class TestHostKeys : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;
    int m_case = 0;

    QString freshKnownHosts() { return m_dir.filePath(QStringLiteral("kh%1").arg(++m_case)); }

    QString sshKeygenFingerprint(const QString& pubFile)
    {
        const QList<QByteArray> fields =
            runProgram(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), pubFile}).split(' ');
        return fields.size() > 1 ? QString::fromLatin1(fields.at(1)) : QString();
    }

    // Runs OpenSSH's ssh with StrictHostKeyChecking=yes against the fixture.
    int opensshConnect(const QString& knownHosts, const QString& extraOption = QString())
    {
        QStringList args = {
            QStringLiteral("-p"), QString::number(m_fixture.port),
            QStringLiteral("-i"), m_fixture.keyPath(QStringLiteral("id_ed25519")),
            QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts,
            QStringLiteral("-o"), QStringLiteral("GlobalKnownHostsFile=/dev/null")};
        args << QStringLiteral("-o")
             << (extraOption.isEmpty() ? QStringLiteral("StrictHostKeyChecking=yes") : extraOption);
        args << m_fixture.user + QLatin1Char('@') + m_fixture.host << QStringLiteral("true");
        int rc = -1;
        runProgram(QStringLiteral("ssh"), args, &rc);
        return rc;
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        m_engine = new SshEngine(this);
    }

    void firstContactWritesNothingUntilAccepted()
    {
        const QString knownHosts = freshKnownHosts();
        SshConnection connection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        HostKeyPrompt prompt;
        bool asked = false;
        connect(
            &connection, &SshConnection::hostKeyDecisionNeeded, this, [&](const HostKeyPrompt& p) {
                prompt = p;
                asked = true;
                QVERIFY(!QFile::exists(knownHosts)); // nothing written while the operator decides
                connection.rejectHostKey();
            });
        const SshError refused = openAndWait(connection);
        QVERIFY(asked);
        QCOMPARE(refused.code, SshError::Code::HostKeyNotAccepted);
        QVERIFY(!QFile::exists(knownHosts));
        // The fingerprint shown is exactly what ssh-keygen -lf prints for the host key file.
        const QString expected = sshKeygenFingerprint(m_fixture.hostKeysDir +
                                                      QStringLiteral("/ssh_host_ed25519_key.pub"));
        QVERIFY(expected.startsWith(QStringLiteral("SHA256:")));
        QCOMPARE(prompt.key.fingerprintSha256(), expected);
        QCOMPARE(prompt.port, m_fixture.port);
        QVERIFY(prompt.otherKnownTypes.isEmpty());

        // Accept: written, then logged in on the same connection.
        SshConnection second(m_engine,
                             fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        connect(&second, &SshConnection::hostKeyDecisionNeeded, this,
                [&] { second.acceptHostKey(); });
        const SshError error = openAndWait(second);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.startsWith("[127.0.0.1]:" + QByteArray::number(m_fixture.port) +
                                   " ssh-ed25519 "));
        QCOMPARE(second.hostKeyFingerprint(), expected);

        // OpenSSH accepts the line Vigie wrote, in strict mode.
        QCOMPARE(opensshConnect(knownHosts), 0);
        // And Vigie now connects without asking.
        SshConnection third(m_engine,
                            fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        QVERIFY(!openAndWait(third).isError());
    }

    void fileWrittenByOpenSshIsAccepted_data()
    {
        QTest::addColumn<bool>("hashed");
        QTest::newRow("plain") << false;
        QTest::newRow("hashed") << true;
    }

    void fileWrittenByOpenSshIsAccepted()
    {
        QFETCH(bool, hashed);
        const QString knownHosts = freshKnownHosts();
        QCOMPARE(opensshConnect(knownHosts, QStringLiteral("StrictHostKeyChecking=accept-new")), 0);
        if (hashed) {
            int rc = -1;
            runProgram(QStringLiteral("ssh-keygen"),
                       {QStringLiteral("-H"), QStringLiteral("-f"), knownHosts}, &rc);
            QCOMPARE(rc, 0);
        }
        SshConnection connection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        bool asked = false;
        connect(&connection, &SshConnection::hostKeyDecisionNeeded, this, [&] {
            asked = true;
            connection.rejectHostKey();
        });
        const SshError error = openAndWait(connection);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QVERIFY(!asked);
    }

    void changedHostKeyIsRefusedWithoutSendingCredentials()
    {
        // known_hosts holds another Ed25519 key for this host:port (a reinstalled or spoofed
        // server).
        const QString other = m_dir.filePath(QStringLiteral("impostor"));
        int rc = -1;
        runProgram(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                    QStringLiteral("-N"), QString(), QStringLiteral("-f"), other},
                   &rc);
        QCOMPARE(rc, 0);
        QFile pub(other + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const PublicKey impostor =
            PublicKey::fromAuthorizedKeysLine(QString::fromUtf8(pub.readAll()));
        const QString knownHosts = freshKnownHosts();
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# managed by hand\n");
        file.write(KnownHosts::formatLine(m_fixture.host, m_fixture.port, impostor).toUtf8() +
                   '\n');
        file.close();

        const int authBefore = sshdLogCount(m_fixture, "publickey");
        SshConnection connection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        bool asked = false;
        connect(&connection, &SshConnection::hostKeyDecisionNeeded, this, [&] {
            asked = true;
            connection.acceptHostKey();
        });
        const SshError error = openAndWait(connection);
        QVERIFY(!asked); // never a first-contact prompt for a changed key
        QCOMPARE(error.code, SshError::Code::HostKeyChanged);
        QCOMPARE(error.knownFingerprint, impostor.fingerprintSha256());
        QCOMPARE(error.offeredFingerprint,
                 sshKeygenFingerprint(m_fixture.hostKeysDir +
                                      QStringLiteral("/ssh_host_ed25519_key.pub")));
        QCOMPARE(error.knownHostsFile, knownHosts);
        QCOMPARE(error.knownHostsLine, 2);
        QVERIFY(error.message().contains(error.knownFingerprint));
        QVERIFY(error.message().contains(error.offeredFingerprint));
        QTest::qWait(200);
        QCOMPARE(sshdLogCount(m_fixture, "publickey"), authBefore); // no credentials were sent
        // The file is untouched.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
    }

    void otherKeyTypeKnownIsSaidInThePrompt()
    {
        // Only a nistp384 key is known, a type this server does not have: it offers Ed25519.
        const QString other = m_dir.filePath(QStringLiteral("p384"));
        int rc = -1;
        runProgram(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ecdsa"),
                    QStringLiteral("-b"), QStringLiteral("384"), QStringLiteral("-N"), QString(),
                    QStringLiteral("-f"), other},
                   &rc);
        QFile pub(other + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const PublicKey p384 = PublicKey::fromAuthorizedKeysLine(QString::fromUtf8(pub.readAll()));
        const QString knownHosts = freshKnownHosts();
        QString error;
        QVERIFY(KnownHosts::append(knownHosts, m_fixture.host, m_fixture.port, p384, &error));

        SshConnection connection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        HostKeyPrompt prompt;
        connect(&connection, &SshConnection::hostKeyDecisionNeeded, this,
                [&](const HostKeyPrompt& p) {
                    prompt = p;
                    connection.rejectHostKey();
                });
        openAndWait(connection);
        QCOMPARE(prompt.otherKnownTypes, QStringList{QStringLiteral("ecdsa-sha2-nistp384")});
    }

    void knownHostTypeIsPreferred()
    {
        // Only the fixture's ECDSA host key is known: Vigie asks the server for that type
        // (like OpenSSH) instead of stumbling on its Ed25519 key.
        const QString knownHosts = freshKnownHosts();
        QFile all(m_fixture.dir + QStringLiteral("/known_hosts"));
        QVERIFY(all.open(QIODevice::ReadOnly));
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const QByteArray& line : all.readAll().split('\n')) {
            if (line.contains("ecdsa-sha2-nistp256"))
                file.write(line + '\n');
        }
        file.close();
        SshConnection connection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        const SshError error = openAndWait(connection);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(connection.hostKeyFingerprint(),
                 sshKeygenFingerprint(m_fixture.hostKeysDir +
                                      QStringLiteral("/ssh_host_ecdsa_key.pub")));
    }

    void unparseableKnownHostsFailsClosed()
    {
        const QString knownHosts = freshKnownHosts();
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# ok\nthis line is garbage\n");
        file.close();
        SshConnection connection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        bool asked = false;
        connect(&connection, &SshConnection::hostKeyDecisionNeeded, this, [&] {
            asked = true;
            connection.acceptHostKey();
        });
        const SshError error = openAndWait(connection);
        QVERIFY(!asked); // never falls back to a first-contact prompt
        QCOMPARE(error.code, SshError::Code::KnownHostsUnreadable);
        QCOMPARE(error.knownHostsLine, 2);
        QCOMPARE(error.knownHostsFile, knownHosts);
        QVERIFY(error.message().contains(knownHosts));
    }

    void unknownHostWithNobodyToAskIsRefused()
    {
        const QString knownHosts = freshKnownHosts();
        SshConnection connection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        const SshError error = openAndWait(connection);
        QCOMPARE(error.code, SshError::Code::HostKeyUnknown);
        QVERIFY(!QFile::exists(knownHosts));
    }
};

QTEST_GUILESS_MAIN(TestHostKeys)
#include "tst_hostkeys.moc"
