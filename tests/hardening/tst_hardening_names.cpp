// Names refused before any SSH traffic (issue 7, point 10), at the level every front end
// shares: the planners' validate() (pure, no connection exists yet), the pre-flight command
// builders (which return nothing rather than a command), Server::validate, and collisions
// that only appear after Unicode normalisation. The CLI path with a live sshd is covered by
// tst_provision::hostileNamesNeverReachTheServer (it counts connections in sshd's log).
#include "fleet/Server.h"
#include "fleet/ServerProfile.h"
#include "ops/NameRules.h"
#include "ops/OperationChecks.h"
#include "ops/ProvisionPlanner.h"
#include "ops/RestorePlanner.h"

#include <QTest>

using namespace vigie;

namespace {

ServerProfile profile()
{
    ServerProfile p;
    p.centralDatabase = QStringLiteral("medicalpro_central");
    p.tenantDatabasePrefix = QStringLiteral("medicalpro_clinic_");
    p.tenantQuery = QStringLiteral("SELECT id, name, subdomain, provisioned FROM companies;");
    p.tenantDomain = QStringLiteral("example.test");
    p.tenantDatabaseOwner = QStringLiteral("medicalpro");
    p.tenantRegisterSql = QStringLiteral("INSERT INTO companies VALUES (:'id', :'name', "
                                         ":'subdomain', :'provisioned'::boolean);");
    p.safetyDumpDirectory = QStringLiteral("/var/backups/vigie/");
    return p;
}

// Every kind of hostile name issue 7 lists.
QStringList hostileNames()
{
    return {QStringLiteral("a'b"),
            QStringLiteral("a\"b"),
            QStringLiteral("$(reboot)"),
            QStringLiteral("`id`"),
            QStringLiteral("a\nb"),
            QStringLiteral("a\rb"),
            QStringLiteral("-oProxyCommand=x"),
            QStringLiteral("--help"),
            QStringLiteral("\u0430lpha"),  // Cyrillic а
            QStringLiteral("alph\u0430"),  // … at the end
            QStringLiteral("\uff41lpha"),  // fullwidth ａ
            QStringLiteral("al\u200bpha"), // zero width space
            QStringLiteral("alpha\u202e"), // bidi override
            QString(64, u'a'),             // 64 bytes
            QString(32, u'\u00e9'),        // 32 characters but 64 bytes in UTF-8
            QStringLiteral("a;b"),
            QStringLiteral("a b"),
            QStringLiteral("a/../b"),
            QString()};
}

} // namespace

class TestHardeningNames : public QObject
{
    Q_OBJECT

private slots:
    void subdomainsRefusedByThePlanner()
    {
        for (const QString& name : hostileNames()) {
            ProvisionRequest request;
            request.name = QStringLiteral("Clinique Alpha");
            request.subdomain = name.isEmpty() ? QStringLiteral("-") : name;
            QVERIFY2(!ProvisionPlanner::validate(profile(), request).isEmpty(),
                     qPrintable(request.subdomain));
            QString error;
            const Plan plan = ProvisionPlanner::plan(profile(), request, &error);
            QVERIFY2(!error.isEmpty() && plan.steps.isEmpty(), qPrintable(request.subdomain));
            QVERIFY2(OperationChecks::provisionCommand(profile(), request.subdomain).isEmpty(),
                     qPrintable(request.subdomain));
        }
    }

    void databaseNamesRefusedByThePlanner()
    {
        for (const QString& name : hostileNames()) {
            RestoreRequest request;
            request.database = name;
            request.backupFile = QStringLiteral("/var/backups/medicalpro/central_1.dump.gpg");
            QVERIFY2(!RestorePlanner::validate(profile(), request).isEmpty(), qPrintable(name));
            QVERIFY2(OperationChecks::restoreCommand(profile(), name).isEmpty(), qPrintable(name));

            request.database = QStringLiteral("medicalpro_central");
            request.copyName = name.isEmpty() ? QStringLiteral("-") : name;
            QVERIFY2(!RestorePlanner::validate(profile(), request).isEmpty(), qPrintable(name));
        }
    }

    void displayNamesLeadingDashAndControls()
    {
        for (const QString& name :
             {QStringLiteral("-Alpha"), QStringLiteral("Alpha\n"), QStringLiteral("Al\u0000pha"),
              QStringLiteral("Alpha $(id)"), QStringLiteral("Alpha `id`"),
              QStringLiteral("Alpha \"x\""), QStringLiteral("Clinique \u0430lpha")}) {
            ProvisionRequest request;
            request.name = name;
            request.subdomain = QStringLiteral("alpha");
            QVERIFY2(!ProvisionPlanner::validate(profile(), request).isEmpty(), qPrintable(name));
        }
    }

    void collisionsAfterNormalisation()
    {
        // The same name typed composed, decomposed or in fullwidth letters suggests the same
        // subdomain, so the second tenant collides with the first instead of coexisting.
        const QString composed = QStringLiteral("Cl\u00ednica Alpha");
        const QString decomposed = QStringLiteral("Cli\u0301nica Alpha");
        const QString fullwidth =
            QStringLiteral("\uff23\uff4c\uff49\uff4e\uff49\uff43\uff41 Alpha");
        const QString first = NameRules::suggestSubdomain(composed);
        QCOMPARE(first, QStringLiteral("clinica-alpha"));
        QCOMPARE(NameRules::suggestSubdomain(decomposed), first);
        QCOMPARE(NameRules::suggestSubdomain(fullwidth), first);
        QCOMPARE(NameRules::suggestSubdomain(decomposed, {first}),
                 QStringLiteral("clinica-alpha-2"));

        // Subdomains that differ only by case or separators collide with an existing tenant,
        // and the planner refuses them before any connection.
        ProvisionRequest request;
        request.name = QStringLiteral("Clinique Alpha");
        request.subdomain = QStringLiteral("clinica-alpha");
        request.existingSubdomains = {QStringLiteral("Clinica_Alpha")};
        QVERIFY(!ProvisionPlanner::validate(profile(), request).isEmpty());
    }

    void serverEntriesRefused()
    {
        Server good;
        good.name = QStringLiteral("prod");
        good.host = QStringLiteral("10.0.0.5");
        good.port = 22;
        good.user = QStringLiteral("ops");
        good.auth = Server::Auth::Agent;
        QVERIFY2(good.validate().isEmpty(), qPrintable(good.validate()));
        for (const QString& host :
             {QStringLiteral("-oProxyCommand=x"), QStringLiteral("host\nx"),
              QStringLiteral("$(id)"), QStringLiteral("a b"), QStringLiteral("h\u0430st"),
              QStringLiteral("`id`"), QStringLiteral("h'x")}) {
            Server server = good;
            server.host = host;
            QVERIFY2(!server.validate().isEmpty(), qPrintable(host));
        }
        for (const QString& user :
             {QStringLiteral("-l"), QStringLiteral("op\ns"), QStringLiteral("$(id)"),
              QStringLiteral("o'ps"), QString(33, u'a'), QStringLiteral("\u043eps")}) {
            Server server = good;
            server.user = user;
            QVERIFY2(!server.validate().isEmpty(), qPrintable(user));
        }
    }
};

QTEST_GUILESS_MAIN(TestHardeningNames)
#include "tst_hardening_names.moc"
