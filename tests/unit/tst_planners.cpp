// The provision and restore planners: exact steps, kinds, locks, undo and recovery, the typed
// confirmation, and how hostile-but-valid values reach a real shell (run locally through
// /bin/sh with a stand-in psql that records its arguments and its script).
#include "ops/OperationChecks.h"
#include "ops/PostgresCommands.h"
#include "ops/ProvisionPlanner.h"
#include "ops/RestorePlanner.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {

const QString Id = QStringLiteral("0f1e2d3c-4b5a-4697-8877-665544332211");
const QString Db = QStringLiteral("medicalpro_clinic_0f1e2d3c4b5a46978877665544332211");

ServerProfile profile()
{
    ServerProfile p;
    p.psqlCommand = QStringLiteral("psql -h /run/pg -p 5432 -U postgres");
    p.centralDatabase = QStringLiteral("medicalpro_central");
    p.tenantDatabasePrefix = QStringLiteral("medicalpro_clinic_");
    p.tenantQuery = QStringLiteral("SELECT id, name, subdomain, provisioned FROM companies;");
    p.tenantDomain = QStringLiteral("example.test");
    p.tenantHealthResolve = QStringLiteral("127.0.0.1:24443");
    p.tenantDatabaseOwner = QStringLiteral("medicalpro");
    p.tenantMigrationsDirectory = QStringLiteral("/opt/medicalpro/migrations");
    p.tenantRegisterSql = QStringLiteral("INSERT INTO companies VALUES (:'id', :'name', "
                                         ":'subdomain', :'provisioned'::boolean);");
    p.backupPassphraseFile = QStringLiteral("/root/.secrets/backup passphrase");
    p.safetyDumpDirectory = QStringLiteral("/var/backups/vigie/");
    p.pm2Command = QStringLiteral("pm2");
    p.sharedDatabaseApps = {QStringLiteral("medical-pro-backend")};
    return p;
}

QList<PlanStep::Kind> kinds(const Plan& plan)
{
    QList<PlanStep::Kind> list;
    for (const PlanStep& step : plan.steps)
        list.append(step.kind);
    return list;
}

using K = PlanStep::Kind;

} // namespace

class TestPlanners : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A stand-in psql: writes its arguments (one per line) and its stdin to files.
    QString fakePsql()
    {
        const QString path = m_dir.filePath(QStringLiteral("bin/psql"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("bin")));
        QFile file(path);
        if (!file.exists()) {
            file.open(QIODevice::WriteOnly);
            file.write("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done >\"$(dirname "
                       "\"$0\")/args\"\ncat >\"$(dirname \"$0\")/stdin\"\n");
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        return path;
    }
    QByteArray runLocally(const QString& command)
    {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-ec"), command});
        sh.closeWriteChannel();
        if (!sh.waitForFinished(20000) || sh.exitCode() != 0)
            return "failed: " + sh.readAllStandardError();
        return sh.readAllStandardOutput();
    }
    QByteArray readBack(const QString& name)
    {
        QFile file(m_dir.filePath(QStringLiteral("bin/") + name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void provisionBuiltIn()
    {
        ProvisionRequest request;
        request.name = QStringLiteral("Clínica Ozondenia");
        request.tenantId = Id;
        QString error;
        const Plan plan = ProvisionPlanner::plan(profile(), request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plan.wizard, QStringLiteral("provision"));
        QCOMPARE(plan.steps.size(), 5);
        QCOMPARE(kinds(plan), (QList<K>{K::Check, K::Change, K::Change, K::Change, K::Check}));
        QCOMPARE(plan.lockTargets, (QStringList{QStringLiteral("tenant:clinica-ozondenia"),
                                                QStringLiteral("db:") + Db,
                                                QStringLiteral("db:medicalpro_central")}));
        QVERIFY(plan.confirmationWord.isEmpty());
        QVERIFY(!plan.hasDestructiveSteps());
        QCOMPARE(plan.parameters.value(QStringLiteral("subdomain")).toString(),
                 QStringLiteral("clinica-ozondenia"));
        QCOMPARE(plan.parameters.value(QStringLiteral("database")).toString(), Db);
        // Create database: idempotent, with its undo.
        QVERIFY(
            plan.steps.at(1).command.contains(QLatin1String("CREATE DATABASE :\"db\" OWNER "
                                                            ":\"owner\" ENCODING '\\''UTF8'\\''")));
        QVERIFY(plan.steps.at(1).command.contains(QLatin1String("\\if :vigie_create")));
        QVERIFY(plan.steps.at(1).undo.contains(QLatin1String("DROP DATABASE IF EXISTS :\"db\"")));
        QVERIFY(plan.steps.at(1).undo.contains(QStringLiteral("-v db='") + Db + u'\''));
        // Migrations: in name order, one transaction, through a LOGIN as the owner (never SET
        // ROLE from the superuser's session), checked first; the plan says which role.
        const QString migrate = plan.steps.at(2).command;
        QVERIFY(migrate.contains(QLatin1String("LC_ALL=C")));
        QVERIFY(migrate.contains(QLatin1String("psql -h /run/pg -p 5432 -U 'medicalpro' -X -q -A "
                                               "-t -v ON_ERROR_STOP=1 -d '") +
                                 Db + QLatin1String("' -1 -f -")));
        QVERIFY(!migrate.contains(QLatin1String("SET ROLE")));
        QVERIFY(!migrate.contains(QLatin1String("-U postgres -X -q -A -t -v ON_ERROR_STOP=1 -d '") +
                                  Db + QLatin1String("' -1")));
        QVERIFY(migrate.contains(QLatin1String("'medicalpro|false')")));
        QVERIFY(plan.steps.at(2).title.endsWith(QLatin1String("logged in as the role medicalpro")));
        // Register as provisioned; its undo registers it as not provisioned.
        QVERIFY(plan.steps.at(3).command.contains(QLatin1String("-v provisioned='true'")));
        QVERIFY(plan.steps.at(3).undo.contains(QLatin1String("-v provisioned='false'")));
        QVERIFY(plan.steps.at(4).command.contains(
            QLatin1String("--resolve 'clinica-ozondenia.example.test:24443:127.0.0.1' "
                          "'https://clinica-ozondenia.example.test:24443/health'")));
        // The undo after the registration failed: unregister, then drop the database.
        const Plan undo = plan.undoPlan(4);
        QCOMPARE(undo.steps.size(), 2);
        QVERIFY(undo.steps.at(0).command.contains(QLatin1String("provisioned='false'")));
        QVERIFY(undo.steps.at(1).command.contains(QLatin1String("DROP DATABASE")));
    }

    void migrationsLogInAsTheOwner_data()
    {
        QTest::addColumn<QString>("psql");
        QTest::addColumn<QString>("own");
        QTest::addColumn<QString>("expected");
        QTest::newRow("-U x") << QStringLiteral("psql -h /run/pg -U postgres -p 5") << QString()
                              << QStringLiteral("psql -h /run/pg -p 5 -U 'app'");
        QTest::newRow("-Ux") << QStringLiteral("/usr/bin/psql -Upostgres") << QString()
                             << QStringLiteral("/usr/bin/psql -U 'app'");
        QTest::newRow("--username=") << QStringLiteral("psql --username=postgres") << QString()
                                     << QStringLiteral("psql -U 'app'");
        QTest::newRow("--username x") << QStringLiteral("psql --username postgres -h h")
                                      << QString() << QStringLiteral("psql -h h -U 'app'");
        QTest::newRow("sudo: its -u stays") << QStringLiteral("sudo -u postgres psql") << QString()
                                            << QStringLiteral("sudo -u postgres psql -U 'app'");
        QTest::newRow("the profile's own")
            << QStringLiteral("sudo -u postgres psql") << QStringLiteral("psql -h 127.0.0.1 -U app")
            << QStringLiteral("psql -h 127.0.0.1 -U app");
        QTest::newRow("no psql") << QStringLiteral("pgcli") << QString() << QString();
    }
    void migrationsLogInAsTheOwner()
    {
        QFETCH(QString, psql);
        QFETCH(QString, own);
        QFETCH(QString, expected);
        ServerProfile p = profile();
        p.psqlCommand = psql;
        p.tenantDatabaseOwner = QStringLiteral("app");
        p.tenantMigrationsPsqlCommand = own;
        const QString options = QStringLiteral(" -X -q -A -t -v ON_ERROR_STOP=1");
        QCOMPARE(PostgresCommands::migrationsPsql(p),
                 expected.isEmpty() ? QString() : expected + options);
        ProvisionRequest request;
        request.name = QStringLiteral("Cabinet Gamma");
        request.tenantId = Id;
        QString error;
        const Plan plan = ProvisionPlanner::plan(p, request, &error);
        QCOMPARE(plan.steps.isEmpty(), expected.isEmpty());
        // No owner: the psql command's own login, refused at run time if it can be superuser.
        p.tenantDatabaseOwner.clear();
        p.tenantMigrationsPsqlCommand.clear();
        const Plan noOwner = ProvisionPlanner::plan(p, request, &error);
        if (!expected.isEmpty()) {
            QVERIFY(noOwner.steps.at(2).command.contains(QLatin1String("*'|false')")));
            QVERIFY(noOwner.steps.at(2).title.contains(QLatin1String("refused for a superuser")));
        }
    }

    void provisionWithScripts()
    {
        ServerProfile p = profile();
        p.provisionScript = QStringLiteral("/opt/scripts/provision-clinic-db.sh");
        p.subdomainScript = QStringLiteral("/opt/scripts/manage-clinic-subdomain.sh");
        ProvisionRequest request;
        request.name = QStringLiteral("Cabinet Gamma");
        request.subdomain = QStringLiteral("gamma");
        request.tenantId = Id;
        const Plan plan = ProvisionPlanner::plan(p, request);
        QCOMPARE(plan.steps.size(), 5);
        QCOMPARE(kinds(plan), (QList<K>{K::Check, K::Change, K::Change, K::Change, K::Check}));
        QVERIFY(plan.steps.at(1).command.contains(QLatin1String("-v provisioned='false'")));
        QCOMPARE(plan.steps.at(2).command,
                 QStringLiteral("'/opt/scripts/provision-clinic-db.sh' '") + Id + u'\'');
        QCOMPARE(plan.steps.at(3).command,
                 QStringLiteral("'/opt/scripts/manage-clinic-subdomain.sh' 'add' '") + Id +
                     QStringLiteral("' 'gamma'"));
    }

    void provisionGeneratesAnId()
    {
        ProvisionRequest request;
        request.name = QStringLiteral("Alpha Bis");
        const Plan a = ProvisionPlanner::plan(profile(), request);
        const Plan b = ProvisionPlanner::plan(profile(), request);
        const QString id = a.parameters.value(QStringLiteral("tenantId")).toString();
        QCOMPARE(id.size(), 36);
        QVERIFY(id != b.parameters.value(QStringLiteral("tenantId")).toString());
        QVERIFY(a.parameters.value(QStringLiteral("database"))
                    .toString()
                    .endsWith(QString(id).remove(u'-')));
    }

    void provisionRefusesHostileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subdomain");
        QTest::newRow("shell name") << QStringLiteral("a'; rm -rf /") << QStringLiteral("a");
        QTest::newRow("substitution") << QStringLiteral("$(reboot)") << QString();
        QTest::newRow("option subdomain")
            << QStringLiteral("Alpha") << QStringLiteral("-oProxyCommand=x");
        QTest::newRow("64 bytes") << QStringLiteral("Alpha") << QString(64, u'a');
        QTest::newRow("collision") << QStringLiteral("A B") << QStringLiteral("a-b");
        QTest::newRow("newline") << QStringLiteral("Alpha\nBeta") << QString();
        QTest::newRow("cyrillic") << QStringLiteral("Clinique \u0430lpha") << QString();
        QTest::newRow("backticks") << QStringLiteral("`id`") << QStringLiteral("id");
    }
    void provisionRefusesHostileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, subdomain);
        ProvisionRequest request;
        request.name = name;
        request.subdomain = subdomain;
        request.existingSubdomains = {QStringLiteral("a_b")};
        QString error;
        const Plan plan = ProvisionPlanner::plan(profile(), request, &error);
        QVERIFY(plan.steps.isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void provisionRefusesAnIncompleteProfile()
    {
        ProvisionRequest request;
        request.name = QStringLiteral("Alpha");
        ServerProfile p = profile();
        p.tenantRegisterSql.clear();
        QVERIFY(!ProvisionPlanner::validate(p, request).isEmpty());
        p = profile();
        p.tenantDatabasePrefix = QStringLiteral("x; drop");
        QVERIFY(!ProvisionPlanner::validate(p, request).isEmpty());
    }

    void hostileButValidValuesReachPsqlIntact()
    {
        ServerProfile p = profile();
        p.psqlCommand = fakePsql();
        ProvisionRequest request;
        request.name = QStringLiteral("Clinique de l'Europe & Fils (Dr. Martin-Léger)");
        request.subdomain = QStringLiteral("europe");
        request.tenantId = Id;
        const Plan plan = ProvisionPlanner::plan(p, request);
        QCOMPARE(plan.steps.size(), 5);
        const QByteArray out = runLocally(plan.steps.at(3).command);
        QVERIFY2(!out.startsWith("failed"), out.constData());
        const QList<QByteArray> args = readBack(QStringLiteral("args")).split('\n');
        const qsizetype name = args.indexOf("name=" + request.name.toUtf8());
        QVERIFY2(name > 0, readBack(QStringLiteral("args")).constData());
        QCOMPARE(args.at(name - 1), QByteArray("-v"));
        QVERIFY(args.contains("id=" + Id.toUtf8()));
        // The SQL text itself is the profile's, untouched: values are only psql variables.
        QCOMPARE(readBack(QStringLiteral("stdin")), p.tenantRegisterSql.toUtf8() + '\n');
    }

    void restoreTenantInPlace()
    {
        RestoreRequest request;
        request.database = Db;
        request.backupFile = QStringLiteral("/var/backups/medicalpro/clinic_x_20261122.dump.gpg");
        request.tenantSubdomain = QStringLiteral("ozondenia");
        request.at = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        QString error;
        const Plan plan = RestorePlanner::plan(profile(), request, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plan.wizard, QStringLiteral("restore"));
        QCOMPARE(kinds(plan), (QList<K>{K::Check, K::Check, K::Change, K::Change, K::Destructive,
                                        K::Change, K::Check, K::Check}));
        QCOMPARE(plan.confirmationWord, Db);
        QCOMPARE(plan.lockTargets, QStringList{QStringLiteral("db:") + Db});
        // Verify first, with the passphrase file quoted and never read by Vigie.
        QVERIFY(plan.steps.at(0).command.contains(
            QLatin1String("--passphrase-file '/root/.secrets/backup passphrase'")));
        QVERIFY(plan.steps.at(0).command.contains(QLatin1String("--list")));
        QVERIFY(!plan.steps.at(0).command.contains(QLatin1String("pipefail")));
        const QString safety = QStringLiteral("/var/backups/vigie/") + Db +
                               QStringLiteral("-before-restore-20261123-100000.dump.gpg");
        QCOMPARE(plan.parameters.value(QStringLiteral("safetyDump")).toString(), safety);
        QVERIFY(plan.steps.at(2).command.contains(shellQuoted(safety)));
        // Only this tenant's connections are cut.
        QVERIFY(plan.steps.at(3).command.contains(QLatin1String("REVOKE CONNECT")));
        QVERIFY(plan.steps.at(3).command.contains(QLatin1String("pg_terminate_backend")));
        QVERIFY(!plan.steps.at(3).command.contains(QLatin1String("pm2")));
        QVERIFY(plan.steps.at(4).command.contains(
            QLatin1String("--single-transaction --exit-on-error --clean --if-exists")));
        QVERIFY(plan.steps.at(5).command.contains(QLatin1String("GRANT CONNECT")));
        QVERIFY(plan.steps.at(6).command.contains(QLatin1String("ozondenia.example.test")));
        // A failure from the quiesce on reopens the database automatically.
        QCOMPARE(plan.recoveryFrom, 3);
        QCOMPARE(plan.recoverySteps.size(), 1);
        QVERIFY(plan.recoverySteps.first().command.contains(QLatin1String("GRANT CONNECT")));

        const Plan back = RestorePlanner::safetyRestorePlan(profile(), plan, &error);
        QVERIFY2(!back.steps.isEmpty(), qPrintable(error));
        QCOMPARE(back.parameters.value(QStringLiteral("backupFile")).toString(), safety);
        QVERIFY(back.parameters.value(QStringLiteral("safetyDump")).toString().isEmpty());
        QCOMPARE(back.confirmationWord, Db);
        QCOMPARE(kinds(back), (QList<K>{K::Check, K::Check, K::Change, K::Destructive, K::Change,
                                        K::Check, K::Check}));
    }

    void restoreSharedDatabaseStopsItsApps()
    {
        RestoreRequest request;
        request.database = QStringLiteral("medicalpro_central");
        request.backupFile = QStringLiteral("/var/backups/medicalpro/central_20261122.dump.gpg");
        const Plan plan = RestorePlanner::plan(profile(), request);
        QCOMPARE(plan.lockTargets, (QStringList{QStringLiteral("db:medicalpro_central"),
                                                QStringLiteral("app:medical-pro-backend")}));
        QVERIFY(
            plan.steps.at(3).command.startsWith(QLatin1String("pm2 stop 'medical-pro-backend'")));
        QVERIFY(
            plan.steps.at(5).command.contains(QLatin1String("pm2 start 'medical-pro-backend'")));
        QVERIFY(!plan.steps.at(3).command.contains(QLatin1String("REVOKE")));
    }

    void restoreToACopy()
    {
        RestoreRequest request;
        request.database = Db;
        request.copyName = QStringLiteral("inspect_copy");
        request.backupFile = QStringLiteral("/b/clinic.dump.gpg");
        const Plan plan = RestorePlanner::plan(profile(), request);
        QCOMPARE(kinds(plan), (QList<K>{K::Check, K::Change, K::Change, K::Check}));
        QVERIFY(plan.confirmationWord.isEmpty());
        QCOMPARE(plan.lockTargets, QStringList{QStringLiteral("db:inspect_copy")});
        QVERIFY(plan.steps.at(1).undo.contains(QLatin1String("DROP DATABASE IF EXISTS")));
        QVERIFY(!plan.steps.at(2).command.contains(QLatin1String("--clean")));
        QVERIFY(plan.steps.at(2).command.contains(QLatin1String("-d 'inspect_copy'")));
        QVERIFY(RestorePlanner::safetyRestorePlan(profile(), plan).steps.isEmpty());
    }

    void restoreRefusals()
    {
        RestoreRequest request;
        request.database = Db;
        request.backupFile = QStringLiteral("/b/clinic.dump.gpg");
        request.skipSafetyDump = true;
        QVERIFY(!RestorePlanner::validate(profile(), request).isEmpty());
        request.skipSafetyConfirmation = QStringLiteral("skip ") + Db;
        QVERIFY(RestorePlanner::validate(profile(), request).isEmpty());
        QVERIFY(RestorePlanner::plan(profile(), request)
                    .parameters.value(QStringLiteral("safetyDump"))
                    .toString()
                    .isEmpty());
        request.database = QStringLiteral("x'; DROP DATABASE y; --");
        QVERIFY(!RestorePlanner::validate(profile(), request).isEmpty());
        request.database = Db;
        request.backupFile = QStringLiteral("relative.dump.gpg");
        QVERIFY(!RestorePlanner::validate(profile(), request).isEmpty());
        request.backupFile = QStringLiteral("/b/clinic.dump.gpg");
        request.copyName = QStringLiteral("Bad-Name");
        QVERIFY(!RestorePlanner::validate(profile(), request).isEmpty());
        ServerProfile noPassphrase = profile();
        noPassphrase.backupPassphraseFile.clear();
        request.copyName.clear();
        QVERIFY(!RestorePlanner::validate(noPassphrase, request).isEmpty());
    }

    void rowCounts()
    {
        const QString log = QStringLiteral("noise\nvigie-rows\tbefore\tpublic.patients\t4\n"
                                           "vigie-rows\tafter\tpublic.patients\t5\nbad\tline\n");
        const auto counts = RestorePlanner::parseRowCounts(log);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0).label, QStringLiteral("before"));
        QCOMPARE(counts.at(1).table, QStringLiteral("public.patients"));
        QCOMPARE(counts.at(1).rows, 5);
    }

    void provisionChecksParse()
    {
        const QByteArray output = "tenant\talpha\ntenant\tmy_clinic\nresolve\t127.0.0.1\n"
                                  "cert\tvalid\t/le/live/x/cert.pem\tDNS:*.example.test "
                                  "DNS:example.test \n"
                                  "disk\t52428800\t/\n";
        auto items = OperationChecks::parseProvision(output, profile(), QStringLiteral("gamma"));
        QCOMPARE(items.size(), 4);
        QVERIFY(allowsToProceed(items));
        items = OperationChecks::parseProvision(output, profile(), QStringLiteral("my-clinic"));
        QCOMPARE(items.at(0).status, CheckItem::Status::Failed);
        QVERIFY(!allowsToProceed(items));
        const QByteArray bad =
            "tenants-error\nresolve\t\ncert\texpired\t/c.pem\tDNS:*.example.test\n"
            "disk\t1000\t/\n";
        items = OperationChecks::parseProvision(bad, profile(), QStringLiteral("gamma"));
        QCOMPARE(items.at(0).status, CheckItem::Status::Failed);
        QCOMPARE(items.at(1).status, CheckItem::Status::Warning); // resolve address in profile
        QCOMPARE(items.at(2).status, CheckItem::Status::Failed);  // expired
        QCOMPARE(items.at(3).status, CheckItem::Status::Failed);  // 1 MB free
        QVERIFY(OperationChecks::provisionCommand(profile(), QStringLiteral("$(x)")).isEmpty());
    }

    void restoreChecksParse()
    {
        const QByteArray output =
            "database\t8200000\t3\nsafety\t10485760\n"
            "backup\t1261\t1763866800.0000000000\t/b/clinic_20261123.dump.gpg\n"
            "backup\t1261\t1763780400.0000000000\t/b/clinic_20261122.dump.gpg\n"
            "safety-dump\t900\t1763870000.5\t/s/db-before-restore-x.dump.gpg\n";
        const auto facts = OperationChecks::parseRestore(output, profile(), Db);
        QVERIFY(facts.databaseExists);
        QCOMPARE(facts.connections, 3);
        QCOMPARE(facts.backups.size(), 3);
        QVERIFY(facts.backups.first().safetyDump);
        QCOMPARE(facts.backups.at(1).path, QStringLiteral("/b/clinic_20261123.dump.gpg"));
        QCOMPARE(facts.safetyFreeBytes, 10485760LL * 1024);
        QVERIFY(allowsToProceed(facts.items));
        const CheckItem ok = OperationChecks::parseVerify("vigie-verify\tok\t7\n", 0, QByteArray());
        QCOMPARE(ok.status, CheckItem::Status::Passed);
        const CheckItem bad = OperationChecks::parseVerify(
            "", 1, "gpg: decryption failed: Bad session key\nCannot decrypt x: wrong passphrase");
        QCOMPARE(bad.status, CheckItem::Status::Failed);
        QVERIFY(bad.text.contains(QLatin1String("wrong passphrase")));
    }

private:
    static QString shellQuoted(const QString& text) { return u'\'' + text + u'\''; }
};

QTEST_GUILESS_MAIN(TestPlanners)
#include "tst_planners.moc"
