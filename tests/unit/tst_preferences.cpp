// Preferences: saved with QSettings, clamped to sane ranges, applied to the running parts
// (connections, built-in profiles) without a restart.
#include "core/Preferences.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace vigie;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWithoutFile()
    {
        test::IsolatedHome home;
        const Preferences preferences;
        QCOMPARE(preferences.values(), PreferenceValues());
        QVERIFY(preferences.file().startsWith(home.path()));
        QVERIFY(preferences.effectiveJournalPath().endsWith(u"/vigie/journal.sqlite"));
        QVERIFY(preferences.effectiveKnownHostsFile().endsWith(u"/vigie/known_hosts"));
    }

    void savedValuesAreReadBackByANewInstance()
    {
        test::IsolatedHome home;
        Preferences preferences;
        QSignalSpy changed(&preferences, &Preferences::changed);
        PreferenceValues v;
        v.language = QStringLiteral("fr");
        v.refreshIntervalSeconds = 0;
        v.connectTimeoutSeconds = 7;
        v.keepaliveIntervalSeconds = 5;
        v.certificateWarningDays = 21;
        v.certificateCriticalDays = 3;
        v.backupMaxAgeHours = 30;
        v.journalPath = home.path() + QStringLiteral("/ops.sqlite");
        v.journalRetentionDays = 90;
        v.knownHostsFile = home.path() + QStringLiteral("/kh");
        v.defaultKeyName = QStringLiteral("laptop");
        QString error;
        QVERIFY2(preferences.apply(v, &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QVERIFY(preferences.apply(v)); // the same values again: no change signal
        QCOMPARE(changed.count(), 1);

        const Preferences reread;
        QCOMPARE(reread.values(), v);
        QCOMPARE(reread.effectiveJournalPath(), v.journalPath);
        QCOMPARE(reread.effectiveKnownHostsFile(), v.knownHostsFile);
    }

    void outOfRangeValuesAreClamped()
    {
        PreferenceValues v;
        v.language = QStringLiteral("de"); // not shipped: the system's
        v.refreshIntervalSeconds = 1;      // would probe every server every second
        v.connectTimeoutSeconds = 0;
        v.certificateCriticalDays = 40;
        v.certificateWarningDays = 10; // before the critical state: raised to it
        v.journalRetentionDays = -5;
        const PreferenceValues c = Preferences::clamped(v);
        QCOMPARE(c.language, QString());
        QCOMPARE(c.refreshIntervalSeconds, 5);
        QCOMPARE(c.connectTimeoutSeconds, 2);
        QCOMPARE(c.certificateWarningDays, 40);
        QCOMPARE(c.journalRetentionDays, 0);
        QCOMPARE(Preferences::clamped(PreferenceValues()), PreferenceValues());
    }

    void thresholdsApplyToBuiltInProfilesOnly()
    {
        test::IsolatedHome home;
        ProfileStore store;
        Server server;
        server.id = QStringLiteral("s1");
        server.profileId = QStringLiteral("pm2-nginx-postgres");
        const ServerProfile before = store.profileFor(server);
        store.setPresetThresholds({45, 10, 50});
        const ServerProfile preset = store.profileFor(server);
        QCOMPARE(preset.certificateWarningDays, 45);
        QCOMPARE(preset.certificateCriticalDays, 10);
        for (const ServerProfile::BackupTarget& target : preset.backups)
            QCOMPARE(target.maxAgeHours, 50);
        QCOMPARE(preset.systemdUnits, before.systemdUnits);

        // A server's own profile keeps the values its operator wrote.
        ServerProfile own = before;
        own.certificateWarningDays = 12;
        QVERIFY(store.save(server, own));
        QCOMPARE(store.profileFor(server).certificateWarningDays, 12);
    }

    void connectionSettingsFollowThePreferences()
    {
        test::IsolatedHome home;
        ServerConnections connections(nullptr, nullptr);
        Server server;
        server.host = QStringLiteral("server.example.test");
        server.port = 2222;
        server.user = QStringLiteral("deploy");
        connections.setConnectTimeoutMs(7000);
        connections.setKeepaliveIntervalS(5);
        connections.setKnownHostsFile(home.path() + QStringLiteral("/kh"));
        const ConnectionSettings settings = connections.settingsFor(server);
        QCOMPARE(settings.connectTimeoutMs, 7000);
        QCOMPARE(settings.keepaliveIntervalS, 5);
        QCOMPARE(settings.knownHostsFile, home.path() + QStringLiteral("/kh"));
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
