// A keychain that never answers (issue 7, point 5: a silent peer gives a clear message): the
// real gnome-keyring-daemon of the test session is frozen with SIGSTOP while Vigie reads a key
// from it. The connection says it is reading the keychain, fails after the configured wait with
// a message that names the keychain, and sends nothing to the server meanwhile. Once the daemon
// runs again, the same connection works.
#include "SshTestSupport.h"
#include "TestSupport.h"
#include "fleet/ServerConnections.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <signal.h>

using namespace vigie;
using namespace vigie::test;

namespace {
constexpr int WaitMs = 30000;

// The process that owns org.freedesktop.secrets on the session bus, or 0.
pid_t secretServicePid()
{
    QProcess query;
    query.start(QStringLiteral("dbus-send"),
                {QStringLiteral("--session"), QStringLiteral("--print-reply=literal"),
                 QStringLiteral("--dest=org.freedesktop.DBus"),
                 QStringLiteral("/org/freedesktop/DBus"),
                 QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                 QStringLiteral("string:org.freedesktop.secrets")});
    if (!query.waitForFinished(10000) || query.exitCode() != 0)
        return 0;
    const QList<QByteArray> words = query.readAllStandardOutput().simplified().split(' ');
    return pid_t(words.value(words.size() - 1).toLong());
}
} // namespace

class TestHardeningKeychainHang : public QObject
{
    Q_OBJECT

    IsolatedHome m_home;
    Fixture m_fixture;
    std::unique_ptr<SshEngine> m_engine;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<KeyRing> m_keyRing;
    pid_t m_daemon = 0;
    bool m_frozen = false;
    pid_t m_watchdog = 0;

    void thaw()
    {
        if (m_frozen)
            ::kill(m_daemon, SIGCONT);
        m_frozen = false;
        if (m_watchdog > 0)
            ::kill(m_watchdog, SIGTERM);
        m_watchdog = 0;
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        m_daemon = secretServicePid();
        QVERIFY2(m_daemon > 1, "no Secret Service on the session bus (run under "
                               "tests/fixtures/with-secret-service.sh)");
        m_engine = std::make_unique<SshEngine>();
        m_store = std::make_unique<SecretStore>(QStringLiteral("Vigie-test-keychainhang"));
        m_keyRing = std::make_unique<KeyRing>(m_store.get());
        QVERIFY(m_keyRing->load());
        bool done = false;
        QString error;
        m_keyRing->importFile(QStringLiteral("hang-key"),
                              m_fixture.keyPath(QStringLiteral("id_ed25519")), {}, false, this,
                              [&](const KeyResult& result) {
                                  done = true;
                                  error = result.error;
                              });
        QTRY_VERIFY_WITH_TIMEOUT(done, WaitMs);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        thaw();
        if (!m_keyRing)
            return;
        bool done = false;
        m_keyRing->remove(QStringLiteral("hang-key"), this,
                          [&done](const QString&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, WaitMs);
    }

    void frozenKeychainFailsWithItsOwnMessage()
    {
        const QString knownHosts = m_home.path() + QStringLiteral("/known_hosts");
        QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts));
        ServerConnections connections(m_engine.get(), m_keyRing.get());
        connections.setCredentialsTimeoutMs(1500);
        connections.setKnownHostsFile(knownHosts);
        Server server;
        server.id = QStringLiteral("hang");
        server.name = QStringLiteral("hang");
        server.host = m_fixture.host;
        server.port = m_fixture.port;
        server.user = m_fixture.user;
        server.auth = Server::Auth::Key;
        server.keyName = QStringLiteral("hang-key");
        SshConnection* connection = connections.connectionFor(server);

        QList<SshState> states;
        connect(connection, &SshConnection::stateChanged, this,
                [&states](SshState state) { states.append(state); });
        const int sessionsBefore = sshdLogCount(m_fixture, "Accepted publickey");
        // Thawed below; the detached watchdog thaws it even if this test crashes meanwhile, so
        // the tests after this one still have a keychain.
        qint64 watchdog = 0;
        QVERIFY(QProcess::startDetached(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("exec >/dev/null 2>&1; sleep 15; kill -CONT %1").arg(m_daemon)},
            {}, &watchdog));
        m_watchdog = pid_t(watchdog);
        QCOMPARE(::kill(m_daemon, SIGSTOP), 0);
        m_frozen = true;
        const SshError error = openAndWait(*connection, WaitMs);
        thaw();

        QCOMPARE(error.code, SshError::Code::KeyUnavailable);
        QVERIFY2(error.message().contains(QLatin1String("keychain did not answer within 1 second")),
                 qPrintable(error.message()));
        QCOMPARE(states.value(0), SshState::LoadingCredentials);
        // Nothing went to the network while the key could not be read.
        QVERIFY(!states.contains(SshState::Resolving));
        QVERIFY(!states.contains(SshState::Connecting));
        QCOMPARE(states.constLast(), SshState::Failed);

        // The daemon answers again: connecting again works, with the same connection object.
        states.clear();
        const SshError second = openAndWait(*connection, WaitMs);
        QVERIFY2(!second.isError(), qPrintable(second.message()));
        QCOMPARE(connection->state(), SshState::Ready);
        QTRY_COMPARE_WITH_TIMEOUT(sshdLogCount(m_fixture, "Accepted publickey"), sessionsBefore + 1,
                                  WaitMs);
    }
};

QTEST_GUILESS_MAIN(TestHardeningKeychainHang)
#include "tst_hardening_keychainhang.moc"
