// The server editor: Server::validate() shown inline, OK disabled while invalid, keys of the
// keychain and the SSH agent offered, and a commit error keeping the dialog open.

#include "TestSupport.h"
#include "dialogs/ServerEditorDialog.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

#include <memory>

using namespace vigie;

class TestServerEditorDialog : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home; // before any Vigie object
    test::Fixture m_fixture;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<KeyRing> m_keyRing;

private slots:
    void initTestCase()
    {
        m_fixture = test::Fixture::load();
        QVERIFY(m_fixture.isValid());
        m_store = std::make_unique<SecretStore>(QStringLiteral("Vigie-test-gui"));
        m_keyRing = std::make_unique<KeyRing>(m_store.get());
        QVERIFY(m_keyRing->load());
    }

    void cleanupTestCase()
    {
        for (const KeyInfo& key : m_keyRing->keys()) {
            bool done = false;
            m_keyRing->remove(key.name, this, [&done](const QString&) { done = true; });
            QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
        }
    }

    void validationIsInline()
    {
        ServerEditorDialog dialog(m_keyRing.get());
        dialog.show();
        auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("okButton"));
        auto* message = dialog.findChild<MessageBanner*>(QStringLiteral("validationMessage"));
        auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("portSpin"));
        QCOMPARE(port->value(), 22);
        QCOMPARE(port->minimum(), 1);
        QCOMPARE(port->maximum(), 65535);

        // Empty: invalid, and it says why (Server::validate's words).
        QVERIFY(!ok->isEnabled());
        QCOMPARE(message->text(), Server().validate());

        dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("web-1"));
        dialog.findChild<QLineEdit*>(QStringLiteral("hostEdit"))
            ->setText(QStringLiteral("bad host;"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(message->text().contains(QLatin1String("host")));
        dialog.findChild<QLineEdit*>(QStringLiteral("hostEdit"))
            ->setText(QStringLiteral("web1.example.test"));
        port->setValue(2222);
        dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("deploy"));
        // No key in the keychain yet: the agent is the only choice, and that is valid.
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("authCombo"))->count(), 1);
        QVERIFY(ok->isEnabled());
        QVERIFY(!message->isVisible());
        const Server server = dialog.server();
        QCOMPARE(server.port, quint16(2222));
        QCOMPARE(server.auth, Server::Auth::Agent);
    }

    void keysAreOffered()
    {
        bool done = false;
        m_keyRing->importFile(QStringLiteral("fixture-key"),
                              m_fixture.keyPath(QStringLiteral("id_ed25519")), {}, false, this,
                              [&done](const KeyResult& result) {
                                  QVERIFY2(result.ok(), qPrintable(result.error));
                                  done = true;
                              });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));

        ServerEditorDialog dialog(m_keyRing.get());
        Server existing;
        existing.id = QStringLiteral("kept-id");
        existing.name = QStringLiteral("db-1");
        existing.host = QStringLiteral("db1.example.test");
        existing.user = QStringLiteral("deploy");
        existing.keyName = QStringLiteral("fixture-key");
        existing.group = QStringLiteral("prod");
        dialog.setServer(existing);
        dialog.show();
        auto* auth = dialog.findChild<QComboBox*>(QStringLiteral("authCombo"));
        QCOMPARE(auth->count(), 2); // the key, then the agent
        QVERIFY(auth->currentText().contains(QLatin1String("fixture-key")));
        const Server edited = dialog.server();
        QCOMPARE(edited.id, existing.id);
        QCOMPARE(edited.keyName, QStringLiteral("fixture-key"));
        QCOMPARE(edited.group, QStringLiteral("prod"));

        // A refusal from the fleet (e.g. a duplicate name) keeps the dialog open and says why.
        dialog.setCommit(
            [](const Server&) { return QStringLiteral("A server named db-1 already exists."); });
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QPushButton*>(QStringLiteral("okButton"))->click();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<MessageBanner*>(QStringLiteral("validationMessage"))->kind(),
                 MessageBanner::Kind::Error);
        dialog.setCommit({});
        dialog.findChild<QPushButton*>(QStringLiteral("okButton"))->click();
        QCOMPARE(accepted.count(), 1);
    }

    // "Ignore when not watched": the areas this server has none of on purpose, kept per server
    // and through servers.json.
    void ignoredAreasRoundTrip()
    {
        ServerEditorDialog dialog(m_keyRing.get());
        Server existing;
        existing.id = QStringLiteral("kept-id");
        existing.name = QStringLiteral("mail-1");
        existing.host = QStringLiteral("mail1.example.test");
        existing.user = QStringLiteral("deploy");
        existing.auth = Server::Auth::Agent;
        existing.ignoredAreas = {QStringLiteral("tenants")};
        dialog.setServer(existing);
        auto* tenants = dialog.findChild<QCheckBox*>(QStringLiteral("ignore_tenants"));
        auto* backups = dialog.findChild<QCheckBox*>(QStringLiteral("ignore_backups"));
        QVERIFY(tenants && backups);
        QVERIFY(tenants->isChecked());
        QVERIFY(!backups->isChecked());
        backups->setChecked(true);
        const Server edited = dialog.server();
        QCOMPARE(edited.ignoredAreas,
                 QStringList({QStringLiteral("backups"), QStringLiteral("tenants")}));
        QCOMPARE(Server::fromJson(edited.toJson()).ignoredAreas, edited.ignoredAreas);
    }
};

QTEST_MAIN(TestServerEditorDialog)
#include "tst_servereditordialog.moc"
