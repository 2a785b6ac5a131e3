#include "RestorePlanner.h"

#include "BackupFormat.h"
#include "NameRules.h"
#include "PostgresCommands.h"
#include "ProvisionPlanner.h"
#include "core/ShellQuote.h"
#include "fleet/ServiceCommands.h"

#include <QJsonArray>

namespace vigie {

namespace PG = PostgresCommands;

namespace {

const QString rowsMarker = QStringLiteral("vigie-rows");

// `left | right`, each side's exit status checked (pipefail is not POSIX): the left side's
// status goes to a file in a private temporary directory, never any of the data.
// Which side of a failed pipe is named first when both failed: a reader fails when its
// input is bad (gpg -d | pg_restore: blame gpg), a writer that stops (disk full) kills its
// producer with SIGPIPE (pg_dump | gpg: blame gpg).
enum class PipeBlame
{
    ProducerFirst,
    WriterFirst
};

// rightFailed is shell text (it may run commands, e.g. report the free space).
QString checkedPipeWith(const QString& left, const QString& right, const QString& leftFailed,
                        const QString& rightFailed, PipeBlame blame)
{
    const QString leftCheck =
        QStringLiteral("[ \"$left\" = 0 ] || { %1; }\n").arg(PG::fail(leftFailed));
    const QString rightCheck = QStringLiteral("[ \"$right\" = 0 ] || { %1; }\n").arg(rightFailed);
    return QStringLiteral("t=$(mktemp -d) || exit 1\n"
                          "{ %1 && echo 0 >\"$t/left\" || echo $? >\"$t/left\"; } |\n"
                          "  %2 && right=0 || right=$?\n"
                          "left=$(cat \"$t/left\" 2>/dev/null) || left=unknown\n"
                          "rm -rf -- \"$t\"\n")
               .arg(left, right) +
           (blame == PipeBlame::ProducerFirst ? leftCheck + rightCheck : rightCheck + leftCheck)
               .chopped(1);
}

QString checkedPipe(const QString& left, const QString& right, const QString& leftFailed,
                    const QString& rightFailed)
{
    return checkedPipeWith(left, right, leftFailed, PG::fail(rightFailed),
                           PipeBlame::ProducerFirst);
}

// Writing into `directory` failed: say so with the space left there (a full disk is the
// usual cause, and the operator needs the number to make room).
QString writeFailure(const QString& directory)
{
    return QStringLiteral("echo %1 >&2; df -Pk -- %2 | awk %3 >&2; exit 1")
        .arg(shellQuote(RestorePlanner::tr("Writing the safety dump failed.")),
             shellQuote(directory),
             shellQuote(QStringLiteral("NR == 2 { printf \"%s KiB free on %s (%s)\\n\", $4, $6, "
                                       "$1 }")));
}

// sh text writing a plain-SQL backup to stdout (decrypted, gunzipped), each stage's exit
// status in "$t/decrypt" and "$t/gunzip" ($t: a private temporary directory). Nothing
// decrypted or decompressed is written to disk.
QString plainSqlStream(const ServerProfile& profile, const QString& file, BackupFormat format)
{
    const QString decrypt =
        QStringLiteral("{ %1 && echo 0 >\"$t/decrypt\" || echo $? >\"$t/decrypt\"; }")
            .arg(PG::decrypt(profile, file));
    if (format != BackupFormat::PlainSqlGzip)
        return QStringLiteral("{ echo 0 >\"$t/gunzip\"; %1; }").arg(decrypt);
    return QStringLiteral(
               "{ %1 | { gzip -dc && echo 0 >\"$t/gunzip\" || echo $? >\"$t/gunzip\"; }; }")
        .arg(decrypt);
}

// sh text: fails with the right sentence when a stage of plainSqlStream() failed.
QString plainSqlStreamChecks(const QString& file)
{
    return QStringLiteral(
               "[ \"$(cat \"$t/decrypt\" 2>/dev/null)\" = 0 ] || { rm -rf -- \"$t\"; %1; }\n"
               "[ \"$(cat \"$t/gunzip\" 2>/dev/null)\" = 0 ] || { rm -rf -- \"$t\"; %2; }\n")
        .arg(PG::fail(RestorePlanner::tr("Cannot decrypt %1: wrong passphrase or damaged file.")
                          .arg(file)),
             PG::fail(RestorePlanner::tr("%1 is not a whole gzip file: truncated or damaged.")
                          .arg(file)));
}

// A plain SQL dump is read through once: every byte decrypted and decompressed (a truncated
// gzip fails there), pg_dump's header in its first lines, pg_dump's closing line at its end
// (a dump cut short, e.g. by a full disk, has none) and the tables it creates, counted.
QString plainSqlVerifyCommand(const ServerProfile& profile, const QString& file,
                              BackupFormat format)
{
    const QString scan = QStringLiteral(
        "awk 'NR <= 10 && /^-- PostgreSQL database dump$/ { head = 1 } "
        "/^-- PostgreSQL database dump complete$/ { complete = NR } "
        "/^CREATE TABLE / { tables++ } "
        "END { printf \"%d %d %d\\n\", head, (complete > 0 && NR - complete <= 5), tables }' "
        ">\"$t/scan\"");
    return QStringLiteral("t=$(mktemp -d) || exit 1\n%1 | %2\n%3"
                          "read -r head complete tables <\"$t/scan\" || head=0\n"
                          "rm -rf -- \"$t\"\n"
                          "[ \"$head\" = 1 ] || { %4; }\n"
                          "[ \"$complete\" = 1 ] || { %5; }\n"
                          "printf 'vigie-verify\\tok\\t%s\\tsql\\n' \"$tables\"")
        .arg(plainSqlStream(profile, file, format), scan, plainSqlStreamChecks(file),
             PG::fail(RestorePlanner::tr("%1 is not an SQL script made by pg_dump.").arg(file)),
             PG::fail(RestorePlanner::tr("%1 is cut short: it does not end like a complete "
                                         "pg_dump.")
                          .arg(file)));
}

// A plain SQL dump has no DROP statements: in place, the database's schemas are dropped and
// public made again as PostgreSQL makes it (14+: owned by pg_database_owner, USAGE for all),
// in the same transaction as the script.
QString emptyDatabaseSql()
{
    return QStringLiteral(
        "SET client_min_messages = warning;\n"
        "DO $vigie$ DECLARE s name; BEGIN\n"
        "  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
        "AND nspname <> 'information_schema' LOOP\n"
        "    EXECUTE format('DROP SCHEMA %I CASCADE', s);\n"
        "  END LOOP;\n"
        "  IF current_setting('server_version_num')::int >= 140000 THEN\n"
        "    CREATE SCHEMA public AUTHORIZATION pg_database_owner;\n"
        "    GRANT USAGE ON SCHEMA public TO PUBLIC;\n"
        "  ELSE\n"
        "    CREATE SCHEMA public;\n"
        "    GRANT ALL ON SCHEMA public TO PUBLIC;\n"
        "  END IF;\n"
        "END $vigie$;");
}

// psql reads BEGIN, the script, then COMMIT only when every byte came through: a file that
// turns out truncated or undecryptable half-way ends in ROLLBACK, never in half a database.
// (--single-transaction would COMMIT at the end of whatever arrived.)
QString plainSqlRestoreCommand(const ServerProfile& profile, const QString& file,
                               const QString& target, bool clean)
{
    const BackupFormat format = BackupFormats::of(file);
    const QString begin =
        clean ? QStringLiteral("BEGIN;\n") + emptyDatabaseSql() : QStringLiteral("BEGIN;");
    const QString psql = PG::tool(profile, QStringLiteral("psql")) +
                         QStringLiteral(" -X -q -v ON_ERROR_STOP=1 -d ") + shellQuote(target);
    return QStringLiteral("t=$(mktemp -d) || exit 1\n"
                          "{ printf '%s\\n' %1\n"
                          "  %2\n"
                          "  if [ \"$(cat \"$t/decrypt\" 2>/dev/null)\" = 0 ] && "
                          "[ \"$(cat \"$t/gunzip\" 2>/dev/null)\" = 0 ]; then echo 'COMMIT;'; "
                          "else echo 'ROLLBACK;'; fi\n"
                          "} | %3 >/dev/null && r=0 || r=$?\n"
                          // psql stopped at an error: the stages upstream died of SIGPIPE
                          // (141), which is not their fault.
                          "case \"$r:$(cat \"$t/decrypt\" 2>/dev/null):$(cat \"$t/gunzip\" "
                          "2>/dev/null)\" in\n"
                          "0:*) ;;\n"
                          "*:0:0 | *:141:0 | *:0:141 | *:141:141) rm -rf -- \"$t\"; %5 ;;\n"
                          "esac\n"
                          "%4rm -rf -- \"$t\"\n"
                          "[ \"$r\" = 0 ] || { %5; }")
        .arg(shellQuote(begin), plainSqlStream(profile, file, format), psql,
             plainSqlStreamChecks(file),
             PG::fail(RestorePlanner::tr("psql into %1 failed; the transaction was rolled back.")
                          .arg(target)));
}

PlanStep verifyStep(const ServerProfile& profile, const QString& file)
{
    PlanStep step;
    step.title = RestorePlanner::tr("Verify the backup %1 (decrypt and read it through)").arg(file);
    step.kind = PlanStep::Kind::Check;
    step.command = RestorePlanner::verifyCommand(profile, file);
    return step;
}

PlanStep rowCountStep(const ServerProfile& profile, const QString& database, bool before)
{
    PlanStep step;
    step.title = before ? RestorePlanner::tr("Count the rows of %1 before").arg(database)
                        : RestorePlanner::tr("Count the rows of %1 after").arg(database);
    step.kind = PlanStep::Kind::Check;
    step.command = RestorePlanner::rowCountCommand(
        profile, database, before ? QStringLiteral("before") : QStringLiteral("after"));
    return step;
}

PlanStep safetyDumpStep(const ServerProfile& profile, const QString& database, const QString& file)
{
    const QString dump = PG::tool(profile, QStringLiteral("pg_dump")) + QStringLiteral(" -Fc -d ") +
                         shellQuote(database);
    QString write;
    if (profile.backupPassphraseFile.isEmpty()) {
        write = QStringLiteral("cat >\"$partial\"");
    } else {
        write = QStringLiteral("gpg --batch --quiet --yes --no-symkey-cache --symmetric "
                               "--cipher-algo AES256 --passphrase-file ") +
                shellQuote(profile.backupPassphraseFile) + QStringLiteral(" --output \"$partial\"");
    }
    PlanStep step;
    step.title = RestorePlanner::tr("Safety dump of %1 into %2").arg(database, file);
    step.kind = PlanStep::Kind::Change;
    step.command =
        PG::startPrivateFile(profile.safetyDumpDirectory, file) + QLatin1Char('\n') +
        checkedPipeWith(dump, write, RestorePlanner::tr("pg_dump of %1 failed.").arg(database),
                        writeFailure(profile.safetyDumpDirectory), PipeBlame::WriterFirst) +
        QLatin1Char('\n') + PG::finishPrivateFile(file) +
        QStringLiteral("\necho \"Safety dump: \"%1\" ($(du -h -- %1 | cut -f1))\"")
            .arg(shellQuote(file));
    return step;
}

QString terminateSql()
{
    return QStringLiteral("SELECT count(pg_terminate_backend(pid)) AS vigie_closed "
                          "FROM pg_stat_activity WHERE datname = :'db' "
                          "AND pid <> pg_backend_pid() \\gset\n"
                          "\\echo :vigie_closed 'connection(s) closed'");
}

QString connectSql(bool grant)
{
    return grant ? QStringLiteral("SELECT format('GRANT CONNECT ON DATABASE %I TO PUBLIC, %I', "
                                  "datname, pg_get_userbyid(datdba)) "
                                  "FROM pg_database WHERE datname = :'db' \\gexec")
                 : QStringLiteral("SELECT format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC, "
                                  "%I', datname, pg_get_userbyid(datdba)) "
                                  "FROM pg_database WHERE datname = :'db' \\gexec");
}

PlanStep quiesceStep(const ServerProfile& profile, const QString& database, bool tenant)
{
    const PG::Variables db{{QStringLiteral("db"), database}};
    PlanStep step;
    step.kind = PlanStep::Kind::Change;
    if (tenant) {
        step.title = RestorePlanner::tr("Close the connections to %1 (other tenants stay online)")
                         .arg(database);
        step.command = PG::script(profile, QStringLiteral("postgres"),
                                  connectSql(false) + QLatin1Char('\n') + terminateSql(), db);
        step.undo = PG::script(profile, QStringLiteral("postgres"), connectSql(true), db);
        return step;
    }
    QStringList stop, start;
    for (const QString& app : profile.sharedDatabaseApps) {
        stop.append(PG::pm2(profile) + QStringLiteral(" stop ") + shellQuote(app));
        start.append(PG::pm2(profile) + QStringLiteral(" start ") + shellQuote(app));
    }
    step.title = profile.sharedDatabaseApps.isEmpty()
                     ? RestorePlanner::tr("Close the connections to %1").arg(database)
                     : RestorePlanner::tr("Stop %1 and close the connections to %2")
                           .arg(profile.sharedDatabaseApps.join(QStringLiteral(", ")), database);
    stop.append(PG::script(profile, QStringLiteral("postgres"), terminateSql(), db));
    step.command = stop.join(QLatin1Char('\n'));
    step.undo = start.join(QLatin1Char('\n'));
    return step;
}

PlanStep reopenStep(const ServerProfile& profile, const QString& database, bool tenant)
{
    const PlanStep quiesce = quiesceStep(profile, database, tenant);
    PlanStep step;
    step.kind = PlanStep::Kind::Change;
    step.title = tenant || profile.sharedDatabaseApps.isEmpty()
                     ? RestorePlanner::tr("Reopen the connections to %1").arg(database)
                     : RestorePlanner::tr("Start %1 again")
                           .arg(profile.sharedDatabaseApps.join(QStringLiteral(", ")));
    step.command = quiesce.undo.isEmpty() ? QStringLiteral("true") : quiesce.undo;
    return step;
}

PlanStep restoreStep(const ServerProfile& profile, const QString& file, const QString& target,
                     bool clean)
{
    PlanStep step;
    step.kind = clean ? PlanStep::Kind::Destructive : PlanStep::Kind::Change;
    step.title = clean ? RestorePlanner::tr("Replace the contents of %1 with %2").arg(target, file)
                       : RestorePlanner::tr("Restore %1 into %2").arg(file, target);
    if (clean && !profile.restoreScript.isEmpty()) {
        step.command = shellCommand({profile.restoreScript, file, target});
        return step;
    }
    if (BackupFormats::isPlainSql(BackupFormats::of(file))) {
        step.command = plainSqlRestoreCommand(profile, file, target, clean);
        return step;
    }
    // One transaction: a restore that fails half-way leaves the database as it was.
    QString restore = PG::tool(profile, QStringLiteral("pg_restore")) +
                      QStringLiteral(" --single-transaction --exit-on-error");
    if (clean)
        restore += QStringLiteral(" --clean --if-exists");
    restore += QStringLiteral(" -d ") + shellQuote(target);
    step.command = checkedPipe(
        PG::decrypt(profile, file), restore, RestorePlanner::tr("Decrypting %1 failed.").arg(file),
        RestorePlanner::tr("pg_restore into %1 failed; the transaction was rolled "
                           "back.")
            .arg(target));
    return step;
}

PlanStep healthStep(const ServerProfile& profile, const QString& tenantSubdomain)
{
    PlanStep step;
    step.kind = PlanStep::Kind::Check;
    if (!tenantSubdomain.isEmpty()) {
        step.title = RestorePlanner::tr("Check %1")
                         .arg(ProvisionPlanner::healthUrl(profile, tenantSubdomain));
        step.command = ProvisionPlanner::healthCheckCommand(profile, tenantSubdomain);
        return step;
    }
    QStringList lines;
    for (const ServerProfile::HealthUrl& health : profile.healthUrls) {
        QString curl = QStringLiteral("curl -s -o /dev/null -w '%{http_code}' --max-time 10");
        if (health.insecure)
            curl += QStringLiteral(" -k");
        if (!health.resolve.isEmpty())
            curl += QStringLiteral(" --resolve ") + shellQuote(health.resolve);
        curl += QLatin1Char(' ') + shellQuote(health.url);
        lines.append(QStringLiteral("i=0; while :; do i=$((i + 1)); code=$(%1) || true; "
                                    "case $code in [23][0-9][0-9]) echo \"HTTP $code\" %2; "
                                    "break ;; esac; if [ \"$i\" -ge %3 ]; then echo \"HTTP "
                                    "${code:-000}\" %2 >&2; exit 1; fi; sleep %4; done")
                         .arg(curl, shellQuote(health.url),
                              QString::number(ProvisionPlanner::healthAttempts),
                              QString::number(ProvisionPlanner::healthPauseSeconds)));
    }
    if (lines.isEmpty())
        return {};
    step.title = RestorePlanner::tr("Check the health URLs");
    step.command = lines.join(QLatin1Char('\n'));
    return step;
}

} // namespace

QString RestorePlanner::skipSafetyPhrase(const QString& database)
{
    return QStringLiteral("skip ") + database;
}

bool RestorePlanner::isTenantDatabase(const ServerProfile& profile, const QString& database)
{
    return !profile.tenantDatabasePrefix.isEmpty() &&
           database.startsWith(profile.tenantDatabasePrefix) &&
           database.size() > profile.tenantDatabasePrefix.size();
}

QString RestorePlanner::safetyDumpFile(const ServerProfile& profile, const QString& database,
                                       const QDateTime& at)
{
    QString directory = profile.safetyDumpDirectory;
    while (directory.size() > 1 && directory.endsWith(QLatin1Char('/')))
        directory.chop(1);
    return directory + QLatin1Char('/') + database + QStringLiteral("-before-restore-") +
           at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           (profile.backupPassphraseFile.isEmpty() ? QStringLiteral(".dump")
                                                   : QStringLiteral(".dump.gpg"));
}

QString RestorePlanner::verifyCommand(const ServerProfile& profile, const QString& backupFile)
{
    const BackupFormat format = BackupFormats::of(backupFile);
    if (BackupFormats::isPlainSql(format))
        return plainSqlVerifyCommand(profile, backupFile, format);
    if (format == BackupFormat::TarGzip) {
        QString command = checkedPipe(
            PG::decrypt(profile, backupFile),
            QStringLiteral(
                "{ tar -tzf - >\"$t/list\" && r=0 || r=$?; cat >/dev/null; exit \"$r\"; }"),
            tr("Cannot decrypt %1: wrong passphrase or damaged file.").arg(backupFile),
            tr("%1 is not a whole tar.gz archive: truncated or damaged.").arg(backupFile));
        command.replace(QStringLiteral("rm -rf -- \"$t\"\n"),
                        QStringLiteral("n=$(wc -l <\"$t/list\" 2>/dev/null) || n=0\n"
                                       "rm -rf -- \"$t\"\n"));
        return command + QStringLiteral("\nprintf 'vigie-verify\\tok\\t%s\\ttar\\n' $n");
    }
    // The right side drains its input after pg_restore --list, which stops at the table of
    // contents: gpg then decrypts to the end and checks the file's integrity (MDC).
    const QString list = QStringLiteral("{ %1 --list >\"$t/list\" && r=0 || r=$?; "
                                        "cat >/dev/null; exit \"$r\"; }")
                             .arg(PG::tool(profile, QStringLiteral("pg_restore")));
    QString command =
        checkedPipe(PG::decrypt(profile, backupFile), list,
                    tr("Cannot decrypt %1: wrong passphrase or damaged file.").arg(backupFile),
                    tr("%1 is not a readable pg_dump archive.").arg(backupFile));
    // The list lives in the temporary directory until the end of the check.
    command.replace(QStringLiteral("rm -rf -- \"$t\"\n"),
                    QStringLiteral("n=$(grep -c '^[0-9]' \"$t/list\" 2>/dev/null) || n=0\n"
                                   "rm -rf -- \"$t\"\n"));
    return command + QStringLiteral("\nprintf 'vigie-verify\\tok\\t%s\\n' \"$n\"");
}

QString RestorePlanner::rowCountCommand(const ServerProfile& profile, const QString& database,
                                        const QString& label)
{
    // Exact counts, one query per table through query_to_xml, for the 100 first tables.
    const QString sql = QStringLiteral(
        "SELECT :'marker', :'label', format('%I.%I', table_schema, table_name), "
        "(xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', "
        "table_schema, table_name), false, true, '')))[1]::text "
        "FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
        "AND table_schema NOT IN ('pg_catalog', 'information_schema') "
        "ORDER BY 3 LIMIT 100;");
    return PG::script(profile, database, sql,
                      {{QStringLiteral("marker"), rowsMarker}, {QStringLiteral("label"), label}},
                      QStringLiteral("-F '\t'"));
}

QList<RestorePlanner::RowCount> RestorePlanner::parseRowCounts(const QString& output)
{
    QList<RowCount> counts;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const QStringList fields = line.trimmed().split(QLatin1Char('\t'));
        if (fields.size() != 4 || fields.first() != rowsMarker)
            continue;
        bool ok = false;
        const qint64 rows = fields.at(3).toLongLong(&ok);
        if (ok)
            counts.append({fields.at(1), fields.at(2), rows});
    }
    return counts;
}

QString RestorePlanner::validate(const ServerProfile& profile, const RestoreRequest& request)
{
    QString reason = NameRules::validateDatabaseName(request.database);
    if (!reason.isEmpty())
        return reason;
    if (!ServiceCommands::isValidRemotePath(request.backupFile))
        return tr("The backup must be an absolute path on the server.");
    if (PG::isEncrypted(request.backupFile) && profile.backupPassphraseFile.isEmpty())
        return tr("The profile names no backup passphrase file to decrypt %1.")
            .arg(request.backupFile);
    if (profile.psqlCommand.trimmed().isEmpty() ||
        PG::tool(profile, QStringLiteral("pg_restore")).isEmpty())
        return tr("The profile's psql command names no psql (pg_restore and pg_dump are found "
                  "next to it).");
    if (!profile.backupPassphraseFile.isEmpty() &&
        !ServiceCommands::isValidRemotePath(profile.backupPassphraseFile))
        return tr("The profile's backup passphrase file is not an absolute path.");
    if (!request.tenantSubdomain.isEmpty()) {
        reason = NameRules::validateSubdomain(request.tenantSubdomain);
        if (!reason.isEmpty())
            return reason;
    }
    if (!request.copyName.isEmpty()) {
        reason = NameRules::validateNewDatabaseName(request.copyName);
        if (!reason.isEmpty())
            return reason;
        if (NameRules::collisionKey(request.copyName) == NameRules::collisionKey(request.database))
            return tr("The copy needs a name other than %1.").arg(request.database);
        return {};
    }
    if (!request.skipSafetyDump && !ServiceCommands::isValidRemotePath(profile.safetyDumpDirectory))
        return tr("The profile has no valid safety dump directory.");
    if (request.skipSafetyDump &&
        request.skipSafetyConfirmation != skipSafetyPhrase(request.database))
        return tr("To restore without a safety dump, type \"%1\".")
            .arg(skipSafetyPhrase(request.database));
    if (!profile.restoreScript.isEmpty() &&
        !ServiceCommands::isValidRemotePath(profile.restoreScript))
        return tr("The profile's restore script is not an absolute path.");
    if (!isTenantDatabase(profile, request.database)) {
        for (const QString& app : profile.sharedDatabaseApps) {
            if (!ServiceCommands::isValidPm2Name(app))
                return tr("The profile names an invalid PM2 application: %1").arg(app);
        }
    }
    return {};
}

Plan RestorePlanner::plan(const ServerProfile& profile, const RestoreRequest& request,
                          QString* error)
{
    const QString reason = validate(profile, request);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return {};
    }
    const QDateTime at = request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc();
    const bool copy = !request.copyName.isEmpty();
    const QString target = copy ? request.copyName : request.database;
    const bool tenant = isTenantDatabase(profile, request.database);
    const QString safety =
        copy || request.skipSafetyDump ? QString() : safetyDumpFile(profile, request.database, at);

    Plan plan;
    plan.wizard = QStringLiteral("restore");
    const QString date = at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    plan.title = copy ? tr("Restore a copy of %1 as %2 (%3)").arg(request.database, target, date)
                      : tr("Restore %1 from %2 (%3)")
                            .arg(request.database, request.backupFile.section(u'/', -1), date);
    plan.lockTargets = {QStringLiteral("db:") + target};
    plan.parameters = {{QStringLiteral("database"), request.database},
                       {QStringLiteral("backupFile"), request.backupFile},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("copy"), copy},
                       {QStringLiteral("tenantDatabase"), tenant},
                       {QStringLiteral("tenantSubdomain"), request.tenantSubdomain},
                       {QStringLiteral("safetyDump"), safety},
                       {QStringLiteral("skipSafetyDump"), request.skipSafetyDump && !copy}};
    plan.steps.append(verifyStep(profile, request.backupFile));

    if (copy) {
        PlanStep create;
        create.title = tr("Create the empty database %1").arg(target);
        create.kind = PlanStep::Kind::Change;
        create.command = PG::script(
            profile, QStringLiteral("postgres"),
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') AS "
                           "vigie_exists \\gset\n"
                           "\\if :vigie_exists\n"
                           "\\warn 'A database named' :'db' 'already exists.'\n"
                           "\\quit 3\n"
                           "\\endif\n"
                           "CREATE DATABASE :\"db\" TEMPLATE template0;"),
            {{QStringLiteral("db"), target}});
        create.undo = PG::script(profile, QStringLiteral("postgres"),
                                 QStringLiteral("DROP DATABASE IF EXISTS :\"db\";"),
                                 {{QStringLiteral("db"), target}});
        plan.steps.append(create);
        plan.steps.append(restoreStep(profile, request.backupFile, target, false));
        plan.steps.append(rowCountStep(profile, target, false));
        return plan;
    }

    if (!tenant) {
        for (const QString& app : profile.sharedDatabaseApps)
            plan.lockTargets.append(QStringLiteral("app:") + app);
    }
    plan.confirmationWord = request.database;
    plan.steps.append(rowCountStep(profile, request.database, true));
    if (!safety.isEmpty())
        plan.steps.append(safetyDumpStep(profile, request.database, safety));
    plan.recoveryFrom = int(plan.steps.size());
    plan.steps.append(quiesceStep(profile, request.database, tenant));
    plan.steps.append(restoreStep(profile, request.backupFile, request.database, true));
    const PlanStep reopen = reopenStep(profile, request.database, tenant);
    plan.steps.append(reopen);
    plan.recoverySteps.append(reopen);
    const PlanStep health = healthStep(profile, request.tenantSubdomain);
    if (!health.command.isEmpty())
        plan.steps.append(health);
    plan.steps.append(rowCountStep(profile, request.database, false));
    return plan;
}

Plan RestorePlanner::safetyRestorePlan(const ServerProfile& profile, const Plan& original,
                                       QString* error)
{
    const QJsonObject p = original.parameters;
    const QString dump = p.value(QStringLiteral("safetyDump")).toString();
    if (original.wizard != QLatin1String("restore") || dump.isEmpty() ||
        p.value(QStringLiteral("copy")).toBool()) {
        if (error)
            *error = tr("This restore made no safety dump.");
        return {};
    }
    RestoreRequest request;
    request.database = p.value(QStringLiteral("database")).toString();
    request.backupFile = dump;
    request.tenantSubdomain = p.value(QStringLiteral("tenantSubdomain")).toString();
    request.skipSafetyDump = true;
    request.skipSafetyConfirmation = skipSafetyPhrase(request.database);
    Plan plan = RestorePlanner::plan(profile, request, error);
    if (!plan.steps.isEmpty())
        plan.title = tr("Put back the safety dump of %1").arg(request.database);
    return plan;
}

} // namespace vigie
