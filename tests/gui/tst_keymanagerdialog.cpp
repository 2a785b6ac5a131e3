// The key manager through the real keychain (Secret Service session around ctest): import the
// fixture's keys, generate one, copy/export the public key, rename and delete.

#include "TestSupport.h"
#include "dialogs/ImportKeyDialog.h"
#include "dialogs/KeyManagerDialog.h"
#include "dialogs/KeyTableModel.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace vigie;

namespace {

QString sshKeygenLine(const QString& path)
{
    int exitCode = -1;
    const QByteArray out =
        test::runProgram(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), path}, &exitCode);
    return exitCode == 0 ? QString::fromUtf8(out).trimmed() : QString();
}

QString sshKeygenFingerprint(const QString& path)
{
    return sshKeygenLine(path).split(QLatin1Char(' ')).value(1);
}

} // namespace

class TestKeyManagerDialog : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home; // before any Vigie object
    test::Fixture m_fixture;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<KeyRing> m_keyRing;
    std::unique_ptr<KeyManagerDialog> m_dialog;

    QTableView* table() const
    {
        return m_dialog->findChild<QTableView*>(QStringLiteral("keyTable"));
    }
    MessageBanner* banner() const
    {
        return m_dialog->findChild<MessageBanner*>(QStringLiteral("messageBanner"));
    }

    // The row of the table showing this key, or -1.
    int rowOf(const QString& name) const
    {
        const QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, KeyTableModel::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }
    QString cell(const QString& name, int column) const
    {
        return table()->model()->index(rowOf(name), column).data().toString();
    }
    bool waitIdle()
    {
        return QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, 30000);
    }

private slots:
    void initTestCase()
    {
        m_fixture = test::Fixture::load();
        QVERIFY(m_fixture.isValid());
        m_store = std::make_unique<SecretStore>(QStringLiteral("Vigie-test-gui"));
        m_keyRing = std::make_unique<KeyRing>(m_store.get());
        QVERIFY(m_keyRing->load());
        m_dialog = std::make_unique<KeyManagerDialog>(m_keyRing.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QCOMPARE(table()->model()->rowCount(), 0);
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

    void importDetailsSuggestsNameAndShowsKey()
    {
        const QString path = m_fixture.keyPath(QStringLiteral("id_ed25519"));
        ImportKeyDialog details(path, m_keyRing.get());
        QCOMPARE(details.name(), QStringLiteral("id_ed25519"));
        // The same line as `ssh-keygen -lf`, before anything is imported.
        QCOMPARE(details.findChild<QLabel*>(QStringLiteral("importKeyInfo"))->text(),
                 sshKeygenLine(path + QStringLiteral(".pub")));
        details.show();
        QVERIFY(!details.findChild<QLineEdit*>(QStringLiteral("importKeyPassphrase"))->isVisible());

        ImportKeyDialog encrypted(m_fixture.keyPath(QStringLiteral("id_ed25519_pass")),
                                  m_keyRing.get());
        encrypted.show();
        QVERIFY(
            encrypted.findChild<QLineEdit*>(QStringLiteral("importKeyPassphrase"))->isVisible());
        QVERIFY(encrypted.findChild<QCheckBox*>(QStringLiteral("importKeyRemember"))->isVisible());
    }

    void importFixtureKey()
    {
        const QString path = m_fixture.keyPath(QStringLiteral("id_ed25519"));
        m_dialog->importKeyFile(path, QStringLiteral("fixture-ed25519"), {}, false);
        QVERIFY(m_dialog->isBusy());
        QVERIFY(waitIdle());
        QVERIFY2(banner()->kind() != MessageBanner::Kind::Error, qPrintable(banner()->text()));
        QVERIFY(rowOf(QStringLiteral("fixture-ed25519")) >= 0);
        QCOMPARE(cell(QStringLiteral("fixture-ed25519"), KeyTableModel::FingerprintColumn),
                 sshKeygenFingerprint(path + QStringLiteral(".pub")));
        QCOMPARE(cell(QStringLiteral("fixture-ed25519"), KeyTableModel::TypeColumn),
                 QStringLiteral("ED25519"));
        QCOMPARE(cell(QStringLiteral("fixture-ed25519"), KeyTableModel::BitsColumn),
                 QStringLiteral("256"));
        QCOMPARE(cell(QStringLiteral("fixture-ed25519"), KeyTableModel::CommentColumn),
                 QStringLiteral("vigie-fixture-ed25519"));
        QCOMPARE(cell(QStringLiteral("fixture-ed25519"), KeyTableModel::PassphraseColumn),
                 KeyTableModel::tr("none", "passphrase"));
        QCOMPARE(m_dialog->selectedKeyName(), QStringLiteral("fixture-ed25519"));
    }

    void importEncryptedKeyRememberingPassphrase()
    {
        const QString path = m_fixture.keyPath(QStringLiteral("id_ed25519_pass"));
        m_dialog->importKeyFile(path, QStringLiteral("fixture-pass"), m_fixture.passphrase(), true);
        QVERIFY(waitIdle());
        QVERIFY2(banner()->kind() != MessageBanner::Kind::Error, qPrintable(banner()->text()));
        QCOMPARE(cell(QStringLiteral("fixture-pass"), KeyTableModel::PassphraseColumn),
                 KeyTableModel::tr("stored in keychain"));
        QCOMPARE(cell(QStringLiteral("fixture-pass"), KeyTableModel::FingerprintColumn),
                 sshKeygenFingerprint(path + QStringLiteral(".pub")));
    }

    void importErrorsAreShown()
    {
        // The same key twice, then something that is not a key: each says why, in the dialog.
        m_dialog->importKeyFile(m_fixture.keyPath(QStringLiteral("id_ed25519")),
                                QStringLiteral("again"), {}, false);
        QVERIFY(waitIdle());
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(banner()->isVisible());
        QVERIFY(!banner()->text().isEmpty());
        QCOMPARE(rowOf(QStringLiteral("again")), -1);

        m_dialog->importKeyFile(m_fixture.keyPath(QStringLiteral("id_ed25519.pub")),
                                QStringLiteral("not-a-private-key"), {}, false);
        QVERIFY(waitIdle());
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(rowOf(QStringLiteral("not-a-private-key")), -1);
    }

    void generateShowsAuthorizedKeysLine()
    {
        m_dialog->generateKey(QStringLiteral("generated"));
        QVERIFY(waitIdle());
        QVERIFY2(banner()->kind() != MessageBanner::Kind::Error, qPrintable(banner()->text()));
        auto* line = m_dialog->findChild<QLineEdit*>(QStringLiteral("generatedKeyLine"));
        QVERIFY(line);
        QVERIFY(line->isVisible());
        QVERIFY(line->isReadOnly());
        QVERIFY2(line->text().startsWith(QLatin1String("ssh-ed25519 ")), qPrintable(line->text()));
        const PublicKey shown = PublicKey::fromAuthorizedKeysLine(line->text());
        QCOMPARE(shown.fingerprintSha256(),
                 cell(QStringLiteral("generated"), KeyTableModel::FingerprintColumn));
        QVERIFY(
            m_dialog->findChild<QPushButton*>(QStringLiteral("copyGeneratedButton"))->isVisible());
    }

    void copyAndExportPublicKey()
    {
        const std::optional<KeyInfo> key = m_keyRing->find(QStringLiteral("fixture-ed25519"));
        QVERIFY(key);
        m_dialog->copyPublicKey(key->name);
        QCOMPARE(QGuiApplication::clipboard()->text(), key->authorizedKeysLine());

        const QString path = m_home.path() + QStringLiteral("/exported.pub");
        QVERIFY(m_dialog->exportPublicKey(key->name, path));
        // ssh-keygen reads the exported file back to the same fingerprint.
        QCOMPARE(sshKeygenFingerprint(path),
                 sshKeygenFingerprint(m_fixture.keyPath(QStringLiteral("id_ed25519.pub"))));

        QVERIFY(!m_dialog->exportPublicKey(key->name, QStringLiteral("/nonexistent-dir/x.pub")));
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
    }

    void rename()
    {
        QSignalSpy renamed(m_dialog.get(), &KeyManagerDialog::keyRenamed);
        m_dialog->renameKey(QStringLiteral("generated"), QStringLiteral("generated-2"));
        QCOMPARE(renamed.count(), 1);
        QVERIFY(rowOf(QStringLiteral("generated-2")) >= 0);
        QCOMPARE(rowOf(QStringLiteral("generated")), -1);
        m_dialog->renameKey(QStringLiteral("generated-2"), QStringLiteral("bad name!"));
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(renamed.count(), 1);
    }

    void deleteAsksFirst()
    {
        const QString name = QStringLiteral("generated-2");
        const int rowsBefore = table()->model()->rowCount();
        m_dialog->setKeyUsage([](const QString&) { return QStringList{QStringLiteral("web-1")}; });

        // Cancelling keeps the key.
        m_dialog->deleteKey(name);
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(name));
        QVERIFY(box->text().contains(QLatin1String("web-1")));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(0);
        QCOMPARE(table()->model()->rowCount(), rowsBefore);

        // Confirming removes it from the keychain and the table.
        m_dialog->deleteKey(name);
        box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        auto* confirm = box->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        QVERIFY(confirm);
        QCOMPARE(box->buttonRole(confirm), QMessageBox::AcceptRole);
        confirm->click();
        QVERIFY(waitIdle());
        QVERIFY2(banner()->kind() != MessageBanner::Kind::Error, qPrintable(banner()->text()));
        QTRY_COMPARE(table()->model()->rowCount(), rowsBefore - 1);
        QCOMPARE(rowOf(name), -1);
        QVERIFY(!m_keyRing->find(name));
        // Its public key panel goes with it.
        QVERIFY(!m_dialog->findChild<QGroupBox*>(QStringLiteral("generatedKeyBox"))->isVisible());
    }
};

QTEST_MAIN(TestKeyManagerDialog)
#include "tst_keymanagerdialog.moc"
