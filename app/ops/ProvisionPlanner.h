#pragma once

#include "Plan.h"
#include "fleet/ServerProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vigie {

// What the operator chose on the provision wizard's pages (or on `vigie-cli provision`).
struct ProvisionRequest
{
    QString name;      // tenant display name (NameRules::validateDisplayName)
    QString subdomain; // DNS label (NameRules::validateSubdomain); empty: suggested from name
    // Lowercase UUID of the new tenant. Empty: ProvisionPlanner::plan() generates one (the
    // plan carries it, so running the same plan twice provisions the same tenant).
    QString tenantId;
    // Subdomains and names of the tenants the server already has (from the last snapshot),
    // for the collision rule ("a-b" next to "a_b"). The plan re-checks on the server anyway.
    QStringList existingSubdomains;
};

// Turns a profile and a ProvisionRequest into a Plan (wizard "provision").
//
// The server's own scripts (profile.provisionScript set):
//   [free]      check: no other tenant has this subdomain (the profile's tenantQuery, with
//               the collision rule; the same tenant id may: the plan can run again)
//   [register]  the profile's tenantRegisterSql with :'provisioned' = 'false' (when set:
//               provisioning scripts usually look the tenant up in the central table)
//   [script]    <provisionScript> <tenant id>
//   [subdomain] <subdomainScript> add <tenant id> <subdomain>        (when set)
//   [health]    curl https://<subdomain>.<tenantDomain>[:port]<tenantHealthPath>, retries
//
// Built-in steps (no provisionScript); each one can be run again safely:
//   [free]      as above
//   [database]  CREATE DATABASE <prefix><uuid without dashes> OWNER <owner> ENCODING UTF8,
//               skipped when it exists.          undo: DROP DATABASE IF EXISTS
//   [migrate]   every <tenantMigrationsDirectory>/*.sql in name order (C locale), in ONE
//               transaction, through a psql that LOGS IN as <owner> (PostgresCommands::
//               migrationsPsql; never SET ROLE from a superuser session, which RESET ROLE
//               undoes); refused unless that login is the owner and cannot become superuser;
//               skipped when the database already has tables
//   [register]  tenantRegisterSql with :'provisioned' = 'true'.
//               undo: the same SQL with :'provisioned' = 'false' (the row stays, unprovisioned)
//   [health]    as above
//
// tenantRegisterSql must be an upsert that reads the psql variables :'id', :'name',
// :'subdomain' and :'provisioned' ('true'/'false'), e.g.
//   INSERT INTO companies (id, name, subdomain, clinic_db_provisioned)
//   VALUES (:'id', :'name', :'subdomain', :'provisioned'::boolean)
//   ON CONFLICT (id) DO UPDATE SET clinic_db_provisioned = EXCLUDED.clinic_db_provisioned;
// Values reach the server only as psql variables (-v name=…, quoted for the shell), never
// pasted into SQL text.
//
// Plan::parameters: tenantId, name, subdomain, database, host, builtIn (bool).
// Lock targets: "tenant:<subdomain>", "db:<database>", "db:<centralDatabase>".
// No destructive step, so no confirmationWord.
class ProvisionPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ProvisionPlanner)
public:
    // Empty when the profile can provision and the request's names pass NameRules (and do not
    // collide with existingSubdomains); otherwise a translated reason. No SSH traffic.
    static QString validate(const ServerProfile& profile, const ProvisionRequest& request);
    // The plan; an empty Plan (no steps) with *error set when validate() refuses.
    static Plan plan(const ServerProfile& profile, const ProvisionRequest& request,
                     QString* error = nullptr);

    // <tenantDatabasePrefix><uuid without dashes>
    static QString databaseName(const ServerProfile& profile, const QString& tenantId);
    // <subdomain>.<tenantDomain> (just the subdomain when the profile has no tenantDomain)
    static QString hostName(const ServerProfile& profile, const QString& subdomain);
    // https://<host>[:port]<tenantHealthPath>, the port taken from tenantHealthResolve.
    static QString healthUrl(const ServerProfile& profile, const QString& subdomain);
    // The tenant health check as sh text (curl with --resolve when the profile says so,
    // `healthAttempts` tries `healthPauseSeconds` apart; fails unless 2xx/3xx). Also used by
    // the restore planner.
    static QString healthCheckCommand(const ServerProfile& profile, const QString& subdomain);

    static constexpr int healthAttempts = 5;
    static constexpr int healthPauseSeconds = 2;
};

} // namespace vigie
