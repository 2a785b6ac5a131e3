// The host key dialog against real host keys of the fixture: first contact shows the
// fingerprint exactly as `ssh-keygen -lf` prints it; a changed key can only be closed.

#include "TestSupport.h"
#include "core/AppPaths.h"
#include "dialogs/HostKeyDialog.h"
#include "ssh/PublicKey.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace vigie;

namespace {

PublicKey readPublicKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return PublicKey::fromAuthorizedKeysLine(QString::fromUtf8(file.readAll()).trimmed());
}

// The SHA256 field of `ssh-keygen -lf FILE` ("256 SHA256:xxx comment (ED25519)").
QString sshKeygenFingerprint(const QString& path)
{
    int exitCode = -1;
    const QByteArray out =
        test::runProgram(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), path}, &exitCode);
    if (exitCode != 0)
        return {};
    return QString::fromUtf8(out).split(QLatin1Char(' ')).value(1);
}

QString labelText(const QWidget& dialog, const char* name)
{
    const auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QString();
}

} // namespace

class TestHostKeyDialog : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    test::Fixture m_fixture;

private slots:
    void initTestCase()
    {
        m_fixture = test::Fixture::load();
        QVERIFY(m_fixture.isValid());
    }

    void firstContact_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("label");
        QTest::newRow("ed25519") << QStringLiteral("ssh_host_ed25519_key.pub")
                                 << QStringLiteral("ED25519");
        QTest::newRow("ecdsa") << QStringLiteral("ssh_host_ecdsa_key.pub")
                               << QStringLiteral("ECDSA");
        QTest::newRow("rsa") << QStringLiteral("ssh_host_rsa_key.pub") << QStringLiteral("RSA");
    }

    void firstContact()
    {
        QFETCH(QString, file);
        QFETCH(QString, label);
        const QString path = m_fixture.hostKeysDir + QLatin1Char('/') + file;
        const QString expected = sshKeygenFingerprint(path);
        QVERIFY(expected.startsWith(QLatin1String("SHA256:")));

        HostKeyPrompt prompt;
        prompt.host = m_fixture.host;
        prompt.port = m_fixture.port;
        prompt.key = readPublicKey(path);
        prompt.knownHostsFile = AppPaths::knownHostsFile();
        QVERIFY(prompt.key.isValid());

        HostKeyDialog dialog(prompt);
        dialog.show();
        QCOMPARE(dialog.mode(), HostKeyDialog::Mode::FirstContact);
        QCOMPARE(labelText(dialog, "fingerprintLabel"), expected);
        const QString hostPattern =
            QStringLiteral("[%1]:%2").arg(m_fixture.host).arg(m_fixture.port);
        QVERIFY2(labelText(dialog, "hostKeyHeading").contains(hostPattern),
                 qPrintable(labelText(dialog, "hostKeyHeading")));
        QVERIFY(labelText(dialog, "hostKeyType").contains(label));
        QVERIFY(labelText(dialog, "hostKeyType").contains(QString::number(prompt.key.bits())));
        QVERIFY(labelText(dialog, "knownHostsFileNote").contains(prompt.knownHostsFile));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("otherTypesNote")));

        // Trusting is a deliberate act: Cancel is the default button.
        auto* trust = dialog.findChild<QPushButton*>(QStringLiteral("trustButton"));
        auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QVERIFY(trust && cancel);
        QVERIFY(cancel->isDefault());
        QVERIFY(!trust->isDefault());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void trustAccepts()
    {
        HostKeyPrompt prompt;
        prompt.host = m_fixture.host;
        prompt.port = m_fixture.port;
        prompt.key =
            readPublicKey(m_fixture.hostKeysDir + QStringLiteral("/ssh_host_ed25519_key.pub"));
        HostKeyDialog dialog(prompt);
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QPushButton*>(QStringLiteral("trustButton"))->click();
        QCOMPARE(accepted.count(), 1);
    }

    void otherTypesNote()
    {
        HostKeyPrompt prompt;
        prompt.host = m_fixture.host;
        prompt.port = m_fixture.port;
        prompt.key =
            readPublicKey(m_fixture.hostKeysDir + QStringLiteral("/ssh_host_ecdsa_key.pub"));
        prompt.otherKnownTypes = {QStringLiteral("ssh-ed25519"), QStringLiteral("ssh-rsa")};
        prompt.knownHostsFile = AppPaths::knownHostsFile();
        HostKeyDialog dialog(prompt);
        dialog.show();
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("otherTypesNote"));
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QLatin1String("ssh-ed25519, ssh-rsa")));
        QVERIFY(note->text().contains(QLatin1String("administrator")));
    }

    void changedKey_data()
    {
        QTest::addColumn<bool>("vigieFile");
        QTest::newRow("vigie known_hosts") << true;
        QTest::newRow("user known_hosts") << false;
    }

    void changedKey()
    {
        QFETCH(bool, vigieFile);
        const PublicKey known =
            readPublicKey(m_fixture.hostKeysDir + QStringLiteral("/ssh_host_ed25519_key.pub"));
        // Any other Ed25519 key stands for the impostor's.
        const PublicKey offered =
            readPublicKey(m_fixture.keyPath(QStringLiteral("id_ed25519.pub")));
        QVERIFY(known.isValid() && offered.isValid());

        SshError error =
            SshError::make(SshError::Code::HostKeyChanged, m_fixture.host, m_fixture.port);
        error.knownFingerprint = known.fingerprintSha256();
        error.offeredFingerprint = offered.fingerprintSha256();
        error.knownHostsFile =
            vigieFile ? AppPaths::knownHostsFile() : AppPaths::userKnownHostsFile();
        error.knownHostsLine = 7;

        HostKeyDialog dialog(error);
        dialog.show();
        QCOMPARE(dialog.mode(), HostKeyDialog::Mode::Changed);
        QCOMPARE(labelText(dialog, "knownFingerprintLabel"),
                 sshKeygenFingerprint(m_fixture.hostKeysDir +
                                      QStringLiteral("/ssh_host_ed25519_key.pub")));
        QCOMPARE(labelText(dialog, "offeredFingerprintLabel"),
                 sshKeygenFingerprint(m_fixture.keyPath(QStringLiteral("id_ed25519.pub"))));
        const QString location = labelText(dialog, "knownHostsLocation");
        QVERIFY2(location.contains(error.knownHostsFile) && location.contains(QLatin1String("7")),
                 qPrintable(location));
        const QString command = labelText(dialog, "forgetCommand");
        if (vigieFile) {
            QCOMPARE(command, QStringLiteral("vigie-cli hosts forget --port %1 %2")
                                  .arg(m_fixture.port)
                                  .arg(m_fixture.host));
        } else {
            QVERIFY2(command.startsWith(QLatin1String("ssh-keygen -R '[127.0.0.1]:")),
                     qPrintable(command));
        }

        // Only a way out: no accept button of any kind.
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("trustButton")));
        const QList<QPushButton*> buttons = dialog.findChildren<QPushButton*>();
        QCOMPARE(buttons.size(), 1);
        auto* box = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(box);
        QCOMPARE(box->buttonRole(buttons.first()), QDialogButtonBox::RejectRole);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
    }
};

QTEST_MAIN(TestHostKeyDialog)
#include "tst_hostkeydialog.moc"
