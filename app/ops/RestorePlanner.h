#pragma once

#include "Plan.h"
#include "fleet/ServerProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vigie {

// What the operator chose on the restore wizard's pages (or on `vigie-cli restore`).
struct RestoreRequest
{
    QString database;   // the database the backup is of (NameRules::validateDatabaseName)
    QString backupFile; // absolute path on the server; *.gpg is decrypted on the fly
    // Restore into a NEW database with this name instead ("restore to a copy"): the original
    // is not touched, no safety dump, no quiesce, no destructive step.
    QString copyName;
    // The tenant's subdomain when `database` is a tenant's (optional): adds its health check.
    QString tenantSubdomain;
    // The safety dump is mandatory unless skipped with the typed phrase
    // RestorePlanner::skipSafetyPhrase(database).
    bool skipSafetyDump = false;
    QString skipSafetyConfirmation;
    // When the plan is made (names the safety dump file). Invalid: now.
    QDateTime at;
};

// Turns a profile and a RestoreRequest into a Plan (wizard "restore"). In place:
//
//   [verify]   check: decrypt (gpg --passphrase-file <backupPassphraseFile> on the server) and
//              pg_restore --list, each side's exit status checked, nothing written: a wrong
//              passphrase or a damaged file fails here, before the database is touched
//   [before]   check: row counts of the database's tables (lines "vigie-rows<TAB>before…")
//   [safety]   pg_dump -Fc of the current database into <safetyDumpDirectory>/
//              <database>-before-restore-<yyyyMMdd-HHmmss>.dump(.gpg when the profile has a
//              passphrase file), written to a temporary name then renamed (unless skipped)
//   [quiesce]  a tenant's database (name starts with tenantDatabasePrefix): REVOKE CONNECT
//              from PUBLIC and the owner, pg_terminate_backend on its connections only — the
//              other tenants stay online. A shared database: pm2 stop <sharedDatabaseApps>,
//              then its remaining connections are terminated.          <- recoveryFrom
//   [restore]  Destructive: gpg -d <file> | pg_restore --clean --if-exists --single-transaction
//              (both exit statuses checked, no decrypted byte on disk), or the profile's
//              restoreScript <file> <database>
//   [reopen]   GRANT CONNECT back / pm2 start the apps
//   [health]   tenant health URL (tenantSubdomain) or the profile's health URLs
//   [after]    check: row counts again ("vigie-rows<TAB>after…")
// The recovery steps (run automatically when [quiesce] or a later step fails) reopen
// connections / restart the apps; safetyRestorePlan() is what to offer after that.
//
// To a copy: [verify], [free] (no database of that name), [create] (undo: drop it),
// [restore] into it (Change), [after].
//
// Plan::parameters: database, backupFile, target (database restored into), copy (bool),
// tenantDatabase (bool), safetyDump (path, empty when skipped or a copy), skipSafetyDump.
// Lock targets: "db:<target>", plus "app:<name>" for each stopped app.
// confirmationWord: the database name (in place); empty for a copy.
class RestorePlanner
{
    Q_DECLARE_TR_FUNCTIONS(RestorePlanner)
public:
    static QString validate(const ServerProfile& profile, const RestoreRequest& request);
    // The plan; an empty Plan (no steps) with *error set when validate() refuses.
    static Plan plan(const ServerProfile& profile, const RestoreRequest& request,
                     QString* error = nullptr);

    // After a failure past the safety dump: restore `original`'s safety dump in place (no new
    // safety dump, same quiesce/reopen). `original` is the failed plan (its parameters name
    // the dump). Empty Plan with *error set when it had no safety dump.
    static Plan safetyRestorePlan(const ServerProfile& profile, const Plan& original,
                                  QString* error = nullptr);

    // What the operator types to skip the safety dump: "skip <database>".
    static QString skipSafetyPhrase(const QString& database);
    static bool isTenantDatabase(const ServerProfile& profile, const QString& database);
    static QString safetyDumpFile(const ServerProfile& profile, const QString& database,
                                  const QDateTime& at);

    // sh text: decrypt `backupFile` and list it with pg_restore, both statuses checked; prints
    // "vigie-verify<TAB>ok<TAB><entries>" on success. Used by [verify] and OperationChecks.
    static QString verifyCommand(const ServerProfile& profile, const QString& backupFile);
    // sh text: prints "vigie-rows<TAB><label><TAB><schema.table><TAB><count>" per table.
    static QString rowCountCommand(const ServerProfile& profile, const QString& database,
                                   const QString& label);

    struct RowCount
    {
        QString label; // "before", "after"
        QString table; // "public.patients"
        qint64 rows = 0;
    };
    // The vigie-rows lines of a run's log (or a check's output), in order.
    static QList<RowCount> parseRowCounts(const QString& output);
};

} // namespace vigie
