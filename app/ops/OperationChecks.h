#pragma once

#include "fleet/ServerProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vigie {

// One line of a wizard's checks page.
struct CheckItem
{
    enum class Status
    {
        Passed,
        Warning, // shown, does not block
        Failed,  // blocks the wizard's Next button
    };
    QString id; // stable: "subdomain-free", "dns", "certificate", "disk", "database",
                // "safety-space", "backups", "backup-verified"
    Status status = Status::Failed;
    QString text; // translated, for the operator
};

bool allowsToProceed(const QList<CheckItem>& items); // no Failed item

// The read-only checks a wizard runs before its review page. Each is ONE exec:
//   ExecJob* job = connection->exec(OperationChecks::provisionCommand(profile, sub));
//   job->setCollectOutput(1 << 20);
//   on finished: OperationChecks::parseProvision(job->collectedStdout(), profile, sub)
// Commands only read (psql SELECTs, getent, openssl x509, df, find); every value is quoted.
// Callers validate names with NameRules first (the builders return an empty command for an
// invalid name, so nothing is sent).
class OperationChecks
{
    Q_DECLARE_TR_FUNCTIONS(OperationChecks)
public:
    // Provision: is the subdomain free (tenantQuery, with the collision rule), does
    // <sub>.<tenantDomain> resolve on the server, does a valid certificate in
    // certificatePaths cover it, is there room next to the PostgreSQL data directory.
    static QString provisionCommand(const ServerProfile& profile, const QString& subdomain);
    static QList<CheckItem> parseProvision(const QByteArray& output, const ServerProfile& profile,
                                           const QString& subdomain);

    // Restore: the database (exists, size, open connections), room for the safety dump, and
    // its backups (the profile's backup targets named after the database, plus earlier safety
    // dumps), newest first.
    struct BackupFile
    {
        QString path;
        qint64 sizeBytes = 0;
        QDateTime modified;
        bool safetyDump = false; // made by a previous restore, not by the backup job
    };
    struct RestoreFacts
    {
        bool databaseExists = false;
        qint64 databaseSizeBytes = 0;
        int connections = 0;
        qint64 safetyFreeBytes = -1; // -1: unknown
        QList<BackupFile> backups;   // newest first
        QList<CheckItem> items;
    };
    static QString restoreCommand(const ServerProfile& profile, const QString& database);
    static RestoreFacts parseRestore(const QByteArray& output, const ServerProfile& profile,
                                     const QString& database);

    // Backup page: decrypt + pg_restore --list of one backup (RestorePlanner::verifyCommand).
    static QString verifyCommand(const ServerProfile& profile, const QString& backupFile);
    // `exitCode` of the exec; the item says how many entries the archive lists, or why not
    // (the last line of `errors`, the exec's stderr).
    static CheckItem parseVerify(const QByteArray& output, int exitCode,
                                 const QByteArray& errors = {});

    // Below this much free space next to the database: Failed; below warnBytes: Warning.
    static constexpr qint64 failBytes = 200LL * 1024 * 1024;
    static constexpr qint64 warnBytes = 1024LL * 1024 * 1024;
};

} // namespace vigie
