#include "BackupFormat.h"

namespace vigie::BackupFormats {

BackupFormat of(const QString& file)
{
    QString name = file.toLower();
    for (const QLatin1String encrypted : {QLatin1String(".gpg"), QLatin1String(".asc")}) {
        if (name.endsWith(encrypted))
            name.chop(encrypted.size());
    }
    if (name.endsWith(QLatin1String(".sql.gz")) || name.endsWith(QLatin1String(".sql.gzip")))
        return BackupFormat::PlainSqlGzip;
    if (name.endsWith(QLatin1String(".sql")))
        return BackupFormat::PlainSql;
    if (name.endsWith(QLatin1String(".tar.gz")) || name.endsWith(QLatin1String(".tgz")))
        return BackupFormat::TarGzip;
    return BackupFormat::PgArchive; // .dump, .backup, .pgdump …: pg_restore says if it is not
}

bool isDatabaseDump(BackupFormat format)
{
    return format != BackupFormat::TarGzip;
}

bool isPlainSql(BackupFormat format)
{
    return format == BackupFormat::PlainSql || format == BackupFormat::PlainSqlGzip;
}

} // namespace vigie::BackupFormats
