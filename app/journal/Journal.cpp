#include "Journal.h"

#include "JournalLogStore.h"
#include "JournalSchema.h"
#include "core/AppPaths.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace vigie {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

constexpr auto OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

const QString EntryColumns = QStringLiteral(
    "id, run_id, server, wizard, title, operator, parameters, plan, started_at, finished_at, "
    "result, failed_step, message, log_truncated");

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// SQLite keeps a null QString as NULL; the text columns are NOT NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QJsonObject jsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant msecs(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMsecs(const QVariant& value)
{
    if (value.isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

JournalEntry entryFromQuery(const QSqlQuery& query)
{
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.runId = query.value(1).toString();
    entry.server = query.value(2).toString();
    entry.wizard = query.value(3).toString();
    entry.title = query.value(4).toString();
    entry.operatorName = query.value(5).toString();
    entry.parameters = jsonObject(query.value(6).toString());
    entry.plan = jsonObject(query.value(7).toString());
    entry.started = fromMsecs(query.value(8));
    entry.finished = fromMsecs(query.value(9));
    entry.result = JournalEntry::resultFromName(query.value(10).toString());
    entry.failedStep = query.value(11).toInt();
    entry.message = query.value(12).toString();
    entry.logTruncated = query.value(13).toBool();
    return entry;
}

// Binds the columns INSERT and UPDATE share, in their order (run_id … message).
void bindEntryColumns(QSqlQuery& query, const JournalEntry& clean, const QVariant& startedAt)
{
    query.addBindValue(notNull(clean.runId));
    query.addBindValue(notNull(clean.server));
    query.addBindValue(notNull(clean.wizard));
    query.addBindValue(notNull(clean.title));
    query.addBindValue(notNull(clean.operatorName));
    query.addBindValue(jsonText(clean.parameters));
    query.addBindValue(jsonText(clean.plan));
    query.addBindValue(startedAt);
    query.addBindValue(msecs(clean.finished));
    query.addBindValue(JournalEntry::resultName(clean.result));
    query.addBindValue(clean.failedStep);
    query.addBindValue(notNull(clean.message));
}

} // namespace

Journal::Journal(QObject* parent)
    : QObject(parent)
{}

Journal::~Journal()
{
    close();
}

QString Journal::defaultPath()
{
    return AppPaths::dataDir() + QStringLiteral("/journal.sqlite");
}

QString Journal::truncationMarker()
{
    return QStringLiteral("[log truncated]");
}

bool Journal::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool Journal::prepareFile(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QFileInfo folderInfo(folder);
    if (folderInfo.exists() && !folderInfo.isDir())
        return fail(
            tr("The journal folder %1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
    if (!folderInfo.exists()) {
        // A folder we create holds only the journal: owner-only, like Vigie's data folder.
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return fail(tr("The journal folder %1 cannot be created.")
                            .arg(QDir::toNativeSeparators(folder)));
    }
    QFile file(path);
    if (!info.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile))
            return fail(tr("The journal %1 cannot be created: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        file.close();
        return true;
    }
    if (!info.isFile())
        return fail(tr("The journal %1 is not a file.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The journal %1 cannot be read: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        return fail(tr("The file %1 is not a Vigie journal (it is not an SQLite database). It was "
                       "left as it is; choose another journal location.")
                        .arg(QDir::toNativeSeparators(path)));
    // An existing journal made readable to others (copied, restored) is tightened again.
    if ((info.permissions() & ~(OwnerOnlyFile | QFile::ReadUser | QFile::WriteUser)) != 0)
        QFile::setPermissions(path, OwnerOnlyFile);
    return true;
}

bool Journal::configureConnection()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(tr("The journal %1 cannot be opened: %2")
                        .arg(QDir::toNativeSeparators(m_path),
                             query.lastError().isValid() ? query.lastError().text()
                                                         : tr("write-ahead logging refused")));
    // WAL with NORMAL sync: a crash may lose the last few lines, never corrupt the file.
    for (const QString& pragma : {QStringLiteral("PRAGMA synchronous = NORMAL"),
                                  QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (!query.exec(pragma))
            return fail(tr("The journal %1 cannot be opened: %2")
                            .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
    }
    return true;
}

bool Journal::open(const QString& path)
{
    close();
    m_error.clear();
    if (path.isEmpty())
        return fail(tr("No journal location is set."));
    m_path = QFileInfo(path).absoluteFilePath();
    if (!prepareFile(m_path))
        return false;

    m_connection = QStringLiteral("vigie-journal-%1").arg(++s_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QString error;
        bool ok = db.open();
        if (!ok)
            error = tr("The journal %1 cannot be opened: %2")
                        .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        // Checked before anything is written (even the WAL switch rewrites the header).
        if (ok && !JournalSchema::check(db, &error))
            ok = false;
        if (ok && !configureConnection()) {
            ok = false;
            error = m_error;
        }
        if (ok && !JournalSchema::migrate(db, &error))
            ok = false;
        if (!ok) {
            db.close();
            m_error = error;
        }
        if (ok)
            return true;
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    return false;
}

void Journal::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

JournalEntry Journal::redacted(const JournalEntry& entry) const
{
    JournalEntry clean = entry;
    for (QString* text : {&clean.runId, &clean.server, &clean.wizard, &clean.title,
                          &clean.operatorName, &clean.message})
        *text = m_redactor.redact(*text);
    clean.parameters = m_redactor.redact(entry.parameters);
    clean.plan = m_redactor.redact(entry.plan);
    return clean;
}

qint64 Journal::addEntry(const JournalEntry& entry)
{
    if (!isOpen()) {
        fail(tr("The journal is not open."));
        return -1;
    }
    const JournalEntry clean = redacted(entry);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "INSERT INTO entries (run_id, server, wizard, title, operator, parameters, plan, "
        "started_at, finished_at, result, failed_step, message) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // A new entry always has a start; an update keeps the stored one when it has none.
    bindEntryColumns(query, clean,
                     clean.started.isValid() ? clean.started.toMSecsSinceEpoch()
                                             : QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        fail(tr("The journal cannot be written: %1").arg(query.lastError().text()));
        return -1;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    emit entryAdded(id);
    if (!entry.log.isEmpty() && !appendLog(id, entry.log))
        return -1;
    return id;
}

bool Journal::updateEntry(const JournalEntry& entry)
{
    if (!isOpen())
        return fail(tr("The journal is not open."));
    const JournalEntry clean = redacted(entry);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "UPDATE entries SET run_id = ?, server = ?, wizard = ?, title = ?, operator = ?, "
        "parameters = ?, plan = ?, started_at = COALESCE(?, started_at), finished_at = ?, "
        "result = ?, failed_step = ?, message = ? WHERE id = ?"));
    bindEntryColumns(query, clean, msecs(clean.started));
    query.addBindValue(entry.id);
    if (!query.exec())
        return fail(tr("The journal cannot be written: %1").arg(query.lastError().text()));
    emit entryChanged(entry.id);
    return true;
}

std::optional<JournalEntry> Journal::entry(qint64 id, LogMode mode) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT %1 FROM entries WHERE id = ?").arg(EntryColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    JournalEntry entry = entryFromQuery(query);
    if (mode == LogMode::WithLog)
        entry.log = log(id);
    return entry;
}

qint64 Journal::findRun(const QString& server, const QString& runId) const
{
    if (!isOpen() || runId.isEmpty())
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT id FROM entries WHERE server = ? AND run_id = ? "
                                 "ORDER BY id DESC LIMIT 1"));
    query.addBindValue(m_redactor.redact(server));
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QList<JournalEntry> Journal::search(const QString& text, int limit) const
{
    QList<JournalEntry> entries;
    if (!isOpen())
        return entries;
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM entries e").arg(EntryColumns);
    if (!text.trimmed().isEmpty()) {
        const QString like = QStringLiteral(" LIKE ? ESCAPE '\\'");
        QStringList conditions;
        for (const char* column : {"server", "wizard", "title", "operator", "result", "run_id"})
            conditions << QLatin1String(column) + like;
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM log_chunks c WHERE c.entry_id = e.id "
                                     "AND c.text") +
                          like + QLatin1Char(')');
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" OR "));
    }
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ?");
    query.prepare(sql);
    if (!text.trimmed().isEmpty()) {
        for (int i = 0; i < 7; ++i)
            query.addBindValue(pattern);
    }
    query.addBindValue(qMax(1, limit));
    if (!query.exec())
        return entries;
    while (query.next())
        entries << entryFromQuery(query);
    return entries;
}

bool Journal::appendLog(qint64 id, const QString& text, qint64 sourceChars)
{
    if (!isOpen())
        return fail(tr("The journal is not open."));
    const QString clean = m_redactor.redact(text);
    if (clean.isEmpty() && sourceChars == 0)
        return true;
    JournalLogStore store(QSqlDatabase::database(m_connection, false), m_maxLogBytes);
    if (!store.append(id, clean, sourceChars))
        return fail(store.errorString());
    emit logAppended(id);
    return true;
}

bool Journal::clearLog(qint64 id)
{
    if (!isOpen())
        return fail(tr("The journal is not open."));
    JournalLogStore store(QSqlDatabase::database(m_connection, false), m_maxLogBytes);
    if (!store.clear(id))
        return fail(store.errorString());
    emit logAppended(id);
    return true;
}

QString Journal::log(qint64 id) const
{
    if (!isOpen())
        return QString();
    return JournalLogStore(QSqlDatabase::database(m_connection, false), m_maxLogBytes).read(id);
}

qint64 Journal::sourceChars(qint64 id) const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT source_chars FROM entries WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

int Journal::count() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT count(*) FROM entries")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

int Journal::purgeOlderThan(int days, const QDateTime& now)
{
    if (!isOpen()) {
        fail(tr("The journal is not open."));
        return -1;
    }
    if (days < 1)
        return 0;
    const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        fail(tr("The journal cannot be written: %1").arg(db.lastError().text()));
        return -1;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM log_chunks WHERE entry_id IN "
                                 "(SELECT id FROM entries WHERE started_at < ?)"));
    query.addBindValue(cutoff);
    bool ok = query.exec();
    int removed = 0;
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM entries WHERE started_at < ?"));
        query.addBindValue(cutoff);
        ok = query.exec();
        removed = query.numRowsAffected();
    }
    query.finish();
    if (!ok || !db.commit()) {
        fail(tr("The journal cannot be written: %1")
                 .arg(ok ? db.lastError().text() : query.lastError().text()));
        db.rollback();
        return -1;
    }
    if (removed > 0)
        emit entriesRemoved();
    return removed;
}

} // namespace vigie
