// A full disk during the safety dump (issue 7, point 8): the profile's safety dump directory
// is a tiny tmpfs, filled up. The restore's pre-flight check reports the free space there as a
// failure; a restore forced through anyway stops at the safety dump step with "No space left
// on device", leaves no partial file, and the live database keeps every row.
#include "SshTestSupport.h"
#include "TestSupport.h"
#include "fleet/ServerProfile.h"
#include "ops/OperationChecks.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

namespace {
const QString AlphaDb = QStringLiteral("medicalpro_clinic_1b3f5c2e8a4d4e6f9b1a2c3d4e5f6a7b");
} // namespace

class TestHardeningFullDisk : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    TestHomeDir m_home;
    QMap<QString, QString> m_env;
    QString m_mount; // the tmpfs
    QString m_profileFile;
    QString m_backup;

    QString fixtureFile(const QString& relative) const
    {
        return m_fixture.dir + QLatin1Char('/') + relative;
    }
    CliRun cli(const QStringList& args) { return runCli(m_home.path(), args, {}, 120000); }

    QString sql(const QString& query)
    {
        int rc = -1;
        const QByteArray out =
            runProgram(QStringLiteral("psql"),
                       {QStringLiteral("-X"), QStringLiteral("-qAt"), QStringLiteral("-h"),
                        m_env.value(QStringLiteral("VIGIE_FIXTURE_PG_SOCKET")),
                        QStringLiteral("-p"), m_env.value(QStringLiteral("VIGIE_FIXTURE_PG_PORT")),
                        QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                        AlphaDb, QStringLiteral("-c"), query},
                       &rc);
        return rc == 0 ? QString::fromUtf8(out).trimmed() : QStringLiteral("psql failed");
    }

    QString patients()
    {
        return sql(QStringLiteral("SELECT count(*) || ':' || string_agg(last_name, ',' ORDER BY "
                                  "id) FROM patients"));
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        m_env = m_fixture.env;

        // A 1 MiB tmpfs, then filled up: no room for any dump.
        m_mount = fixtureFile(QStringLiteral("full-disk"));
        QDir().mkpath(m_mount);
        int rc = -1;
        runProgram(QStringLiteral("umount"), {m_mount}, &rc); // a leftover of a killed run
        runProgram(QStringLiteral("mount"),
                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=1m,mode=0777"), QStringLiteral("vigie-full-disk"),
                    m_mount},
                   &rc);
        QVERIFY2(rc == 0, "mounting a tmpfs needs root (the CI runs the suite as root)");
        // The dump directory exists; then a filler takes every free block (dd stops at ENOSPC).
        QVERIFY(QDir().mkpath(m_mount + QStringLiteral("/dumps")));
        runProgram(QStringLiteral("sh"),
                   {QStringLiteral("-c"),
                    QStringLiteral("dd if=/dev/zero of=\"$1/filler\" bs=4k 2>/dev/null; "
                                   "test \"$(df -Pk \"$1\" | awk 'NR==2 {print $4}')\" -lt 8"),
                    QStringLiteral("sh"), m_mount},
                   &rc);
        QCOMPARE(rc, 0);

        // The fixture's profile with its safety dumps going to the full filesystem.
        m_profileFile = m_home.filePath(QStringLiteral("full-disk-profile.json"));
        QVERIFY2(m_fixture.writeProfile(m_profileFile,
                                        [this](QJsonObject& json) {
                                            QJsonObject operations =
                                                json.value(QStringLiteral("operations")).toObject();
                                            operations.insert(QStringLiteral("safetyDumpDirectory"),
                                                              m_mount + QStringLiteral("/dumps"));
                                            json.insert(QStringLiteral("operations"), operations);
                                        }),
                 "the full fixture is not up");

        QCOMPARE(prepareCliHome(m_home.path(), m_fixture), QString());
        QCOMPARE(addCliServer(m_home.path(), m_fixture, QStringLiteral("fx"), m_profileFile),
                 QString());

        // A valid encrypted backup of alpha, outside the fixture's backup directory.
        QDir().mkpath(fixtureFile(QStringLiteral("full-disk-backup")));
        m_backup = fixtureFile(QStringLiteral("full-disk-backup/alpha.dump.gpg"));
        runProgram(QStringLiteral("bash"),
                   {QStringLiteral("-c"),
                    QStringLiteral("set -o pipefail; pg_dump -Fc -h \"$1\" -p \"$2\" -U postgres "
                                   "-d \"$3\" | gpg --batch --yes --quiet --symmetric "
                                   "--passphrase-file \"$4\" --output \"$5\""),
                    QStringLiteral("bash"), m_env.value(QStringLiteral("VIGIE_FIXTURE_PG_SOCKET")),
                    m_env.value(QStringLiteral("VIGIE_FIXTURE_PG_PORT")), AlphaDb,
                    fixtureFile(QStringLiteral("backup.passphrase")), m_backup},
                   &rc);
        QCOMPARE(rc, 0);
    }

    void cleanupTestCase()
    {
        if (!m_mount.isEmpty()) {
            int rc = -1;
            runProgram(QStringLiteral("umount"), {m_mount}, &rc);
        }
        QDir(fixtureFile(QStringLiteral("full-disk-backup"))).removeRecursively();
    }

    void preflightReportsTheFreeSpace()
    {
        ServerProfile profile;
        QString error;
        QFile file(m_profileFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        profile = ServerProfile::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QDir().mkpath(profile.safetyDumpDirectory);

        const QString knownHosts = m_home.filePath(QStringLiteral("known_hosts"));
        QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts));
        SshEngine engine;
        SshConnection connection(
            &engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        QCOMPARE(openAndWait(connection).message(), QString());
        const ExecCapture checks =
            execAndWait(connection, OperationChecks::restoreCommand(profile, AlphaDb));
        QVERIFY2(checks.result.succeeded(), checks.err.constData());
        const OperationChecks::RestoreFacts facts =
            OperationChecks::parseRestore(checks.out, profile, AlphaDb);
        QVERIFY(facts.databaseExists);
        QVERIFY2(facts.safetyFreeBytes >= 0 && facts.safetyFreeBytes < 128 * 1024,
                 qPrintable(QString::number(facts.safetyFreeBytes)));
        const auto space =
            std::find_if(facts.items.cbegin(), facts.items.cend(), [](const CheckItem& item) {
                return item.id == QLatin1String("safety-space");
            });
        QVERIFY(space != facts.items.cend());
        QCOMPARE(space->status, CheckItem::Status::Failed);
        QVERIFY2(space->text.contains(profile.safetyDumpDirectory) && space->text.contains(u"free"),
                 qPrintable(space->text));
        connection.close();
    }

    void forcedRestoreStopsAtTheSafetyDump()
    {
        const QString before = patients();
        QVERIFY2(!before.startsWith(QLatin1String("psql failed")) && before.contains(u':'),
                 qPrintable(before));
        const CliRun run =
            cli({QStringLiteral("restore"), QStringLiteral("fx"), QStringLiteral("--database"),
                 AlphaDb, QStringLiteral("--backup"), m_backup, QStringLiteral("--yes"),
                 QStringLiteral("--confirm"), AlphaDb});
        const QByteArray all = run.out + run.err;
        QCOMPARE(run.code, 1);
        QVERIFY2(all.contains("No space left on device"), all.constData());
        QVERIFY2(all.contains(": Failed"), all.constData());
        // The step names the real cause (the write, not pg_dump's SIGPIPE) and the space left.
        QVERIFY2(all.contains("Writing the safety dump failed."), all.constData());
        QVERIFY2(all.contains(" KiB free on "), all.constData());
        QVERIFY2(!all.contains("To put the safety dump back"), all.constData());
        // The step that failed is the safety dump (its unguessable partial file, made by mktemp
        // in the dump directory, is in the error), and the restore step after it never started.
        QVERIFY2(all.contains("/dumps/.vigie-partial."), all.constData());
        QVERIFY2(!all.contains("connection(s) closed"), all.constData());
        QVERIFY2(!all.contains("vigie-rows\tafter"), all.constData()); // never reached
        // The live database is untouched and still open to its users; no partial dump remains.
        QCOMPARE(patients(), before);
        QCOMPARE(
            sql(QStringLiteral("SELECT has_database_privilege('medicalpro', current_database(), "
                               "'CONNECT')")),
            QStringLiteral("t"));
        QCOMPARE(QDir(m_mount + QStringLiteral("/dumps")).entryList(QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestHardeningFullDisk)
#include "tst_hardening_fulldisk.moc"
