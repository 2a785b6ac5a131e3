#pragma once

#include <QString>

namespace vigie {

// What a backup file holds, from its name (the seeds name them plainly): a pg_dump custom
// archive (*.dump, restored with pg_restore), a plain SQL script from pg_dump (*.sql, restored
// with psql), the same gzipped (*.sql.gz: `pg_dump | gzip`, the Compose seeds), or a tar.gz of
// files (uploads: verified, never restored into a database). A trailing .gpg/.asc means it is
// encrypted too (PostgresCommands::decrypt).
enum class BackupFormat
{
    PgArchive,
    PlainSql,
    PlainSqlGzip,
    TarGzip,
};

namespace BackupFormats {

BackupFormat of(const QString& file);
bool isDatabaseDump(BackupFormat format);
bool isPlainSql(BackupFormat format); // PlainSql or PlainSqlGzip: psql restores it

} // namespace BackupFormats

} // namespace vigie
