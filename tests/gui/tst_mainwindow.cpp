// The main window with the real engine: empty state, fleet tree, and "Connect and test"
// against the fixture sshd through the real keychain, answering the host key and passphrase
// dialogs the way an operator would.

#include "MainWindow.h"
#include "TestSupport.h"
#include "core/AppPaths.h"
#include "dialogs/HostKeyDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "fleet/Fleet.h"
#include "fleet/ServerConnections.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "ssh/SshConnection.h"
#include "ssh/SshEngine.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace vigie;

namespace {
constexpr int ConnectTimeoutMs = 30000;
}

class TestMainWindow : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home; // before any Vigie object
    test::Fixture m_fixture;
    std::unique_ptr<SshEngine> m_engine;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<KeyRing> m_keyRing;
    std::unique_ptr<Fleet> m_fleet;
    std::unique_ptr<ServerConnections> m_connections;
    std::unique_ptr<MainWindow> m_window;
    QElapsedTimer m_stepTimer;

    template <typename T> T* child(const char* name) const
    {
        return m_window->findChild<T*>(QLatin1String(name));
    }
    QString testOutput() const { return child<QPlainTextEdit>("testOutput")->toPlainText(); }
    QString testError() const { return child<MessageBanner>("testError")->text(); }

    bool importKey(const QString& name, const QString& file, const QByteArray& passphrase = {},
                   bool remember = false)
    {
        bool done = false;
        QString error;
        m_keyRing->importFile(name, m_fixture.keyPath(file), passphrase, remember, this,
                              [&](const KeyResult& result) {
                                  done = true;
                                  error = result.error;
                              });
        if (!QTest::qWaitFor([&done] { return done; }, 20000) || !error.isEmpty()) {
            qWarning("import failed: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    QString addServer(const QString& name, const QString& keyName, quint16 port = 0,
                      const QString& group = {})
    {
        Server server;
        server.name = name;
        server.host = m_fixture.host;
        server.port = port ? port : m_fixture.port;
        server.user = m_fixture.user;
        server.auth = Server::Auth::Key;
        server.keyName = keyName;
        server.group = group;
        const QString error = m_fleet->add(server);
        if (!error.isEmpty())
            qWarning("add failed: %s", qPrintable(error));
        return m_fleet->find(name) ? m_fleet->find(name)->id : QString();
    }

    void writeKnownHosts(const QByteArray& contents)
    {
        QVERIFY(AppPaths::ensureDir(AppPaths::dataDir()));
        QFile file(AppPaths::knownHostsFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
    }

    QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_fixture = test::Fixture::load();
        QVERIFY(m_fixture.isValid());
        m_engine = std::make_unique<SshEngine>();
        m_store = std::make_unique<SecretStore>(QStringLiteral("Vigie-test-gui"));
        m_keyRing = std::make_unique<KeyRing>(m_store.get());
        QVERIFY(m_keyRing->load());
        m_fleet = std::make_unique<Fleet>();
        QVERIFY(m_fleet->load());
        m_connections = std::make_unique<ServerConnections>(m_engine.get(), m_keyRing.get());
        m_window =
            std::make_unique<MainWindow>(m_fleet.get(), m_keyRing.get(), m_connections.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_connections.reset();
        for (const KeyInfo& key : m_keyRing->keys()) {
            bool done = false;
            m_keyRing->remove(key.name, this, [&done](const QString&) { done = true; });
            QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
        }
    }

    // Each function's duration is printed, so a slow CI run shows which step waited.
    void init() { m_stepTimer.start(); }
    void cleanup()
    {
        qInfo("%s took %lld ms", QTest::currentTestFunction(), qlonglong(m_stepTimer.elapsed()));
    }

    void emptyState()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Vigie"));
        QVERIFY(child<QWidget>("emptyState")->isVisible());
        QVERIFY(!child<QTreeView>("fleetTree")->isVisible());
        QVERIFY(child<QPushButton>("emptyStateAddServer")->isVisible());
        QVERIFY(child<QPushButton>("emptyStateKeys")->isVisible());
        QVERIFY(!child<QAction>("actionConnectTest")->isEnabled());
    }

    void serverAppearsInTree()
    {
        const QString id = addServer(QStringLiteral("fixture"), QStringLiteral("fixture-key"));
        QVERIFY(!id.isEmpty());
        auto* tree = child<QTreeView>("fleetTree");
        QVERIFY(tree->isVisible());
        QVERIFY(!child<QWidget>("emptyState")->isVisible());
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("fixture"));
        QCOMPARE(tree->model()->index(0, 1).data().toString(), QStringLiteral("not connected"));
        QVERIFY(!tree->model()->index(0, 0).data(Qt::DecorationRole).isNull());
        // The first server is selected, so the overview shows it.
        QCOMPARE(m_window->currentServerId(), id);
        QCOMPARE(child<QLabel>("overviewName")->text(), QStringLiteral("fixture"));
        QVERIFY(child<QAction>("actionConnectTest")->isEnabled());

        // Grouped servers go under their group.
        addServer(QStringLiteral("grouped"), QStringLiteral("fixture-key"), 0,
                  QStringLiteral("prod"));
        QCOMPARE(tree->model()->rowCount(), 2);
        const QModelIndex group = tree->model()->index(0, 0);
        QCOMPARE(group.data().toString(), QStringLiteral("prod"));
        QCOMPARE(tree->model()->rowCount(group), 1);
        QCOMPARE(tree->model()->index(0, 0, group).data().toString(), QStringLiteral("grouped"));
        QCOMPARE(m_window->currentServerId(), id); // the selection survives the change

        // The server's context menu holds the Server menu's actions.
        const QModelIndex server = tree->model()->index(1, 0);
        const QPoint pos = tree->visualRect(server).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(tree->viewport(), &event);
        auto* menu = tree->findChild<QMenu*>();
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(child<QAction>("actionConnectTest")));
        QVERIFY(menu->actions().contains(child<QAction>("actionEditServer")));
        QVERIFY(menu->actions().contains(child<QAction>("actionRemoveServer")));
        menu->close();
    }

    void connectAndTestPreTrusted()
    {
        QVERIFY(importKey(QStringLiteral("fixture-key"), QStringLiteral("id_ed25519")));
        // The fixture's own known_hosts lines, as an operator who already trusts the server.
        writeKnownHosts(readFile(m_fixture.dir + QStringLiteral("/known_hosts")));
        const QString id = m_fleet->find(QStringLiteral("fixture"))->id;
        m_window->selectServer(id);
        child<QAction>("actionConnectTest")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(testOutput().contains(QLatin1String("Linux")) ||
                                     !testError().isEmpty(),
                                 ConnectTimeoutMs);
        QVERIFY2(testError().isEmpty(), qPrintable(testError()));
        QVERIFY2(testOutput().contains(QLatin1String("load average")), qPrintable(testOutput()));
        QVERIFY(!m_window->findChild<HostKeyDialog*>());
        QVERIFY(child<QLabel>("testSummary")->text().contains(QLatin1String("ms")));
        QVERIFY(child<QLabel>("overviewHostKey")->text().startsWith(QLatin1String("SHA256:")));
        QCOMPARE(child<QLabel>("statusConnection")->text(), QStringLiteral("fixture: connected"));
        auto* tree = child<QTreeView>("fleetTree");
        const QModelIndex row = tree->model()->index(1, 1); // after the "prod" group
        QCOMPARE(row.data().toString(), QStringLiteral("connected"));
    }

    void connectAndTestTrustingInDialog()
    {
        QFile::remove(AppPaths::knownHostsFile());
        const QString id = addServer(QStringLiteral("fixture-new"), QStringLiteral("fixture-key"));
        m_window->selectServer(id);
        child<QAction>("actionConnectTest")->trigger();
        HostKeyDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<HostKeyDialog*>()) != nullptr,
                                 ConnectTimeoutMs);
        QCOMPARE(dialog->mode(), HostKeyDialog::Mode::FirstContact);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        const QString shown =
            dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"))->text();
        // Nothing is written before the operator trusts the key.
        QVERIFY(!QFile::exists(AppPaths::knownHostsFile()) ||
                readFile(AppPaths::knownHostsFile()).trimmed().isEmpty());
        dialog->findChild<QPushButton*>(QStringLiteral("trustButton"))->click();

        QTRY_VERIFY_WITH_TIMEOUT(testOutput().contains(QLatin1String("Linux")) ||
                                     !testError().isEmpty(),
                                 ConnectTimeoutMs);
        QVERIFY2(testError().isEmpty(), qPrintable(testError()));
        QCOMPARE(child<QLabel>("overviewHostKey")->text(), shown);
        const QByteArray knownHosts = readFile(AppPaths::knownHostsFile());
        QVERIFY2(knownHosts.contains(
                     QStringLiteral("[%1]:%2 ").arg(m_fixture.host).arg(m_fixture.port).toUtf8()),
                 knownHosts.constData());
    }

    void passphraseIsAsked()
    {
        QVERIFY(importKey(QStringLiteral("fixture-pass"), QStringLiteral("id_ed25519_pass")));
        const QString id =
            addServer(QStringLiteral("fixture-pass"), QStringLiteral("fixture-pass"));
        m_window->selectServer(id);
        child<QAction>("actionConnectTest")->trigger();

        // A wrong passphrase first: the dialog comes back and says so.
        PassphraseDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PassphraseDialog*>()) != nullptr,
                                 ConnectTimeoutMs);
        QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("wrongPassphrase")));
        dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))
            ->setText(QStringLiteral("nope"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PassphraseDialog*>()) != nullptr &&
                                     dialog->findChild<QWidget*>(QStringLiteral("wrongPassphrase")),
                                 ConnectTimeoutMs);
        dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))
            ->setText(QString::fromUtf8(m_fixture.passphrase()));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(testOutput().contains(QLatin1String("Linux")) ||
                                     !testError().isEmpty(),
                                 ConnectTimeoutMs);
        QVERIFY2(testError().isEmpty(), qPrintable(testError()));
    }

    void failureIsShown()
    {
        // Nothing listens on a port just released: the translated reason reaches the overview,
        // tree and status bar.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress(m_fixture.host)));
            closedPort = probe.serverPort();
        }
        const QString id =
            addServer(QStringLiteral("closed-port"), QStringLiteral("fixture-key"), closedPort);
        // Agent login: this test is about showing a failure, so the keychain read (tested above,
        // and with a frozen keychain in tst_hardening_keychainhang) is kept out of its timing.
        std::optional<Server> server = m_fleet->find(id);
        QVERIFY(server);
        server->auth = Server::Auth::Agent;
        QCOMPARE(m_fleet->update(*server), QString());
        m_window->selectServer(id);
        child<QAction>("actionConnectTest")->trigger();
        // On failure, say where the connection stood (keychain, TCP, handshake…).
        QTRY_VERIFY2_WITH_TIMEOUT(
            !testError().isEmpty(),
            qPrintable(m_connections->connectionFor(*m_fleet->find(id))->state() ==
                               SshState::LoadingCredentials
                           ? QStringLiteral("still reading the keychain")
                           : child<QLabel>("statusConnection")->text()),
            ConnectTimeoutMs);
        QVERIFY2(testError().contains(QLatin1String("refused")), qPrintable(testError()));
        QVERIFY(testOutput().isEmpty());
        QCOMPARE(child<QLabel>("statusConnection")->text(), QStringLiteral("closed-port: failed"));
        auto* tree = child<QTreeView>("fleetTree");
        const QModelIndex index = tree->currentIndex().siblingAtColumn(1);
        QCOMPARE(index.data().toString(), QStringLiteral("failed: ") + testError());
    }

    void changedHostKeyBlocks()
    {
        // Record another Ed25519 key for the fixture's address, as if the server had been replaced.
        QFile pub(m_fixture.keyPath(QStringLiteral("id_ed25519.pub")));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
        writeKnownHosts(
            QStringLiteral("[%1]:%2 ").arg(m_fixture.host).arg(m_fixture.port).toUtf8() +
            fields.value(0) + ' ' + fields.value(1) + '\n');
        const QString id = addServer(QStringLiteral("impostor"), QStringLiteral("fixture-key"));
        m_window->selectServer(id);
        child<QAction>("actionConnectTest")->trigger();
        HostKeyDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<HostKeyDialog*>()) != nullptr,
                                 ConnectTimeoutMs);
        QCOMPARE(dialog->mode(), HostKeyDialog::Mode::Changed);
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("trustButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!testError().isEmpty(), ConnectTimeoutMs);
        QVERIFY(testOutput().isEmpty());
        dialog->reject();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
