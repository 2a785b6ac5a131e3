// The Preferences dialog: shows the saved values, saves what the operator edits, refuses an
// inconsistent threshold inline, and notes that a new language applies at the next start.
#include "TestSupport.h"
#include "dialogs/PreferencesDialog.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QtTest>

using namespace vigie;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void editsAreSavedOnOk()
    {
        test::IsolatedHome home;
        Preferences preferences;
        PreferencesDialog dialog(&preferences, {QStringLiteral("laptop"), QStringLiteral("ci")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* refresh = dialog.findChild<QSpinBox*>(QStringLiteral("refreshInterval"));
        auto* timeout = dialog.findChild<QSpinBox*>(QStringLiteral("connectTimeout"));
        auto* key = dialog.findChild<QComboBox*>(QStringLiteral("defaultKey"));
        auto* journal = dialog.findChild<QLineEdit*>(QStringLiteral("journalPath"));
        QVERIFY(refresh && timeout && key && journal);
        QCOMPARE(refresh->value(), 60);
        refresh->setValue(120);
        timeout->setValue(9);
        key->setCurrentIndex(key->findData(QStringLiteral("ci")));
        journal->setText(home.path() + QStringLiteral("/journal.sqlite"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Preferences reread;
        QCOMPARE(reread.values().refreshIntervalSeconds, 120);
        QCOMPARE(reread.values().connectTimeoutSeconds, 9);
        QCOMPARE(reread.values().defaultKeyName, QStringLiteral("ci"));
        QCOMPARE(reread.values().journalPath, home.path() + QStringLiteral("/journal.sqlite"));
    }

    void warningBeforeCriticalIsRequired()
    {
        test::IsolatedHome home;
        Preferences preferences;
        PreferencesDialog dialog(&preferences, {});
        dialog.show();
        auto* warning = dialog.findChild<QSpinBox*>(QStringLiteral("certificateWarning"));
        auto* critical = dialog.findChild<QSpinBox*>(QStringLiteral("certificateCritical"));
        QVERIFY(warning && critical);
        critical->setValue(20);
        warning->setValue(10);
        dialog.accept();
        QVERIFY(dialog.isVisible()); // stays open with the reason
        auto* banner = dialog.findChild<MessageBanner*>();
        QVERIFY(banner);
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY(banner->text().contains(u"20"));
        QCOMPARE(Preferences().values().certificateCriticalDays, 7); // nothing saved
    }

    void languageChangeIsAnnounced()
    {
        test::IsolatedHome home;
        Preferences preferences;
        PreferencesDialog dialog(&preferences, {});
        dialog.show();
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        bool noted = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            noted = noted || (label->isVisible() && label->text().contains(u"next starts"));
        QVERIFY(noted);
        dialog.accept();
        QCOMPARE(Preferences().values().language, QStringLiteral("fr"));
    }

    void aMissingDefaultKeyStaysVisible()
    {
        test::IsolatedHome home;
        Preferences preferences;
        PreferenceValues v;
        v.defaultKeyName = QStringLiteral("gone");
        QVERIFY(preferences.apply(v));
        PreferencesDialog dialog(&preferences, {QStringLiteral("laptop")});
        auto* key = dialog.findChild<QComboBox*>(QStringLiteral("defaultKey"));
        QCOMPARE(key->currentData().toString(), QStringLiteral("gone"));
        QVERIFY(key->currentText().contains(u"not in the keychain"));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
