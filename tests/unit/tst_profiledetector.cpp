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

    // Captured from the compose fixture (tests/fixtures/compose-fixture.sh): detect.sh run over
    // ssh as its deploy user against a real dockerd, docker-compose 1.29, a PostgreSQL
    // container, nginx started with its own prefix, gzip dumps and weekly uploads archives.
    void composeServer_realCapture()
    {
        QStringList notes;
        const ServerProfile profile =
            ProfileDetector::fromFacts(data("compose-fixture-real.txt"), &notes);
        const QString root = QStringLiteral("/work/main/build/ci/compose-fixture");
        QCOMPARE(profile.composeProjects, QStringList{QStringLiteral("flotteq")});
        QVERIFY(!profile.pm2);
        QCOMPARE(profile.psqlCommand,
                 QStringLiteral("docker exec -i flotteq_postgres_1 psql -U postgres"));
        QCOMPARE(profile.centralDatabase, QStringLiteral("flotteq_central"));
        QCOMPARE(profile.tenantDatabasePrefix, QStringLiteral("flotteq_tenant_"));
        QCOMPARE(
            profile.tenantQuery,
            QStringLiteral("SELECT id, name, subdomain, provisioned FROM tenants ORDER BY name"));
        // No wildcard server name: the tenants' subdomains are not guessed, and that is said.
        QVERIFY(profile.tenantDomain.isEmpty());
        QVERIFY(notes.join(QLatin1Char(' ')).contains(QLatin1String("wildcard")));

        // Five TLS names on 127.0.0.1:24500 that the server cannot resolve itself.
        QCOMPARE(profile.healthUrls.size(), 5);
        const auto api = std::find_if(profile.healthUrls.cbegin(), profile.healthUrls.cend(),
                                      [](const ServerProfile::HealthUrl& u) {
                                          return u.name.startsWith(QLatin1String("api."));
                                      });
        QVERIFY(api != profile.healthUrls.cend());
        QCOMPARE(api->url, QStringLiteral("https://api.flotteq.example.test:24500/health"));
        QCOMPARE(api->resolve, QStringLiteral("api.flotteq.example.test:24500:127.0.0.1"));
        QCOMPARE(profile.certificateCheckAddress, QStringLiteral("127.0.0.1:24500"));
        QCOMPARE(profile.certificatePaths,
                 QStringList({root + QStringLiteral("/home/deploy/flotteq/nginx/ssl/"
                                                    "api.flotteq.example.test.crt"),
                              root + QStringLiteral("/home/deploy/flotteq/nginx/ssl/"
                                                    "flotteq.example.test.crt")}));

        // Nightly gzip dumps of the central database, weekly uploads archives.
        QCOMPARE(profile.backups.size(), 2);
        const ServerProfile::BackupTarget& db = profile.backups.at(0);
        QCOMPARE(db.directory, root + QStringLiteral("/home/deploy/backups/db"));
        QCOMPARE(db.pattern, QStringLiteral("backup_*.sql.gz"));
        QCOMPARE(db.name, QStringLiteral("db"));
        QCOMPARE(db.databaseName(), QStringLiteral("flotteq_central"));
        QCOMPARE(db.intervalDays, 1);
        const ServerProfile::BackupTarget& uploads = profile.backups.at(1);
        QCOMPARE(uploads.pattern, QStringLiteral("uploads_*.tar.gz"));
        QCOMPARE(uploads.intervalDays, 7);
        QCOMPARE(uploads.maxAgeHours, 8 * 24);
        QCOMPARE(profile.backupCommand,
                 root + QStringLiteral("/home/deploy/flotteq/scripts/backup-db.sh"));
        QCOMPARE(profile.backupLog, root + QStringLiteral("/home/deploy/logs/backup-db.log"));
        // nginx's own logs, from its configuration, not the host's /var/log/nginx.
        QVERIFY(std::any_of(profile.logs.cbegin(), profile.logs.cend(),
                            [&](const ServerProfile::LogSource& l) {
                                return l.path == root + QStringLiteral("/nginx/logs/error.log");
                            }));
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
