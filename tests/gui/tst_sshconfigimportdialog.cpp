// The ~/.ssh/config import dialog through the real keychain (Secret Service session around
// ctest): hosts listed with their warnings, known hosts disabled, servers and keys imported.

#include "TestSupport.h"
#include "dialogs/SshConfigImportDialog.h"
#include "fleet/Fleet.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace vigie;

class TestSshConfigImportDialog : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home; // before any Vigie object
    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<KeyRing> m_keyRing;
    std::unique_ptr<Fleet> m_fleet;
    std::unique_ptr<SshConfigImportDialog> m_dialog;

    QTreeWidget* hosts() const
    {
        return m_dialog->findChild<QTreeWidget*>(QStringLiteral("sshConfigHosts"));
    }
    QTreeWidgetItem* row(const QString& alias) const
    {
        const auto found =
            hosts()->findItems(alias, Qt::MatchExactly, SshConfigImportDialog::HostColumn);
        return found.size() == 1 ? found.first() : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<SecretStore>(QStringLiteral("Vigie-test-gui"));
        m_keyRing = std::make_unique<KeyRing>(m_store.get());
        QVERIFY(m_keyRing->load());
        m_fleet = std::make_unique<Fleet>();
        QVERIFY(m_fleet->load());
        Server known;
        known.name = QStringLiteral("known");
        known.host = QStringLiteral("known.example.net");
        known.user = QStringLiteral("admin");
        known.auth = Server::Auth::Agent;
        QCOMPARE(m_fleet->add(known), QString());
        m_dialog = std::make_unique<SshConfigImportDialog>(m_fleet.get(), m_keyRing.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanupTestCase()
    {
        // Leave nothing behind in the session's keychain.
        for (const KeyInfo& key : m_keyRing->keys()) {
            bool done = false;
            m_keyRing->remove(key.name, this, [&done](const QString&) { done = true; });
            QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
        }
        m_dialog.reset();
    }

    void loadListsHosts()
    {
        const QString keyPath = m_dir.filePath(QStringLiteral("id_import_test"));
        int exitCode = -1;
        test::runProgram(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                          QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                          QStringLiteral("import-test"), QStringLiteral("-f"), keyPath},
                         &exitCode);
        QCOMPARE(exitCode, 0);
        const QString configPath = m_dir.filePath(QStringLiteral("ssh_config"));
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("Host web1\n"
                                    "    HostName web1.example.net\n"
                                    "    Port 2222\n"
                                    "    User deploy\n"
                                    "    IdentityFile %1\n"
                                    "\n"
                                    "Host inner\n"
                                    "    HostName 10.0.0.5\n"
                                    "    User ops\n"
                                    "    ProxyJump bastion\n"
                                    "\n"
                                    "Host known\n"
                                    "    HostName known.example.net\n"
                                    "    User admin\n")
                         .arg(keyPath)
                         .toUtf8());
        config.close();

        m_dialog->loadFile(configPath);
        QCOMPARE(hosts()->topLevelItemCount(), 3);
        QTreeWidgetItem* web1 = row(QStringLiteral("web1"));
        QTreeWidgetItem* inner = row(QStringLiteral("inner"));
        QTreeWidgetItem* known = row(QStringLiteral("known"));
        QVERIFY(web1 && inner && known);

        QCOMPARE(web1->checkState(SshConfigImportDialog::HostColumn), Qt::Checked);
        QVERIFY(web1->text(SshConfigImportDialog::AddressColumn).contains(QStringLiteral("2222")));
        QVERIFY(
            web1->text(SshConfigImportDialog::AddressColumn).contains(QStringLiteral("deploy")));
        QCOMPARE(web1->text(SshConfigImportDialog::IdentityColumn), keyPath);
        QCOMPARE(web1->text(SshConfigImportDialog::NotesColumn), QString());

        QCOMPARE(inner->checkState(SshConfigImportDialog::HostColumn), Qt::Checked);
        QVERIFY(
            inner->text(SshConfigImportDialog::NotesColumn).contains(QStringLiteral("ProxyJump")));
        QVERIFY(inner->toolTip(SshConfigImportDialog::HostColumn)
                    .contains(QStringLiteral("ProxyJump")));

        QCOMPARE(known->checkState(SshConfigImportDialog::HostColumn), Qt::Unchecked);
        QVERIFY(!(known->flags() & Qt::ItemIsEnabled));
        QVERIFY(!known->text(SshConfigImportDialog::NotesColumn).isEmpty());

        QCOMPARE(m_dialog->checkedCount(), 2);
        auto* importButton =
            m_dialog->findChild<QPushButton*>(QStringLiteral("sshConfigImportButton"));
        QVERIFY(importButton->isEnabled());
        // Nothing checked: nothing to import.
        web1->setCheckState(SshConfigImportDialog::HostColumn, Qt::Unchecked);
        inner->setCheckState(SshConfigImportDialog::HostColumn, Qt::Unchecked);
        QVERIFY(!importButton->isEnabled());
        web1->setCheckState(SshConfigImportDialog::HostColumn, Qt::Checked);
        inner->setCheckState(SshConfigImportDialog::HostColumn, Qt::Checked);
        QVERIFY(importButton->isEnabled());
    }

    void importAddsServersAndKey()
    {
        QSignalSpy finished(m_dialog.get(), &SshConfigImportDialog::importFinished);
        m_dialog->importChecked();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!m_dialog->isBusy());
        const QString results = m_dialog->results().join(QLatin1Char('\n'));
        QCOMPARE(m_fleet->servers().size(), 3);

        const std::optional<Server> web1 = m_fleet->find(QStringLiteral("web1"));
        QVERIFY(web1);
        QCOMPARE(web1->host, QStringLiteral("web1.example.net"));
        QCOMPARE(web1->port, quint16(2222));
        QCOMPARE(web1->user, QStringLiteral("deploy"));
        QVERIFY2(web1->auth == Server::Auth::Key, qPrintable(results));
        QCOMPARE(web1->keyName, QStringLiteral("id_import_test"));
        const std::optional<KeyInfo> key = m_keyRing->find(QStringLiteral("id_import_test"));
        QVERIFY2(key, qPrintable(results));
        QCOMPARE(key->comment, QStringLiteral("import-test"));

        const std::optional<Server> inner = m_fleet->find(QStringLiteral("inner"));
        QVERIFY(inner);
        QCOMPARE(inner->host, QStringLiteral("10.0.0.5"));
        QCOMPARE(inner->port, quint16(22));
        QCOMPARE(inner->user, QStringLiteral("ops"));
        QCOMPARE(inner->auth, Server::Auth::Agent); // no identity file: the SSH agent

        // The result area tells what happened; the added hosts are now disabled.
        QVERIFY2(results.contains(QStringLiteral("web1")), qPrintable(results));
        QVERIFY2(results.contains(QStringLiteral("inner")), qPrintable(results));
        QVERIFY2(results.contains(QStringLiteral("id_import_test")), qPrintable(results));
        QVERIFY(!(row(QStringLiteral("web1"))->flags() & Qt::ItemIsEnabled));
        QVERIFY(!(row(QStringLiteral("inner"))->flags() & Qt::ItemIsEnabled));
        QCOMPARE(m_dialog->checkedCount(), 0);
        QVERIFY(m_dialog->isVisible()); // stays open with the results
    }
};

QTEST_MAIN(TestSshConfigImportDialog)
#include "tst_sshconfigimportdialog.moc"
