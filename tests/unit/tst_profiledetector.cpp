// Detect: facts printed by resources/probe/detect.sh become a server profile.
#include "fleet/ProfileDetector.h"

#include <QFile>
#include <QtTest>

using namespace vigie;

class TestProfileDetector : public QObject
{
    Q_OBJECT

private:
    static QByteArray data(const char* name)
    {
        QFile file(qEnvironmentVariable("VIGIE_SOURCE_DIR") +
                   QStringLiteral("/tests/unit/data/detect/") + QString::fromLatin1(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    // Hand-written: no server of the MedicalPro kind runs here; the lines follow detect.sh.
    void medicalProServer_handWrittenFacts()
    {
        QStringList notes;
        const ServerProfile profile =
            ProfileDetector::fromFacts(data("medicalpro-handwritten.txt"), &notes);
        QVERIFY(profile.pm2);
        QCOMPARE(profile.pm2Home, QStringLiteral("/root/.pm2"));
        QVERIFY(profile.systemdUnits.contains(QStringLiteral("nginx")));
        QVERIFY(profile.systemdUnits.contains(QStringLiteral("certbot.timer")));
        QCOMPARE(profile.centralDatabase, QStringLiteral("medicalpro_central"));
        QCOMPARE(profile.tenantDatabasePrefix, QStringLiteral("medicalpro_clinic_"));
        QVERIFY(notes.join(QLatin1Char(' ')).contains(QStringLiteral("query")));
        // Backups grouped by name: central_*.dump.gpg and clinic_2b6f0cc9_*.dump.gpg.
        QCOMPARE(profile.backups.size(), 2);
        QCOMPARE(profile.backups.first().pattern, QStringLiteral("central_*.dump.gpg"));
        QCOMPARE(profile.backups.first().directory, QStringLiteral("/var/backups/medicalpro"));
        QCOMPARE(profile.backupCommand, QStringLiteral("/opt/scripts/backup-medicalpro.sh"));
        QCOMPARE(profile.backupLog, QStringLiteral("/var/log/medicalpro-backup.log"));
        // Only concrete server names become health URLs.
        QCOMPARE(profile.healthUrls.size(), 2);
        QCOMPARE(profile.healthUrls.first().url,
                 QStringLiteral("https://app.medimaestro.example.test/health"));
    }

    // Captured on the development machine (Debian 12, no systemd, no pm2): little to find,
    // and nothing invented.
    void bareMachine_realCapture()
    {
        const QByteArray facts = data("debian12-dev-machine.txt");
        QVERIFY(facts.startsWith("user\t"));
        const ServerProfile profile = ProfileDetector::fromFacts(facts);
        QVERIFY(profile.systemdUnits.isEmpty());
        QVERIFY(profile.backups.isEmpty());
        QVERIFY(profile.centralDatabase.isEmpty());
    }

    void garbage()
    {
        const ServerProfile profile = ProfileDetector::fromFacts(
            QByteArray("\x1b[31mbanner\n\xff\xfe\tx\nbackup\t/x/notdated.gpg\n"));
        QVERIFY(profile.backups.isEmpty());
        QVERIFY(!profile.pm2);
    }
};

QTEST_GUILESS_MAIN(TestProfileDetector)
#include "tst_profiledetector.moc"
