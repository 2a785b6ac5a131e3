#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace vigie {

// An entry's log in the journal database: stored in pieces so appending never rewrites what is
// there, capped at maxBytes (UTF-8). Past the cap the log keeps its beginning, the truncation
// marker and its newest output (the end of a failed run is what the operator needs most).
class JournalLogStore
{
    Q_DECLARE_TR_FUNCTIONS(JournalLogStore)

public:
    JournalLogStore(QSqlDatabase db, qint64 maxBytes)
        : m_db(std::move(db))
        , m_maxLogBytes(maxBytes)
    {}

    bool append(qint64 id, const QString& text, qint64 sourceChars); // one transaction
    bool clear(qint64 id);
    QString read(qint64 id) const;
    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message)
    {
        m_error = message;
        return false;
    }

    QSqlDatabase m_db;
    qint64 m_maxLogBytes;
    QString m_error;
};

} // namespace vigie
