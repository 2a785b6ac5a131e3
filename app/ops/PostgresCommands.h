#pragma once

#include "fleet/ServerProfile.h"

#include <QList>
#include <QPair>
#include <QString>

namespace vigie {

// Remote sh text around PostgreSQL, gpg and pm2, shared by the provision and restore planners
// and the operation checks. The profile's command lines (psqlCommand, pm2Command) are the
// operator's own text, used as they are; every VALUE is quoted with shellQuote, and SQL values
// travel as psql variables (-v name=value, read as :'name' or :"name"), never in SQL text.
namespace PostgresCommands {

using Variables = QList<QPair<QString, QString>>;

// "<psqlCommand> -X -q -A -t -v ON_ERROR_STOP=1"
QString psql(const ServerProfile& profile);
// The psql command line the built-in tenant migrations run through: a real LOGIN as the tenant
// database owner (profile.tenantMigrationsPsqlCommand, else psqlCommand with its -U replaced by
// -U <owner>, or given one), plus the options of psql(). psqlCommand's own when there is no
// owner. Empty when the command line names no psql to give -U to.
QString migrationsPsql(const ServerProfile& profile);
// The role migrationsPsql() logs in as, for the plan's wording: the owner, or empty.
QString migrationsRole(const ServerProfile& profile);
// The profile's psql command line with psql replaced by `tool` ("pg_dump", "pg_restore"), so
// it keeps its -h/-p/-U or sudo; empty when the command line names no psql.
QString tool(const ServerProfile& profile, const QString& tool);
// printf '%s\n' '<sql>' | <psql> -d '<database>' -v k='v'… [extra] -f -
QString script(const ServerProfile& profile, const QString& database, const QString& sql,
               const Variables& variables = {}, const QString& extraOptions = {});
// Writes the backup's plain archive to stdout: gpg --decrypt with the profile's passphrase
// file for *.gpg / *.asc, cat otherwise.
QString decrypt(const ServerProfile& profile, const QString& file);
bool isEncrypted(const QString& file);
// "PM2_HOME='…' <pm2Command>"
QString pm2(const ServerProfile& profile);
// A profile tenantQuery fit to be a subquery: trailing ';' and spaces removed.
QString tenantSubquery(const ServerProfile& profile);
// sh text that starts writing `file` safely in a directory other users may share: creates the
// directory (umask 077), refuses it when others can write it without the sticky bit, refuses a
// `file` that already exists (or is a symlink), and sets $partial to a fresh mktemp file beside
// it (removed on exit) for the writer. finishPrivateFile() moves it into place.
QString startPrivateFile(const QString& directory, const QString& file);
QString finishPrivateFile(const QString& file);
// `echo '<text>' >&2; exit 1`: how a step fails with a message.
QString fail(const QString& message);

} // namespace PostgresCommands

} // namespace vigie
