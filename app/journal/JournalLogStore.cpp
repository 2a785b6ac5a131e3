#include "JournalLogStore.h"

#include "Journal.h"

#include <QSqlError>
#include <QSqlQuery>

namespace vigie {

namespace {

// The longest beginning of `text` within maxBytes of UTF-8, ending at a line end if it can.
QString prefixWithin(const QString& text, qint64 maxBytes)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= maxBytes)
        return text;
    if (maxBytes <= 0)
        return QString();
    qsizetype cut = utf8.lastIndexOf('\n', maxBytes - 1) + 1;
    if (cut == 0) {
        cut = maxBytes;
        while (cut > 0 && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
            --cut;
    }
    return QString::fromUtf8(utf8.left(cut));
}

// The shortest end of `text` within maxBytes of UTF-8, starting at a line start if it can.
QString suffixWithin(const QString& text, qint64 maxBytes)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= maxBytes)
        return text;
    qsizetype start = utf8.size() - maxBytes;
    const qsizetype newline = utf8.indexOf('\n', start);
    if (newline >= 0 && newline + 1 < utf8.size())
        start = newline + 1;
    while (start < utf8.size() && (uchar(utf8.at(start)) & 0xC0) == 0x80)
        ++start;
    return QString::fromUtf8(utf8.mid(start));
}

} // namespace

bool JournalLogStore::append(qint64 id, const QString& text, qint64 sourceChars)
{
    const QString& clean = text;
    QSqlDatabase& db = m_db;
    QSqlQuery query(db);
    const auto failed = [&](const QSqlQuery& q) {
        fail(tr("The journal cannot be written: %1").arg(q.lastError().text()));
        db.rollback();
        return false;
    };
    if (!db.transaction())
        return fail(tr("The journal cannot be written: %1").arg(db.lastError().text()));
    query.prepare(QStringLiteral("SELECT log_bytes, tail_bytes, log_truncated, "
                                 "(SELECT COALESCE(MAX(seq), -1) + 1 FROM log_chunks "
                                 " WHERE entry_id = entries.id) FROM entries WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query);
    if (!query.next()) {
        db.rollback();
        return fail(tr("The journal has no entry %1.").arg(id));
    }
    qint64 headBytes = query.value(0).toLongLong();
    qint64 tailBytes = query.value(1).toLongLong();
    bool truncated = query.value(2).toBool();
    qint64 seq = query.value(3).toLongLong();
    query.finish();

    // Past the cap the log keeps its beginning, the marker, and the newest output (the end
    // of a failed run is what the operator needs), bounded to an eighth of the cap.
    const qint64 tailLimit = qMax<qint64>(1, m_maxLogBytes / 8);
    const qint64 headLimit = qMax<qint64>(0, m_maxLogBytes - tailLimit);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO log_chunks (entry_id, seq, tail, bytes, text) VALUES (?, ?, ?, ?, ?)"));
    const auto insertChunk = [&](const QString& chunk, bool tail) {
        const qint64 bytes = chunk.toUtf8().size();
        insert.addBindValue(id);
        insert.addBindValue(seq++);
        insert.addBindValue(tail ? 1 : 0);
        insert.addBindValue(bytes);
        insert.addBindValue(chunk);
        return insert.exec() ? bytes : -1;
    };

    QString rest = clean;
    if (!truncated) {
        const QString head = prefixWithin(clean, headLimit - headBytes);
        if (!head.isEmpty()) {
            const qint64 bytes = insertChunk(head, false);
            if (bytes < 0)
                return failed(insert);
            headBytes += bytes;
        }
        rest = clean.mid(head.size());
        if (!rest.isEmpty()) {
            QString marker = Journal::truncationMarker() + QLatin1Char('\n');
            if (!head.isEmpty() && !head.endsWith(QLatin1Char('\n')))
                marker.prepend(QLatin1Char('\n'));
            const qint64 bytes = insertChunk(marker, false);
            if (bytes < 0)
                return failed(insert);
            headBytes += bytes;
            truncated = true;
        }
    }
    if (!rest.isEmpty()) {
        const qint64 bytes = insertChunk(suffixWithin(rest, tailLimit), true);
        if (bytes < 0)
            return failed(insert);
        tailBytes += bytes;
        // Drop the oldest tail pieces; the newest one always fits.
        QSqlQuery oldest(db);
        while (tailBytes > tailLimit) {
            oldest.prepare(QStringLiteral("SELECT seq, bytes FROM log_chunks WHERE entry_id = ? "
                                          "AND tail = 1 ORDER BY seq LIMIT 1"));
            oldest.addBindValue(id);
            if (!oldest.exec() || !oldest.next())
                return failed(oldest);
            const qint64 oldestSeq = oldest.value(0).toLongLong();
            tailBytes -= oldest.value(1).toLongLong();
            oldest.finish();
            oldest.prepare(QStringLiteral("DELETE FROM log_chunks WHERE entry_id = ? AND seq = ?"));
            oldest.addBindValue(id);
            oldest.addBindValue(oldestSeq);
            if (!oldest.exec())
                return failed(oldest);
        }
    }
    query.prepare(QStringLiteral("UPDATE entries SET log_bytes = ?, tail_bytes = ?, "
                                 "log_truncated = ?, source_chars = source_chars + ? "
                                 "WHERE id = ?"));
    query.addBindValue(headBytes);
    query.addBindValue(tailBytes);
    query.addBindValue(truncated ? 1 : 0);
    query.addBindValue(sourceChars);
    query.addBindValue(id);
    if (!query.exec())
        return failed(query);
    query.finish();
    insert.finish();
    if (!db.commit())
        return fail(tr("The journal cannot be written: %1").arg(db.lastError().text()));
    return true;
}

bool JournalLogStore::clear(qint64 id)
{
    QSqlDatabase& db = m_db;
    if (!db.transaction())
        return fail(tr("The journal cannot be written: %1").arg(db.lastError().text()));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM log_chunks WHERE entry_id = ?"));
    query.addBindValue(id);
    bool ok = query.exec();
    if (ok) {
        query.prepare(QStringLiteral("UPDATE entries SET log_bytes = 0, tail_bytes = 0, "
                                     "log_truncated = 0, source_chars = 0 WHERE id = ?"));
        query.addBindValue(id);
        ok = query.exec();
    }
    const QString error = query.lastError().text();
    query.finish();
    if (!ok || !db.commit()) {
        db.rollback();
        return fail(
            tr("The journal cannot be written: %1").arg(ok ? db.lastError().text() : error));
    }
    return true;
}

QString JournalLogStore::read(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT text FROM log_chunks WHERE entry_id = ? ORDER BY seq"));
    query.addBindValue(id);
    QString text;
    if (query.exec()) {
        while (query.next())
            text += query.value(0).toString();
    }
    return text;
}

} // namespace vigie
