#include "ProvisionPlanner.h"

#include "NameRules.h"
#include "PostgresCommands.h"
#include "core/ShellQuote.h"
#include "fleet/ServiceCommands.h"

#include <QRegularExpression>
#include <QUuid>

namespace vigie {

namespace PG = PostgresCommands;

namespace {

bool isUuid(const QString& id)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(id).hasMatch();
}

bool isResolve(const QString& resolve)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f.:\\[\\]]+:[0-9]{1,5}$"));
    return re.match(resolve).hasMatch();
}

QString resolvePort(const ServerProfile& profile)
{
    if (profile.tenantHealthResolve.isEmpty())
        return {};
    return profile.tenantHealthResolve.section(QLatin1Char(':'), -1);
}

QString resolveAddress(const ServerProfile& profile)
{
    return profile.tenantHealthResolve.section(QLatin1Char(':'), 0, -2);
}

// The profile-side requirements shared by both ways of provisioning.
QString validateProfile(const ServerProfile& profile)
{
    if (profile.psqlCommand.trimmed().isEmpty())
        return ProvisionPlanner::tr("The profile has no psql command.");
    if (!NameRules::validateDatabaseName(profile.centralDatabase).isEmpty())
        return ProvisionPlanner::tr("The profile has no valid central database.");
    static const QRegularExpression prefix(QStringLiteral("^[a-z_][a-z0-9_]{0,30}$"));
    if (!prefix.match(profile.tenantDatabasePrefix).hasMatch())
        return ProvisionPlanner::tr("The profile has no valid tenant database prefix.");
    if (PG::tenantSubquery(profile).isEmpty())
        return ProvisionPlanner::tr("The profile has no tenant query.");
    if (profile.tenantDomain.isEmpty() || profile.tenantDomain.startsWith(QLatin1Char('.')))
        return ProvisionPlanner::tr("The profile has no tenant domain.");
    for (const QString& label : profile.tenantDomain.split(QLatin1Char('.'))) {
        if (!label.isEmpty() && !NameRules::validateSubdomain(label).isEmpty() &&
            !NameRules::reservedSubdomains().contains(label))
            return ProvisionPlanner::tr("The profile's tenant domain is not a DNS name.");
    }
    if (!profile.tenantHealthPath.startsWith(QLatin1Char('/')) ||
        !ServiceCommands::isValidRemotePath(profile.tenantHealthPath))
        return ProvisionPlanner::tr("The profile's tenant health path is not valid.");
    if (!profile.tenantHealthResolve.isEmpty() && !isResolve(profile.tenantHealthResolve))
        return ProvisionPlanner::tr("The profile's tenant resolve address is not valid.");
    if (!profile.provisionScript.isEmpty()) {
        if (!ServiceCommands::isValidRemotePath(profile.provisionScript))
            return ProvisionPlanner::tr("The profile's provisioning script is not an absolute "
                                        "path.");
        if (!profile.subdomainScript.isEmpty() &&
            !ServiceCommands::isValidRemotePath(profile.subdomainScript))
            return ProvisionPlanner::tr("The profile's subdomain script is not an absolute path.");
        return {};
    }
    if (profile.tenantRegisterSql.trimmed().isEmpty())
        return ProvisionPlanner::tr("The profile has neither a provisioning script nor the SQL "
                                    "that registers a tenant.");
    if (!ServiceCommands::isValidRemotePath(profile.tenantMigrationsDirectory))
        return ProvisionPlanner::tr("The profile has no valid tenant migrations directory.");
    if (!profile.tenantDatabaseOwner.isEmpty() &&
        !NameRules::validateDatabaseName(profile.tenantDatabaseOwner).isEmpty())
        return ProvisionPlanner::tr("The profile's tenant database owner is not a valid role "
                                    "name.");
    if (PG::migrationsPsql(profile).isEmpty())
        return ProvisionPlanner::tr("The profile's psql command has no psql to log in as the "
                                    "tenant database owner with: set the migrations psql "
                                    "command.");
    return {};
}

PG::Variables registerVariables(const QString& id, const ProvisionRequest& request,
                                bool provisioned)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), request.name},
            {QStringLiteral("subdomain"), request.subdomain},
            {QStringLiteral("provisioned"),
             provisioned ? QStringLiteral("true") : QStringLiteral("false")}};
}

PlanStep freeCheckStep(const ServerProfile& profile, const QString& subdomain, const QString& id)
{
    // The collision rule of NameRules::collisionKey, on the server: '_' and '.' count as '-'.
    // The tenant being provisioned may hold it already: running the plan again is allowed.
    const QString sql =
        QStringLiteral("SELECT count(*) FROM (%1) AS t(id, name, subdomain, provisioned)"
                       " WHERE translate(lower(t.subdomain::text), '_.', '--')"
                       " = translate(lower(:'subdomain'), '_.', '--')"
                       " AND t.id::text <> :'id';")
            .arg(PG::tenantSubquery(profile));
    PlanStep step;
    step.title =
        ProvisionPlanner::tr("Check that no other tenant uses the subdomain %1").arg(subdomain);
    step.kind = PlanStep::Kind::Check;
    step.command =
        QStringLiteral("found=$(%1)\n"
                       "if [ \"$found\" = 0 ]; then echo %2; else %3; fi")
            .arg(PG::script(profile, profile.centralDatabase, sql,
                            {{QStringLiteral("subdomain"), subdomain}, {QStringLiteral("id"), id}}),
                 shellQuote(ProvisionPlanner::tr("The subdomain is free.")),
                 PG::fail(ProvisionPlanner::tr("A tenant already uses the subdomain %1 (or one "
                                               "that differs only by '-', '_' or case).")
                              .arg(subdomain)));
    return step;
}

PlanStep createDatabaseStep(const ServerProfile& profile, const QString& database)
{
    const bool owner = !profile.tenantDatabaseOwner.isEmpty();
    const QString sql =
        QStringLiteral(
            "SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') AS vigie_create "
            "\\gset\n"
            "\\if :vigie_create\n"
            "CREATE DATABASE :\"db\"%1 ENCODING 'UTF8' TEMPLATE template0;\n"
            "\\echo 'Created database' :'db'\n"
            "\\else\n"
            "\\echo 'Database' :'db' 'already exists: kept'\n"
            "\\endif")
            .arg(owner ? QStringLiteral(" OWNER :\"owner\"") : QString());
    PG::Variables variables{{QStringLiteral("db"), database}};
    if (owner)
        variables.append({QStringLiteral("owner"), profile.tenantDatabaseOwner});
    PlanStep step;
    step.title = ProvisionPlanner::tr("Create the database %1").arg(database);
    step.kind = PlanStep::Kind::Change;
    step.command = PG::script(profile, QStringLiteral("postgres"), sql, variables);
    step.undo = PG::script(profile, QStringLiteral("postgres"),
                           QStringLiteral("DROP DATABASE IF EXISTS :\"db\";"),
                           {{QStringLiteral("db"), database}});
    return step;
}

// Whether the session's login role could become a superuser: superuser itself or a member of
// one (SET ROLE), CREATEROLE (before PostgreSQL 16 it can grant itself anything but superuser,
// e.g. pg_execute_server_program), or a member of the roles that run programs or write files
// as the server.
QString loginCheckSql()
{
    return QStringLiteral(
        "SELECT session_user || '|' || (EXISTS (SELECT 1 FROM pg_roles r WHERE (r.rolsuper OR "
        "r.rolcreaterole OR r.rolname IN ('pg_execute_server_program', 'pg_write_server_files')) "
        "AND pg_has_role(session_user, r.oid, 'MEMBER')))::text");
}

PlanStep migrationsStep(const ServerProfile& profile, const QString& database)
{
    const QString role = PG::migrationsRole(profile);
    const QString psql = PG::psql(profile) + QStringLiteral(" -d ") + shellQuote(database);
    const QString migrations =
        PG::migrationsPsql(profile) + QStringLiteral(" -d ") + shellQuote(database);
    // The migrations come from a directory the app's deployers can write: they run in a session
    // that LOGGED IN as the owner (SET ROLE from a superuser session is undone by RESET ROLE),
    // and that login is checked first: the owner itself, and nothing that can become superuser.
    const QString expected =
        role.isEmpty() ? QStringLiteral("*'|false'") : shellQuote(role + QStringLiteral("|false"));
    const QString refused =
        role.isEmpty()
            ? ProvisionPlanner::tr("Migrations never run as a role that is or can become a "
                                   "superuser; set the profile's tenant database owner. The "
                                   "migrations connection logs in as (role|superuser):")
            : ProvisionPlanner::tr("Migrations run only logged in as the role %1, which must not "
                                   "be or become a superuser. The migrations connection logs in "
                                   "as (role|superuser):")
                  .arg(role);
    const QString checkLogin = QStringLiteral("  case $login in\n  ") + expected +
                               QStringLiteral(") echo \"login: $login\" ;;\n  *) echo ") +
                               shellQuote(refused) +
                               QStringLiteral(" >&2; echo \"  $login\" >&2; exit 1 ;;\n  esac\n");
    QString command =
        QStringLiteral("LC_ALL=C; export LC_ALL\n"
                       "dir=%1\n"
                       "tables=$(%2 -c %3)\n"
                       "if [ \"$tables\" != 0 ]; then\n"
                       "  echo %4\n"
                       "else\n"
                       "  found=0\n"
                       "  for f in \"$dir\"/*.sql; do\n"
                       "    [ -f \"$f\" ] || continue\n"
                       "    [ -r \"$f\" ] || { %5; }\n"
                       "    echo \"migration: $f\"; found=1\n"
                       "  done\n"
                       "  [ \"$found\" = 1 ] || { %6; }\n"
                       "  login=$(%7 -c %8)\n"
                       "%9"
                       "  { for f in \"$dir\"/*.sql; do cat \"$f\"; echo; done; } |\n"
                       "    %7 -1 -f -\n"
                       "fi")
            .arg(shellQuote(profile.tenantMigrationsDirectory), psql,
                 shellQuote(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname NOT "
                                           "IN ('pg_catalog', 'information_schema')")),
                 shellQuote(ProvisionPlanner::tr("The database already has tables: migrations "
                                                 "were applied before.")),
                 PG::fail(ProvisionPlanner::tr("A migration file cannot be read.")),
                 PG::fail(ProvisionPlanner::tr("No *.sql file in %1.")
                              .arg(profile.tenantMigrationsDirectory)),
                 migrations, shellQuote(loginCheckSql()), checkLogin);
    PlanStep step;
    step.title = role.isEmpty()
                     ? ProvisionPlanner::tr("Apply the migrations of %1 to %2 with the psql "
                                            "command's own login (refused for a superuser)")
                           .arg(profile.tenantMigrationsDirectory, database)
                     : ProvisionPlanner::tr("Apply the migrations of %1 to %2, logged in as the "
                                            "role %3")
                           .arg(profile.tenantMigrationsDirectory, database, role);
    step.kind = PlanStep::Kind::Change;
    step.command = command;
    return step;
}

} // namespace

QString ProvisionPlanner::databaseName(const ServerProfile& profile, const QString& tenantId)
{
    QString hex = tenantId;
    hex.remove(QLatin1Char('-'));
    return profile.tenantDatabasePrefix + hex;
}

QString ProvisionPlanner::hostName(const ServerProfile& profile, const QString& subdomain)
{
    if (profile.tenantDomain.isEmpty())
        return subdomain;
    return subdomain + QLatin1Char('.') + profile.tenantDomain;
}

QString ProvisionPlanner::healthUrl(const ServerProfile& profile, const QString& subdomain)
{
    QString url = QStringLiteral("https://") + hostName(profile, subdomain);
    const QString port = resolvePort(profile);
    if (!port.isEmpty() && port != QLatin1String("443"))
        url += QLatin1Char(':') + port;
    return url + profile.tenantHealthPath;
}

QString ProvisionPlanner::healthCheckCommand(const ServerProfile& profile, const QString& subdomain)
{
    // -k: this checks the app behind the name; the certificate has its own check.
    QString curl = QStringLiteral("curl -s -k -o /dev/null -w '%{http_code}' --max-time 10");
    if (!profile.tenantHealthResolve.isEmpty()) {
        const QString port = resolvePort(profile);
        curl += QStringLiteral(" --resolve ") +
                shellQuote(hostName(profile, subdomain) + QLatin1Char(':') + port +
                           QLatin1Char(':') + resolveAddress(profile));
    }
    const QString url = healthUrl(profile, subdomain);
    curl += QLatin1Char(' ') + shellQuote(url);
    return QStringLiteral("i=0\n"
                          "while :; do\n"
                          "  i=$((i + 1))\n"
                          "  code=$(%1) || true\n"
                          "  case $code in\n"
                          "  [23][0-9][0-9]) echo \"HTTP $code\" %2; break ;;\n"
                          "  esac\n"
                          "  if [ \"$i\" -ge %3 ]; then\n"
                          "    echo \"HTTP ${code:-000}\" %2 >&2; exit 1\n"
                          "  fi\n"
                          "  sleep %4\n"
                          "done")
        .arg(curl, shellQuote(url), QString::number(healthAttempts),
             QString::number(healthPauseSeconds));
}

QString ProvisionPlanner::validate(const ServerProfile& profile, const ProvisionRequest& request)
{
    QString reason = NameRules::validateDisplayName(request.name);
    if (!reason.isEmpty())
        return reason;
    const QString subdomain =
        request.subdomain.isEmpty()
            ? NameRules::suggestSubdomain(request.name, request.existingSubdomains)
            : request.subdomain;
    reason = NameRules::validateSubdomain(subdomain);
    if (!reason.isEmpty())
        return reason;
    const QString collision = NameRules::findCollision(subdomain, request.existingSubdomains);
    if (!collision.isEmpty())
        return tr("The subdomain %1 is too close to the existing %2.").arg(subdomain, collision);
    if (!request.tenantId.isEmpty() && !isUuid(request.tenantId))
        return tr("The tenant id must be a lower-case UUID.");
    return validateProfile(profile);
}

Plan ProvisionPlanner::plan(const ServerProfile& profile, const ProvisionRequest& original,
                            QString* error)
{
    const QString reason = validate(profile, original);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return {};
    }
    ProvisionRequest request = original;
    if (request.subdomain.isEmpty())
        request.subdomain = NameRules::suggestSubdomain(request.name, request.existingSubdomains);
    const QString id = request.tenantId.isEmpty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces).toLower()
                           : request.tenantId;
    const QString database = databaseName(profile, id);
    const bool builtIn = profile.provisionScript.isEmpty();

    Plan plan;
    plan.wizard = QStringLiteral("provision");
    plan.title = tr("Provision %1 (%2)").arg(request.name, hostName(profile, request.subdomain));
    plan.lockTargets = {QStringLiteral("tenant:") + request.subdomain,
                        QStringLiteral("db:") + database,
                        QStringLiteral("db:") + profile.centralDatabase};
    plan.parameters = {{QStringLiteral("tenantId"), id},
                       {QStringLiteral("name"), request.name},
                       {QStringLiteral("subdomain"), request.subdomain},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("host"), hostName(profile, request.subdomain)},
                       {QStringLiteral("builtIn"), builtIn}};
    plan.steps.append(freeCheckStep(profile, request.subdomain, id));

    PlanStep registerStep;
    registerStep.kind = PlanStep::Kind::Change;
    if (builtIn) {
        plan.steps.append(createDatabaseStep(profile, database));
        plan.steps.append(migrationsStep(profile, database));
        registerStep.title =
            tr("Register %1 as provisioned in %2").arg(request.name, profile.centralDatabase);
        registerStep.command =
            PG::script(profile, profile.centralDatabase, profile.tenantRegisterSql,
                       registerVariables(id, request, true));
        registerStep.undo = PG::script(profile, profile.centralDatabase, profile.tenantRegisterSql,
                                       registerVariables(id, request, false));
        plan.steps.append(registerStep);
    } else {
        if (!profile.tenantRegisterSql.trimmed().isEmpty()) {
            registerStep.title = tr("Register %1 in %2").arg(request.name, profile.centralDatabase);
            registerStep.command =
                PG::script(profile, profile.centralDatabase, profile.tenantRegisterSql,
                           registerVariables(id, request, false));
            plan.steps.append(registerStep);
        }
        PlanStep script;
        script.title = tr("Run the server's provisioning script for %1").arg(id);
        script.kind = PlanStep::Kind::Change;
        script.command = shellCommand({profile.provisionScript, id});
        plan.steps.append(script);
        if (!profile.subdomainScript.isEmpty()) {
            PlanStep sub;
            sub.title = tr("Add the subdomain %1").arg(request.subdomain);
            sub.kind = PlanStep::Kind::Change;
            sub.command = shellCommand(
                {profile.subdomainScript, QStringLiteral("add"), id, request.subdomain});
            plan.steps.append(sub);
        }
    }

    PlanStep health;
    health.title = tr("Check %1").arg(healthUrl(profile, request.subdomain));
    health.kind = PlanStep::Kind::Check;
    health.command = healthCheckCommand(profile, request.subdomain);
    plan.steps.append(health);
    return plan;
}

} // namespace vigie
