// Every gpg command line Vigie builds (planners, pre-checks, dashboard actions) carries
// --no-symkey-cache: without it the SSH user's gpg-agent keeps the backup passphrase for
// minutes after a Verify or a restore, for anything else running as that user.
#include "fleet/ServiceCommands.h"
#include "ops/DeployPlanner.h"
#include "ops/OperationChecks.h"
#include "ops/PostgresCommands.h"
#include "ops/ProvisionPlanner.h"
#include "ops/RestorePlanner.h"

#include <QRegularExpression>
#include <QtTest>

using namespace vigie;

namespace {

const QString Db = QStringLiteral("medicalpro_clinic_0f1e2d3c4b5a46978877665544332211");

ServerProfile profile(bool passphraseFile)
{
    ServerProfile p;
    p.psqlCommand = QStringLiteral("sudo -u postgres psql");
    p.centralDatabase = QStringLiteral("medicalpro_central");
    p.tenantDatabasePrefix = QStringLiteral("medicalpro_clinic_");
    p.tenantQuery = QStringLiteral("SELECT id, name, subdomain, provisioned FROM companies");
    p.tenantDomain = QStringLiteral("example.test");
    p.tenantDatabaseOwner = QStringLiteral("medicalpro");
    p.tenantMigrationsDirectory = QStringLiteral("/opt/medicalpro/migrations");
    p.tenantRegisterSql = QStringLiteral("SELECT :'id', :'name', :'subdomain', :'provisioned';");
    if (passphraseFile)
        p.backupPassphraseFile = QStringLiteral("/root/.secrets/backup_key");
    p.safetyDumpDirectory = QStringLiteral("/var/backups/vigie");
    p.sharedDatabaseApps = {QStringLiteral("medical-pro-backend")};
    p.systemdUnits = {QStringLiteral("nginx")};
    p.logs = {{QStringLiteral("backup"), QStringLiteral("/var/log/backup.log")}};
    ServerProfile::DeployApp app;
    app.name = QStringLiteral("medical-pro-backend");
    app.path = QStringLiteral("/var/www/medical-pro-backend");
    app.pm2Names = {QStringLiteral("medical-pro-backend")};
    app.migrateCommand = QStringLiteral("npx sequelize db:migrate");
    app.database = QStringLiteral("medicalpro_central");
    p.deployApps = {app};
    return p;
}

void addPlan(QStringList* texts, const Plan& plan)
{
    for (const QList<PlanStep>& steps : {plan.steps, plan.recoverySteps}) {
        for (const PlanStep& step : steps)
            *texts << step.command << step.undo;
    }
    for (const PlanStep& step : plan.undoPlan(int(plan.steps.size())).steps)
        *texts << step.command;
}

// Every command text the builders make for this profile.
QStringList everyCommand(const ServerProfile& p)
{
    QStringList texts;
    QString error;
    for (const QString& file :
         {QStringLiteral("/b/clinic_20261122.dump.gpg"), QStringLiteral("/b/clinic.dump.asc"),
          QStringLiteral("/b/clinic.dump"), QStringLiteral("/b/clinic_20261122.sql.gz.gpg"),
          QStringLiteral("/b/uploads_20261122.tar.gz.gpg")}) {
        texts << PostgresCommands::decrypt(p, file) << RestorePlanner::verifyCommand(p, file)
              << OperationChecks::verifyCommand(p, file);
        RestoreRequest request;
        request.database = Db;
        request.backupFile = file;
        request.tenantSubdomain = QStringLiteral("ozondenia");
        const Plan restore = RestorePlanner::plan(p, request, &error);
        addPlan(&texts, restore);
        addPlan(&texts, RestorePlanner::safetyRestorePlan(p, restore, &error));
        request.copyName = QStringLiteral("inspect_copy");
        addPlan(&texts, RestorePlanner::plan(p, request, &error));
        RestoreRequest shared;
        shared.database = p.centralDatabase;
        shared.backupFile = file;
        const Plan sharedPlan = RestorePlanner::plan(p, shared, &error);
        addPlan(&texts, sharedPlan);
        addPlan(&texts, RestorePlanner::safetyRestorePlan(p, sharedPlan, &error));
    }
    texts << OperationChecks::restoreCommand(p, Db)
          << OperationChecks::provisionCommand(p, QStringLiteral("gamma"))
          << ServiceCommands::logTail(p, QStringLiteral("backup"), 100, false, &error)
          << ServiceCommands::unitAction(p, QStringLiteral("nginx"),
                                         ServiceCommands::UnitAction::Reload, &error)
          << ServiceCommands::pm2Restart(p, QStringLiteral("medical-pro-backend"), &error)
          << ServiceCommands::certificateRenewal(QStringLiteral("example.test"), &error)
          << ServiceCommands::fileDownload(QStringLiteral("/b/clinic.dump.gpg"), &error);
    ProvisionRequest provision;
    provision.name = QStringLiteral("Cabinet Gamma");
    addPlan(&texts, ProvisionPlanner::plan(p, provision, &error));
    DeployOptions deploy;
    deploy.commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    deploy.snapshot = true;
    deploy.runMigrations = true;
    addPlan(&texts, DeployPlanner::plan(p, p.deployApps.first(), deploy, &error));
    return texts;
}

// Each gpg invocation: from the word gpg to the end of its command (newline, pipe, ;, &&).
QStringList gpgInvocations(const QString& text)
{
    static const QRegularExpression gpg(QStringLiteral("(?:^|[\\s;|&(`{])(gpg\\s[^\\n|;&]*)"));
    QStringList found;
    auto it = gpg.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(1);
    return found;
}

} // namespace

class TestGpgCommands : public QObject
{
    Q_OBJECT

private slots:
    void everyGpgCommandForgetsThePassphrase_data()
    {
        QTest::addColumn<bool>("passphraseFile");
        QTest::newRow("passphrase file") << true;
        QTest::newRow("agent or key") << false;
    }
    void everyGpgCommandForgetsThePassphrase()
    {
        QFETCH(bool, passphraseFile);
        const QStringList texts = everyCommand(profile(passphraseFile));
        int count = 0;
        for (const QString& text : texts) {
            for (const QString& invocation : gpgInvocations(text)) {
                ++count;
                QVERIFY2(invocation.contains(QLatin1String(" --no-symkey-cache")),
                         qPrintable(invocation));
            }
        }
        // Decrypt for verify (3 builders x 4 encrypted names), restore, and with a passphrase
        // file the encrypted safety dump: the scan did find the commands it is about.
        QVERIFY2(count >= (passphraseFile ? 16 : 12), qPrintable(QString::number(count)));
        // The dashboard's Verify is one of them.
        const QStringList verify = gpgInvocations(OperationChecks::verifyCommand(
            profile(passphraseFile), QStringLiteral("/b/x.dump.gpg")));
        QCOMPARE(verify.size(), 1);
    }

    void scannerFindsEveryForm()
    {
        // The scanner itself: a gpg after a pipe, a brace, a newline, with options anywhere.
        QCOMPARE(gpgInvocations(QStringLiteral("{ gpg --batch -d f || x; } | pg_restore\n"
                                               "cat x | gpg --symmetric -o y\ngpg -d z")),
                 (QStringList{QStringLiteral("gpg --batch -d f "),
                              QStringLiteral("gpg --symmetric -o y"), QStringLiteral("gpg -d z")}));
        QVERIFY(gpgInvocations(QStringLiteral("echo x.gpg; ls /b/gpg")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGpgCommands)
#include "tst_gpgcommands.moc"
