// `vigie-cli restore` on the compose fixture: the database lives in a PostgreSQL container
// (psql, pg_dump through `docker-compose exec -T`, the profile's own command line) and the
// backups are gzip plain-SQL dumps made by the server's cron script. A truncated file and a
// gzip that is not a dump fail at the verify step, before anything is touched; a restore to a
// copy leaves the original alone; in place, a deleted row comes back after a safety dump.
#include "TestSupport.h"

#include <QDir>
#include <QtTest>

using namespace vigie::test;

namespace {
const QString CentralDb = QStringLiteral("flotteq_central");
const QString CopyDb = QStringLiteral("flotteq_central_inspect");
} // namespace

class TestComposeRestore : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    TestHomeDir m_home;
    QString m_work; // the test's files in the deploy user's home

    QString env(const char* key) const
    {
        return m_fixture.env.value(QStringLiteral("VIGIE_COMPOSE_") + QLatin1String(key));
    }

    CliRun cli(const QStringList& args) { return runCli(m_home.path(), args, {}, 240000); }

    // As root, on the fixture's private dockerd, inside the PostgreSQL container.
    QString sql(const QString& database, const QString& query)
    {
        int rc = -1;
        const QByteArray out = runProgram(
            QStringLiteral("env"),
            {QStringLiteral("DOCKER_HOST=") + env("DOCKER_HOST"), QStringLiteral("docker"),
             QStringLiteral("exec"), QStringLiteral("-i"), QStringLiteral("flotteq_postgres_1"),
             QStringLiteral("psql"), QStringLiteral("-U"), QStringLiteral("postgres"),
             QStringLiteral("-XqAt"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-d"), database, QStringLiteral("-c"), query},
            &rc);
        return rc == 0 ? QString::fromUtf8(out).trimmed() : QStringLiteral("psql failed");
    }

    QString tenants()
    {
        return sql(CentralDb,
                   QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) FROM tenants"));
    }

    // A file of the deploy user's, written by root.
    QString deployFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_work + QLatin1Char('/') + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        file.close();
        int rc = -1;
        runProgram(QStringLiteral("chown"), {QStringLiteral("vigie-deploy:"), path}, &rc);
        return rc == 0 ? path : QString();
    }

    QString newestBackup() const
    {
        const QStringList files =
            QDir(env("BACKUP_DIR"))
                .entryList({QStringLiteral("backup_*.sql.gz")}, QDir::Files, QDir::Name);
        return files.isEmpty() ? QString() : env("BACKUP_DIR") + QLatin1Char('/') + files.last();
    }

    QStringList safetyDumps() const
    {
        return QDir(env("HOME") + QStringLiteral("/backups/safety"))
            .entryList({CentralDb + QStringLiteral("-before-restore-*")}, QDir::Files);
    }

    QStringList inPlace(const QString& backup) const
    {
        return {QStringLiteral("restore"),
                QStringLiteral("fq"),
                QStringLiteral("--database"),
                CentralDb,
                QStringLiteral("--backup"),
                backup,
                QStringLiteral("--yes"),
                QStringLiteral("--confirm"),
                CentralDb};
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::loadCompose();
        QVERIFY2(m_fixture.isValid(), "the compose fixture is not up (VIGIE_COMPOSE_FIXTURE_DIR)");
        QCOMPARE(prepareCliHome(m_home.path(), m_fixture, QStringLiteral("id_ecdsa")), QString());
        QCOMPARE(addCliServer(m_home.path(), m_fixture, QStringLiteral("fq"), env("PROFILE")),
                 QString());
        m_work = env("HOME") + QStringLiteral("/restore-test");
        QVERIFY(QDir().mkpath(m_work));
        int rc = -1;
        runProgram(QStringLiteral("chown"), {QStringLiteral("vigie-deploy:"), m_work}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY(!newestBackup().isEmpty());
        // The fixture's other tests restart dockerd: its PostgreSQL takes a moment to accept.
        for (int i = 0; i < 30 && tenants() == QLatin1String("psql failed"); ++i)
            QTest::qWait(2000);
        QCOMPARE(tenants(), QStringLiteral("Ambulances Beta,Livraisons Gamma,Transports Alpha"));
    }

    void cleanupTestCase()
    {
        sql(QStringLiteral("postgres"),
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(CopyDb));
        if (m_work.isEmpty())
            return; // initTestCase failed: nothing of ours to remove (and QDir("") is ".")
        for (const QString& dump : safetyDumps())
            QFile::remove(env("HOME") + QStringLiteral("/backups/safety/") + dump);
        QDir(m_work).removeRecursively();
    }

    void truncatedGzipFailsBeforeAnythingIsTouched()
    {
        QFile newest(newestBackup());
        QVERIFY(newest.open(QIODevice::ReadOnly));
        const QByteArray whole = newest.readAll();
        const QString cut =
            deployFile(QStringLiteral("backup_cut.sql.gz"), whole.left(whole.size() / 2));
        QVERIFY(!cut.isEmpty());
        const QStringList before = safetyDumps();
        const CliRun run = cli(inPlace(cut));
        QVERIFY2(run.code != 0, run.out);
        QVERIFY2(run.err.contains("not a whole gzip file") ||
                     run.out.contains("not a whole gzip file"),
                 run.out + run.err);
        QCOMPARE(safetyDumps(), before); // failed at [verify]: no safety dump, nothing else
        QCOMPARE(tenants(), QStringLiteral("Ambulances Beta,Livraisons Gamma,Transports Alpha"));
    }

    void gzipThatIsNotADumpFailsBeforeAnythingIsTouched()
    {
        int rc = -1;
        const QByteArray notSql = runProgram(QStringLiteral("gzip"), {QStringLiteral("-c")}, &rc,
                                             "DELETE FROM tenants;\n");
        const QString file = deployFile(QStringLiteral("backup_notsql.sql.gz"), notSql);
        const CliRun run = cli(inPlace(file));
        QVERIFY2(run.code != 0, run.out);
        QVERIFY2((run.out + run.err).contains("not an SQL script made by pg_dump"),
                 run.out + run.err);
        QCOMPARE(tenants(), QStringLiteral("Ambulances Beta,Livraisons Gamma,Transports Alpha"));
    }

    void restoreToACopyLeavesTheOriginalAlone()
    {
        sql(CentralDb, QStringLiteral("INSERT INTO tenants (id, name, subdomain, provisioned) "
                                      "VALUES (gen_random_uuid(), 'Only Here', 'only', false)"));
        const CliRun run =
            cli({QStringLiteral("restore"), QStringLiteral("fq"), QStringLiteral("--database"),
                 CentralDb, QStringLiteral("--backup"), newestBackup(), QStringLiteral("--to-copy"),
                 CopyDb, QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, run.out + run.err);
        QCOMPARE(sql(CopyDb, QStringLiteral("SELECT count(*) FROM tenants")), QStringLiteral("3"));
        QCOMPARE(sql(CentralDb, QStringLiteral("SELECT count(*) FROM tenants")),
                 QStringLiteral("4"));
        sql(CentralDb, QStringLiteral("DELETE FROM tenants WHERE name = 'Only Here'"));
    }

    void anErrorInTheDumpRollsEverythingBack()
    {
        // A dump that verifies (pg_dump's header, its closing line) but fails half-way in
        // psql: the schemas dropped in the same transaction come back with the rollback.
        int rc = -1;
        QByteArray dump =
            runProgram(QStringLiteral("gzip"), {QStringLiteral("-dc"), newestBackup()}, &rc);
        QCOMPARE(rc, 0);
        const qsizetype end = dump.indexOf("-- PostgreSQL database dump complete");
        QVERIFY(end > 0);
        dump.insert(end, "INSERT INTO no_such_table VALUES (1);\n\n");
        const QString broken =
            deployFile(QStringLiteral("backup_broken.sql.gz"),
                       runProgram(QStringLiteral("gzip"), {QStringLiteral("-c")}, &rc, dump));
        QVERIFY(!broken.isEmpty());
        sql(CentralDb, QStringLiteral("DELETE FROM tenants WHERE name = 'Ambulances Beta'"));
        const CliRun run = cli(inPlace(broken));
        QVERIFY2(run.code != 0, run.out);
        QVERIFY2((run.out + run.err).contains("psql into flotteq_central failed"),
                 run.out + run.err);
        QVERIFY2(!(run.out + run.err).contains("not a whole gzip file"), run.out + run.err);
        // Exactly as before the restore: the deleted row is still gone, everything else there.
        QCOMPARE(tenants(), QStringLiteral("Livraisons Gamma,Transports Alpha"));
        QCOMPARE(sql(CentralDb, QStringLiteral("SELECT count(*) FROM schema_migrations")),
                 QStringLiteral("2"));
    }

    void deletedRowComesBackInPlaceWithASafetyDumpFirst()
    {
        QCOMPARE(
            sql(CentralDb, QStringLiteral("DELETE FROM tenants WHERE name = 'Livraisons Gamma'")),
            QString());
        const QStringList before = safetyDumps();
        const CliRun run = cli(inPlace(newestBackup()));
        QVERIFY2(run.code == 0, run.out + run.err);
        QCOMPARE(tenants(), QStringLiteral("Ambulances Beta,Livraisons Gamma,Transports Alpha"));
        QVERIFY2(run.out.contains("vigie-rows\tbefore\tpublic.tenants\t1"), run.out);
        QVERIFY2(run.out.contains("vigie-rows\tafter\tpublic.tenants\t3"), run.out);
        // The safety dump (pg_dump -Fc from inside the container, written on the host) holds
        // the state before the restore.
        const QStringList after = safetyDumps();
        QCOMPARE(after.size(), before.size() + 1);
        // The table is owned by the application's role again, as in the dump.
        QCOMPARE(sql(CentralDb, QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename "
                                               "= 'tenants'")),
                 QStringLiteral("flotteq"));
    }
};

QTEST_GUILESS_MAIN(TestComposeRestore)
#include "tst_composerestore.moc"
