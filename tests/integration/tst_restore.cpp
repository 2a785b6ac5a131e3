// `vigie-cli restore` against the fixture: a deleted row comes back from an encrypted backup
// through the run engine, with a safety dump first; a backup encrypted with another passphrase
// fails before the database is touched; a restore to a copy leaves the original alone.
#include "SshTestSupport.h"
#include "TestSupport.h"
#include "fleet/ServerProfile.h"
#include "ops/OperationChecks.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vigie::test;

namespace {
const QString AlphaDb = QStringLiteral("medicalpro_clinic_1b3f5c2e8a4d4e6f9b1a2c3d4e5f6a7b");
const QString CopyDb = QStringLiteral("alpha_inspect");
} // namespace

class TestRestore : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    TestHomeDir m_home;
    QMap<QString, QString> m_env;

    CliRun cli(const QStringList& args) { return runCli(m_home.path(), args, {}, 120000); }

    QString fixtureFile(const QString& relative) const
    {
        return m_fixture.dir + QLatin1Char('/') + relative;
    }

    QStringList pgArgs() const
    {
        return {QStringLiteral("-h"), m_env.value(QStringLiteral("VIGIE_FIXTURE_PG_SOCKET")),
                QStringLiteral("-p"), m_env.value(QStringLiteral("VIGIE_FIXTURE_PG_PORT")),
                QStringLiteral("-U"), QStringLiteral("postgres")};
    }

    QString sql(const QString& database, const QString& query)
    {
        int rc = -1;
        const QByteArray out = runProgram(
            QStringLiteral("psql"),
            QStringList{QStringLiteral("-X"), QStringLiteral("-qAt"), QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1")} +
                pgArgs() + QStringList{QStringLiteral("-d"), database, QStringLiteral("-c"), query},
            &rc);
        return rc == 0 ? QString::fromUtf8(out).trimmed() : QStringLiteral("psql failed");
    }

    // pg_dump -Fc | gpg --symmetric into `file`, with the given passphrase file.
    bool backUp(const QString& database, const QString& file, const QString& passphraseFile)
    {
        int rc = -1;
        runProgram(QStringLiteral("bash"),
                   QStringList{QStringLiteral("-c"),
                               QStringLiteral("set -o pipefail; d=$1 p=$2 f=$3; shift 3; "
                                              "pg_dump -Fc \"$@\" -d \"$d\" | gpg --batch --yes "
                                              "--quiet --symmetric --passphrase-file \"$p\" "
                                              "--output \"$f\""),
                               QStringLiteral("bash"), database, passphraseFile, file} +
                       pgArgs(),
                   &rc);
        return rc == 0;
    }

    QString patientNames()
    {
        return sql(AlphaDb, QStringLiteral("SELECT string_agg(last_name, ',' ORDER BY id) FROM "
                                           "patients"));
    }

    QStringList m_safetyBefore; // safety dumps left by earlier runs on the same fixture

    // The safety dumps of alpha made by this run of the test.
    QStringList safetyDumps()
    {
        QStringList made = allSafetyDumps();
        for (const QString& old : std::as_const(m_safetyBefore))
            made.removeAll(old);
        return made;
    }
    QStringList allSafetyDumps()
    {
        return QDir(fixtureFile(QStringLiteral("safety")))
            .entryList({AlphaDb + QStringLiteral("-before-restore-*")}, QDir::Files);
    }

    QStringList restoreArgs(const QString& backup)
    {
        return {QStringLiteral("restore"),
                QStringLiteral("fx"),
                QStringLiteral("--database"),
                AlphaDb,
                QStringLiteral("--backup"),
                backup,
                QStringLiteral("--tenant-subdomain"),
                QStringLiteral("alpha")};
    }

    QString m_backup;      // alpha with the extra row, right passphrase
    QString m_wrongBackup; // the same, another passphrase

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        m_env = m_fixture.env;
        QVERIFY2(QFile::exists(fixtureFile(QStringLiteral("profile.json"))),
                 "the full fixture is not up");
        QCOMPARE(prepareCliHome(m_home.path(), m_fixture), QString());
        QCOMPARE(addCliServer(m_home.path(), m_fixture, QStringLiteral("fx"),
                              fixtureFile(QStringLiteral("profile.json"))),
                 QString());

        // The backups of this test live outside the fixture's backup directory (the dashboards'
        // tests count those files).
        const QString dir = fixtureFile(QStringLiteral("restore-test"));
        QDir().mkpath(dir);
        m_safetyBefore = allSafetyDumps();
        m_backup = dir + QStringLiteral("/alpha-with-row.dump.gpg");
        m_wrongBackup = dir + QStringLiteral("/alpha-other-passphrase.dump.gpg");
        QFile other(dir + QStringLiteral("/other.passphrase"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("not the backup passphrase\n");
        other.close();

        QCOMPARE(sql(AlphaDb, QStringLiteral("INSERT INTO patients (first_name, last_name) "
                                             "VALUES ('Restored', 'Row')")),
                 QString());
        QVERIFY(backUp(AlphaDb, m_backup, fixtureFile(QStringLiteral("backup.passphrase"))));
        QVERIFY(backUp(AlphaDb, m_wrongBackup, other.fileName()));
        QCOMPARE(sql(AlphaDb, QStringLiteral("DELETE FROM patients WHERE last_name = 'Row'")),
                 QString());
    }

    void cleanupTestCase()
    {
        for (const QString& dump : safetyDumps())
            QFile::remove(fixtureFile(QStringLiteral("safety/")) + dump);
        sql(QStringLiteral("postgres"),
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(CopyDb));
        sql(AlphaDb, QStringLiteral("DELETE FROM patients WHERE last_name IN ('Row', 'Marker')"));
        sql(QStringLiteral("postgres"),
            QStringLiteral("GRANT CONNECT ON DATABASE %1 TO PUBLIC").arg(AlphaDb));
    }

    void checksListAndVerifyTheBackups()
    {
        QFile file(fixtureFile(QStringLiteral("profile.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto profile =
            vigie::ServerProfile::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        const QString knownHosts = m_home.filePath(QStringLiteral("checks_known_hosts"));
        QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts));
        vigie::SshEngine engine;
        vigie::SshConnection connection(
            &engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        QCOMPARE(openAndWait(connection).message(), QString());
        ExecCapture capture =
            execAndWait(connection, vigie::OperationChecks::restoreCommand(profile, AlphaDb));
        QVERIFY2(capture.result.succeeded(), capture.err.constData());
        const auto facts = vigie::OperationChecks::parseRestore(capture.out, profile, AlphaDb);
        QVERIFY(facts.databaseExists);
        QVERIFY(facts.databaseSizeBytes > 0);
        const auto nightly = std::count_if(facts.backups.cbegin(), facts.backups.cend(),
                                           [](const auto& b) { return !b.safetyDump; });
        QCOMPARE(nightly, 6); // 7 nights, one missing
        QVERIFY(facts.backups.first().modified > facts.backups.last().modified);
        QVERIFY(vigie::allowsToProceed(facts.items));

        // The newest nightly backup (older safety dumps may use a passphrase since rotated).
        const auto newest = std::find_if(facts.backups.cbegin(), facts.backups.cend(),
                                         [](const auto& b) { return !b.safetyDump; });
        capture =
            execAndWait(connection, vigie::OperationChecks::verifyCommand(profile, newest->path));
        vigie::CheckItem verified =
            vigie::OperationChecks::parseVerify(capture.out, capture.result.exitCode, capture.err);
        QVERIFY2(verified.status == vigie::CheckItem::Status::Passed, qPrintable(verified.text));
        capture =
            execAndWait(connection, vigie::OperationChecks::verifyCommand(profile, m_wrongBackup));
        verified =
            vigie::OperationChecks::parseVerify(capture.out, capture.result.exitCode, capture.err);
        QCOMPARE(verified.status, vigie::CheckItem::Status::Failed);
        QVERIFY2(verified.text.contains(QLatin1String("wrong passphrase")),
                 qPrintable(verified.text));
    }

    void refusalsTouchNothing()
    {
        // No --confirm, or the safety dump skipped without the phrase: refused locally.
        QCOMPARE(cli(restoreArgs(m_backup) << QStringLiteral("--yes")).code, 4);
        QCOMPARE(cli(restoreArgs(m_backup)
                     << QStringLiteral("--skip-safety-dump") << QStringLiteral("--plan"))
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("fx"), QStringLiteral("--database"),
                      QStringLiteral("x'; DROP DATABASE y; --"), QStringLiteral("--plan")})
                     .code,
                 2);
        QVERIFY(safetyDumps().isEmpty());
        QCOMPARE(patientNames(), QStringLiteral("Martin,García,Dubois,Moreau"));
    }

    void wrongPassphraseFailsBeforeTheDatabaseIsTouched()
    {
        QCOMPARE(sql(AlphaDb, QStringLiteral("INSERT INTO patients (first_name, last_name) "
                                             "VALUES ('Still', 'Marker')")),
                 QString());
        const CliRun run =
            cli(restoreArgs(m_wrongBackup)
                << QStringLiteral("--yes") << QStringLiteral("--confirm") << AlphaDb);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains("wrong passphrase") || run.err.contains("wrong passphrase"),
                 run.out + run.err);
        QVERIFY(!run.out.contains("vigie-rows"));
        QVERIFY(safetyDumps().isEmpty()); // it stopped at the first step
        QCOMPARE(patientNames(), QStringLiteral("Martin,García,Dubois,Moreau,Marker"));
        QCOMPARE(sql(QStringLiteral("postgres"),
                     QStringLiteral("SELECT has_database_privilege('medicalpro', '%1', 'CONNECT')")
                         .arg(AlphaDb)),
                 QStringLiteral("t"));
        sql(AlphaDb, QStringLiteral("DELETE FROM patients WHERE last_name = 'Marker'"));
    }

    void restoreToACopyLeavesTheOriginalAlone()
    {
        const CliRun run =
            cli({QStringLiteral("restore"), QStringLiteral("fx"), QStringLiteral("--database"),
                 AlphaDb, QStringLiteral("--backup"), m_backup, QStringLiteral("--to-copy"), CopyDb,
                 QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, run.out + run.err);
        QCOMPARE(sql(CopyDb, QStringLiteral("SELECT count(*) FROM patients WHERE last_name = "
                                            "'Row'")),
                 QStringLiteral("1"));
        QCOMPARE(patientNames(), QStringLiteral("Martin,García,Dubois,Moreau"));
        QVERIFY(safetyDumps().isEmpty());
    }

    void deletedRowComesBackWithASafetyDumpFirst()
    {
        const CliRun run = cli(restoreArgs(m_backup) << QStringLiteral("--yes")
                                                     << QStringLiteral("--confirm") << AlphaDb);
        QVERIFY2(run.code == 0, run.out + run.err);
        QCOMPARE(patientNames(), QStringLiteral("Martin,García,Dubois,Moreau,Row"));
        QVERIFY(run.out.contains("vigie-rows\tbefore\tpublic.patients\t4"));
        QVERIFY(run.out.contains("vigie-rows\tafter\tpublic.patients\t5"));
        // The safety dump holds the state before the restore, encrypted.
        const QStringList dumps = safetyDumps();
        QCOMPARE(dumps.size(), 1);
        QVERIFY(dumps.first().endsWith(QLatin1String(".dump.gpg")));
        const QString dump = fixtureFile(QStringLiteral("safety/")) + dumps.first();
        int rc = -1;
        const QByteArray list = runProgram(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("gpg --batch --quiet --passphrase-file \"$1\" -d \"$2\" | pg_restore "
                            "-f - --data-only"),
             QStringLiteral("sh"), fixtureFile(QStringLiteral("backup.passphrase")), dump},
            &rc);
        QCOMPARE(rc, 0);
        QVERIFY(list.contains("Moreau"));
        QVERIFY(!list.contains("\tRow\t"));
        // Connections are open again, for the tenant and everyone else.
        QCOMPARE(sql(QStringLiteral("postgres"),
                     QStringLiteral("SELECT has_database_privilege('medicalpro', '%1', 'CONNECT')")
                         .arg(AlphaDb)),
                 QStringLiteral("t"));
        // Nothing decrypted was left behind in the run's temporary directories.
        QVERIFY(!run.out.contains("PGDMP"));
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
