// `vigie-cli provision` against the fixture: the server's own script and the built-in steps
// create a real database and tenant row through the run engine; the tenant then shows up
// provisioned in `vigie-cli status --json`; hostile names never open a connection.
#include "SshTestSupport.h"
#include "TestSupport.h"
#include "fleet/ServerProfile.h"
#include "ops/OperationChecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vigie::test;

class TestProvision : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    TestHomeDir m_home;
    QMap<QString, QString> m_env;
    QStringList m_createdIds; // tenants to remove again, so other tests see the seed data

    CliRun cli(const QStringList& args) { return runCli(m_home.path(), args, {}, 120000); }

    QString fixtureFile(const QString& relative) const
    {
        return m_fixture.dir + QLatin1Char('/') + relative;
    }

    // psql as the superuser on the fixture's socket; unaligned, tuples only.
    QString sql(const QString& database, const QString& query)
    {
        int rc = -1;
        const QByteArray out =
            runProgram(QStringLiteral("psql"),
                       {QStringLiteral("-X"), QStringLiteral("-qAt"), QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                        m_env.value(QStringLiteral("VIGIE_FIXTURE_PG_SOCKET")),
                        QStringLiteral("-p"), m_env.value(QStringLiteral("VIGIE_FIXTURE_PG_PORT")),
                        QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                        database, QStringLiteral("-c"), query},
                       &rc);
        return rc == 0 ? QString::fromUtf8(out).trimmed() : QStringLiteral("psql failed");
    }

    QString tenantIdOf(const QString& subdomain)
    {
        return sql(
            QStringLiteral("medicalpro_central"),
            QStringLiteral("SELECT id FROM companies WHERE subdomain = '%1'").arg(subdomain));
    }

    int connections() { return sshdLogCount(m_fixture, "Connection from"); }

    // The wizard's pre-checks, over a real SSH connection, parsed.
    QList<vigie::CheckItem> provisionChecks(const QString& subdomain)
    {
        QFile file(fixtureFile(QStringLiteral("profile.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const auto profile =
            vigie::ServerProfile::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        const QString knownHosts = m_home.filePath(QStringLiteral("checks_known_hosts"));
        if (!trustFixtureHostKeys(m_fixture, knownHosts))
            return {};
        vigie::SshEngine engine;
        vigie::SshConnection connection(
            &engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts));
        if (openAndWait(connection).isError())
            return {};
        const ExecCapture capture =
            execAndWait(connection, vigie::OperationChecks::provisionCommand(profile, subdomain));
        if (!capture.result.succeeded())
            return {};
        return vigie::OperationChecks::parseProvision(capture.out, profile, subdomain);
    }

    static QString status(const QList<vigie::CheckItem>& items, const QString& id)
    {
        for (const vigie::CheckItem& item : items) {
            if (item.id == id)
                return item.status == vigie::CheckItem::Status::Passed ? QStringLiteral("passed")
                       : item.status == vigie::CheckItem::Status::Warning
                           ? QStringLiteral("warning")
                           : QStringLiteral("failed");
        }
        return QStringLiteral("missing");
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        m_env = m_fixture.env;
        QVERIFY2(QFile::exists(fixtureFile(QStringLiteral("profile.json"))),
                 "the full fixture is not up");
        QCOMPARE(prepareCliHome(m_home.path(), m_fixture), QString());
        // "fx": the fixture's profile (the server's provisioning script); "fx-builtin": the
        // same without the script, so the built-in steps run.
        const QString builtIn = m_home.filePath(QStringLiteral("builtin-profile.json"));
        QVERIFY(m_fixture.writeProfile(builtIn, [](QJsonObject& json) {
            QJsonObject operations = json.value(QStringLiteral("operations")).toObject();
            operations.remove(QStringLiteral("provisionScript"));
            json.insert(QStringLiteral("operations"), operations);
        }));
        QCOMPARE(addCliServer(m_home.path(), m_fixture, QStringLiteral("fx"),
                              fixtureFile(QStringLiteral("profile.json"))),
                 QString());
        QCOMPARE(addCliServer(m_home.path(), m_fixture, QStringLiteral("fx-builtin"), builtIn),
                 QString());
    }

    void cleanupTestCase()
    {
        sql(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS pwn"));
        for (const QString& id : std::as_const(m_createdIds)) {
            sql(QStringLiteral("postgres"),
                QStringLiteral("DROP DATABASE IF EXISTS medicalpro_clinic_%1 WITH (FORCE)")
                    .arg(QString(id).remove(u'-')));
            sql(QStringLiteral("medicalpro_central"),
                QStringLiteral("DELETE FROM companies WHERE id = '%1'").arg(id));
        }
    }

    void hostileNamesNeverReachTheServer_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("shell") << QStringList{QStringLiteral("--name"),
                                              QStringLiteral("a'; rm -rf /")};
        QTest::newRow("substitution")
            << QStringList{QStringLiteral("--name"), QStringLiteral("$(reboot)")};
        QTest::newRow("option") << QStringList{QStringLiteral("--name"), QStringLiteral("Alpha"),
                                               QStringLiteral("--subdomain"),
                                               QStringLiteral("-oProxyCommand=x")};
        QTest::newRow("64 bytes") << QStringList{QStringLiteral("--name"), QStringLiteral("Alpha"),
                                                 QStringLiteral("--subdomain"), QString(64, u'a')};
        QTest::newRow("backticks")
            << QStringList{QStringLiteral("--name"), QStringLiteral("Clinique `id`")};
        QTest::newRow("newline") << QStringList{QStringLiteral("--name"),
                                                QStringLiteral("Clinique\nAlpha")};
        QTest::newRow("cyrillic a")
            << QStringList{QStringLiteral("--name"), QStringLiteral("Clinique \u0430lpha")};
        QTest::newRow("quote") << QStringList{QStringLiteral("--name"), QStringLiteral("Alpha"),
                                              QStringLiteral("--subdomain"),
                                              QStringLiteral("al\"pha")};
    }
    void hostileNamesNeverReachTheServer()
    {
        QFETCH(QStringList, options);
        const int before = connections();
        QVERIFY(before >= 0);
        for (const QString& mode : {QStringLiteral("--plan"), QStringLiteral("--yes")}) {
            const CliRun run = cli(QStringList{QStringLiteral("provision"), QStringLiteral("fx")} +
                                   options + QStringList{mode});
            QCOMPARE(run.code, 2);
            QVERIFY(!run.err.trimmed().isEmpty());
            QVERIFY(run.out.isEmpty());
        }
        QTest::qWait(300); // sshd writes its log line asynchronously
        QCOMPARE(connections(), before);
    }

    void planOnlyPrintsThePlan()
    {
        const int before = connections();
        const CliRun run =
            cli({QStringLiteral("provision"), QStringLiteral("fx"), QStringLiteral("--name"),
                 QStringLiteral("Clínica Ozondenia Bis"), QStringLiteral("--plan")});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.out.contains("clinica-ozondenia-bis.example.test"));
        QVERIFY(run.out.contains("provision-clinic-db.sh"));
        QTest::qWait(300);
        QCOMPARE(connections(), before);
    }

    void checksBeforeProvisioning()
    {
        const auto items = provisionChecks(QStringLiteral("clinica-gamma"));
        QCOMPARE(items.size(), 4);
        QCOMPARE(status(items, QStringLiteral("subdomain-free")), QStringLiteral("passed"));
        QCOMPARE(status(items, QStringLiteral("certificate")), QStringLiteral("passed"));
        QVERIFY(status(items, QStringLiteral("disk")) != QLatin1String("missing"));
        if (m_env.value(QStringLiteral("VIGIE_FIXTURE_ETC_HOSTS")) == QLatin1String("1"))
            QCOMPARE(status(items, QStringLiteral("dns")), QStringLiteral("passed"));
        // Taken, and taken when spelled with '_' ("alpha" exists).
        QCOMPARE(status(provisionChecks(QStringLiteral("alpha")), QStringLiteral("subdomain-free")),
                 QStringLiteral("failed"));
        // No DNS record for ozondenia: a warning only, the profile resolves health checks itself.
        QCOMPARE(status(provisionChecks(QStringLiteral("ozondenia")), QStringLiteral("dns")),
                 QStringLiteral("warning"));
    }

    void serverScriptProvisionsATenantThatShowsProvisioned()
    {
        const CliRun run =
            cli({QStringLiteral("provision"), QStringLiteral("fx"), QStringLiteral("--name"),
                 QStringLiteral("Clínica Gamma"), QStringLiteral("--yes")});
        const QString id = tenantIdOf(QStringLiteral("clinica-gamma"));
        if (id.size() == 36)
            m_createdIds.append(id);
        QVERIFY2(run.code == 0, run.out + run.err);
        QCOMPARE(id.size(), 36);
        QCOMPARE(sql(QStringLiteral("medicalpro_central"),
                     QStringLiteral("SELECT name || '|' || clinic_db_provisioned FROM companies "
                                    "WHERE id = '%1'")
                         .arg(id)),
                 QStringLiteral("Clínica Gamma|true"));
        const QString database = QStringLiteral("medicalpro_clinic_") + QString(id).remove(u'-');
        QCOMPARE(sql(database, QStringLiteral("SELECT count(*) FROM patients")),
                 QStringLiteral("0"));

        // The same probe as the Tenants dashboard.
        const CliRun status =
            cli({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("fx")});
        const QJsonObject server = QJsonDocument::fromJson(status.out).array().first().toObject();
        QJsonObject tenant, summary;
        for (const QJsonValue& t : server.value(QStringLiteral("snapshot"))
                                       .toObject()
                                       .value(QStringLiteral("tenants"))
                                       .toArray())
            if (t.toObject().value(QStringLiteral("id")).toString() == id)
                tenant = t.toObject();
        for (const QJsonValue& t : server.value(QStringLiteral("tenants")).toArray())
            if (t.toObject().value(QStringLiteral("subdomain")).toString() ==
                QLatin1String("clinica-gamma"))
                summary = t.toObject();
        QVERIFY2(!tenant.isEmpty(), status.out.constData());
        QVERIFY(tenant.value(QStringLiteral("provisioned")).toBool());
        QVERIFY(tenant.value(QStringLiteral("databaseExists")).toBool());
        QCOMPARE(tenant.value(QStringLiteral("httpsStatus")).toInt(), 200);
        if (m_env.value(QStringLiteral("VIGIE_FIXTURE_ETC_HOSTS")) == QLatin1String("1"))
            QVERIFY(tenant.value(QStringLiteral("dnsResolves")).toBool());
        // Green but for the backup the profile does not configure for a new tenant yet.
        const QStringList gaps = summary.value(QStringLiteral("gaps")).toVariant().toStringList();
        QVERIFY2(gaps.size() <= 1, qPrintable(gaps.join(QLatin1Char('|'))));
        if (!gaps.isEmpty())
            QVERIFY2(gaps.first().startsWith(QLatin1String("no backup configured")),
                     qPrintable(gaps.first()));
        QVERIFY(summary.value(QStringLiteral("health")).toString() != QLatin1String("critical"));
    }

    void builtInStepsProvisionAndCanRunAgain()
    {
        const QString id = QStringLiteral("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
        m_createdIds.append(id);
        const QString database = QStringLiteral("medicalpro_clinic_") + QString(id).remove(u'-');
        const QStringList args{QStringLiteral("provision"),   QStringLiteral("fx-builtin"),
                               QStringLiteral("--name"),      QStringLiteral("Cabinet d'Épsilon"),
                               QStringLiteral("--subdomain"), QStringLiteral("epsilon"),
                               QStringLiteral("--tenant-id"), id,
                               QStringLiteral("--yes")};
        const CliRun first = cli(args);
        QVERIFY2(first.code == 0, first.out + first.err);
        QVERIFY(first.out.contains("Created database"));
        // Both migration files, in order, owned by the tenant owner.
        QCOMPARE(sql(database, QStringLiteral("SELECT string_agg(tablename || ':' || tableowner, "
                                              "',' ORDER BY tablename) FROM pg_tables WHERE "
                                              "schemaname = 'public'")),
                 QStringLiteral("appointments:medicalpro,patients:medicalpro"));
        QCOMPARE(sql(QStringLiteral("medicalpro_central"),
                     QStringLiteral("SELECT name || '|' || subdomain || '|' || "
                                    "clinic_db_provisioned FROM companies WHERE id = '%1'")
                         .arg(id)),
                 QStringLiteral("Cabinet d'Épsilon|epsilon|true"));
        sql(database, QStringLiteral("INSERT INTO patients (first_name, last_name) VALUES "
                                     "('Keep', 'Me')"));

        // Same tenant again: every step finds its work done and keeps the data.
        const CliRun again = cli(args);
        QVERIFY2(again.code == 0, again.out + again.err);
        QVERIFY(again.out.contains("already exists: kept"));
        QCOMPARE(sql(database, QStringLiteral("SELECT count(*) FROM patients")),
                 QStringLiteral("1"));

        // Another tenant cannot take the same subdomain, even spelled differently.
        const CliRun clash = cli({QStringLiteral("provision"), QStringLiteral("fx-builtin"),
                                  QStringLiteral("--name"), QStringLiteral("Epsilon Bis"),
                                  QStringLiteral("--subdomain"), QStringLiteral("epsilon"),
                                  QStringLiteral("--yes")});
        QCOMPARE(clash.code, 1);
        QVERIFY(clash.out.contains("already uses the subdomain") ||
                clash.err.contains("already uses the subdomain"));
        QCOMPARE(sql(QStringLiteral("medicalpro_central"),
                     QStringLiteral("SELECT count(*) FROM companies WHERE subdomain = 'epsilon'")),
                 QStringLiteral("1"));
    }

    void hostileMigrationCannotBecomeSuperuser()
    {
        // Whoever can write the migrations directory (the app's repository, the deploy user)
        // must not get more than the owner role: under SET ROLE from a superuser session,
        // RESET ROLE gave the migration the superuser back.
        QCOMPARE(sql(QStringLiteral("postgres"),
                     QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'pwn'")),
                 QStringLiteral("0"));
        const QString dir = m_home.filePath(QStringLiteral("hostile-migrations"));
        QVERIFY(QDir().mkpath(dir));
        QFile migration(dir + QStringLiteral("/001_pwn.sql"));
        QVERIFY(migration.open(QIODevice::WriteOnly));
        migration.write(
            "CREATE TABLE harmless (id int);\nRESET ROLE;\nCREATE ROLE pwn SUPERUSER;\n");
        migration.close();
        const QString hostile = m_home.filePath(QStringLiteral("hostile-profile.json"));
        QVERIFY(m_fixture.writeProfile(hostile, [&dir](QJsonObject& json) {
            QJsonObject operations = json.value(QStringLiteral("operations")).toObject();
            operations.remove(QStringLiteral("provisionScript"));
            operations.insert(QStringLiteral("tenantMigrationsDirectory"), dir);
            json.insert(QStringLiteral("operations"), operations);
        }));
        QCOMPARE(addCliServer(m_home.path(), m_fixture, QStringLiteral("fx-hostile"), hostile),
                 QString());
        const QString id = QStringLiteral("6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c");
        m_createdIds.append(id);
        const QStringList args{QStringLiteral("provision"),   QStringLiteral("fx-hostile"),
                               QStringLiteral("--name"),      QStringLiteral("Cabinet Zeta"),
                               QStringLiteral("--subdomain"), QStringLiteral("zeta"),
                               QStringLiteral("--tenant-id"), id};
        // The plan says which role runs the migrations.
        const CliRun plan = cli(args + QStringList{QStringLiteral("--plan")});
        QVERIFY2(plan.code == 0, plan.err.constData());
        QVERIFY2(plan.out.contains("logged in as the role medicalpro"), plan.out.constData());

        const CliRun run = cli(args + QStringList{QStringLiteral("--yes")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains("login: medicalpro|false"), run.out.constData());
        QVERIFY2(run.out.contains("ERROR:  must be superuser to create superusers"),
                 run.out.constData());
        QCOMPARE(sql(QStringLiteral("postgres"),
                     QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'pwn'")),
                 QStringLiteral("0"));
        // One transaction: nothing of the migration stayed.
        const QString database = QStringLiteral("medicalpro_clinic_") + QString(id).remove(u'-');
        QCOMPARE(sql(database, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = "
                                              "'harmless'")),
                 QStringLiteral("0"));
    }

    void superuserLoginIsRefusedForMigrations()
    {
        // A profile whose migrations psql logs in as the superuser: refused before any SQL.
        const QString dir = m_home.filePath(QStringLiteral("plain-migrations"));
        QVERIFY(QDir().mkpath(dir));
        QFile migration(dir + QStringLiteral("/001_t.sql"));
        QVERIFY(migration.open(QIODevice::WriteOnly));
        migration.write("CREATE TABLE t (id int);\n");
        migration.close();
        const QString path = m_home.filePath(QStringLiteral("superuser-profile.json"));
        QVERIFY(m_fixture.writeProfile(path, [&](QJsonObject& json) {
            QJsonObject operations = json.value(QStringLiteral("operations")).toObject();
            operations.remove(QStringLiteral("provisionScript"));
            operations.insert(QStringLiteral("tenantMigrationsDirectory"), dir);
            operations.insert(QStringLiteral("tenantMigrationsPsqlCommand"),
                              QStringLiteral("psql -h %1 -p %2 -U postgres")
                                  .arg(m_env.value(QStringLiteral("VIGIE_FIXTURE_PG_SOCKET")),
                                       m_env.value(QStringLiteral("VIGIE_FIXTURE_PG_PORT"))));
            json.insert(QStringLiteral("operations"), operations);
        }));
        QCOMPARE(addCliServer(m_home.path(), m_fixture, QStringLiteral("fx-super"), path),
                 QString());
        const QString id = QStringLiteral("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");
        m_createdIds.append(id);
        const CliRun run = cli({QStringLiteral("provision"), QStringLiteral("fx-super"),
                                QStringLiteral("--name"), QStringLiteral("Cabinet Eta"),
                                QStringLiteral("--subdomain"), QStringLiteral("eta"),
                                QStringLiteral("--tenant-id"), id, QStringLiteral("--yes")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains("postgres|true"), run.out.constData());
        const QString database = QStringLiteral("medicalpro_clinic_") + QString(id).remove(u'-');
        QCOMPARE(sql(database, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = "
                                              "'t'")),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestProvision)
#include "tst_provision.moc"
