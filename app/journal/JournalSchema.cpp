#include "JournalSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace vigie {

namespace {

// migrations[i] brings a file from version i to version i + 1.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> list{
        {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            // Times are milliseconds since the epoch (UTC). Texts are redacted before insert.
            QStringLiteral("CREATE TABLE entries ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " run_id TEXT NOT NULL DEFAULT '',"
                           " server TEXT NOT NULL DEFAULT '',"
                           " wizard TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL DEFAULT '',"
                           " operator TEXT NOT NULL DEFAULT '',"
                           " parameters TEXT NOT NULL DEFAULT '{}',"
                           " plan TEXT NOT NULL DEFAULT '{}',"
                           " started_at INTEGER NOT NULL,"
                           " finished_at INTEGER,"
                           " result TEXT NOT NULL,"
                           " failed_step INTEGER NOT NULL DEFAULT -1,"
                           " message TEXT NOT NULL DEFAULT '',"
                           " log_bytes INTEGER NOT NULL DEFAULT 0,"
                           " tail_bytes INTEGER NOT NULL DEFAULT 0,"
                           " log_truncated INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX entries_started ON entries(started_at)"),
            QStringLiteral("CREATE INDEX entries_run ON entries(server, run_id)"),
            // A log is stored in pieces so appending never rewrites what is already there.
            // Pieces after the truncation marker (tail = 1) are the newest output, bounded.
            QStringLiteral("CREATE TABLE log_chunks ("
                           " entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " tail INTEGER NOT NULL DEFAULT 0,"
                           " bytes INTEGER NOT NULL,"
                           " text TEXT NOT NULL,"
                           " PRIMARY KEY (entry_id, seq))"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
        },
        {
            // How much of the run's output the log holds, counted before redaction, so a
            // reattached run skips what was already recorded instead of recording it again.
            QStringLiteral("ALTER TABLE entries ADD COLUMN source_chars INTEGER NOT NULL "
                           "DEFAULT 0"),
        },
    };
    return list;
}

bool hasTable(QSqlDatabase& db, const QString& name, bool* ok)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                 "name = ?"));
    query.addBindValue(name);
    *ok = query.exec() && query.next();
    return *ok && query.value(0).toInt() > 0;
}

} // namespace

int JournalSchema::version(QSqlDatabase& db, bool* ok)
{
    if (!hasTable(db, QStringLiteral("schema_version"), ok))
        return 0;
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && query.next();
    return *ok ? query.value(0).toInt() : 0;
}

bool JournalSchema::check(QSqlDatabase& db, QString* error, int* fileVersion)
{
    bool ok = false;
    const int from = version(db, &ok);
    if (!ok) {
        *error = tr("The journal cannot be read: %1").arg(db.lastError().text());
        return false;
    }
    if (from > CurrentVersion) {
        *error = tr("The journal was written by a newer version of Vigie (schema %1; this "
                    "version knows up to %2). It was left as it is.")
                     .arg(from)
                     .arg(CurrentVersion);
        return false;
    }
    if (from == 0) {
        // An empty file becomes a journal; a database holding something else is not ours.
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next()) {
            *error = tr("The journal cannot be read: %1").arg(tables.lastError().text());
            return false;
        }
        if (tables.value(0).toInt() > 0) {
            *error = tr("This file is an SQLite database but not a Vigie journal. It was "
                        "left as it is.");
            return false;
        }
    }
    if (fileVersion)
        *fileVersion = from;
    return true;
}

bool JournalSchema::migrate(QSqlDatabase& db, QString* error)
{
    int from = 0;
    if (!check(db, error, &from))
        return false;
    for (int v = from; v < CurrentVersion; ++v) {
        if (!db.transaction()) {
            *error = tr("The journal cannot be updated: %1").arg(db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        QStringList statements = migrations().at(v);
        statements << QStringLiteral("UPDATE schema_version SET version = %1").arg(v + 1);
        for (const QString& statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                *error = tr("The journal cannot be updated to schema %1: %2")
                             .arg(v + 1)
                             .arg(query.lastError().text());
                query.finish();
                db.rollback();
                return false;
            }
        }
        query.finish();
        if (!db.commit()) {
            *error = tr("The journal cannot be updated: %1").arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace vigie
