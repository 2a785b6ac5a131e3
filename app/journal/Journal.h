#pragma once

#include "JournalEntry.h"
#include "SecretRedactor.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace vigie {

// The local journal: one SQLite file (WAL, owner-only permissions) with every operation run
// from this desktop. Each instance has its own connection, so the window and a recorder can
// use separate instances on the same file; sharing one instance also shares its signals.
// Every text written goes through the journal's SecretRedactor first (callers redact with
// their own secrets before that). A file that cannot be opened, is not a journal or is damaged
// is reported by errorString() and left untouched: never recreated, never overwritten.
class Journal : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 2;
    static constexpr qint64 DefaultMaxLogBytes = 8 * 1024 * 1024;

    explicit Journal(QObject* parent = nullptr);
    ~Journal() override;

    static QString defaultPath();      // AppPaths::dataDir()/journal.sqlite
    static QString truncationMarker(); // "[log truncated]", the last line of a capped log

    // Creates the file (0600) and its folder (0700) when missing, migrates older schemas.
    bool open(const QString& path);
    void close();
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // Logs longer than this (UTF-8 bytes) keep their beginning and end with truncationMarker().
    void setMaxLogBytes(qint64 bytes) { m_maxLogBytes = bytes; }
    qint64 maxLogBytes() const { return m_maxLogBytes; }

    // Returns the new id, or -1 (errorString()). entry.log, when set, is stored as the log.
    qint64 addEntry(const JournalEntry& entry);
    // Everything but the id and the log: wizard, title, parameters, plan, end, result…
    bool updateEntry(const JournalEntry& entry);
    // Appends to an entry's log; text should be whole lines (see LogRedactionStream).
    // sourceChars: how many characters of the run's output (before redaction) this covers.
    bool appendLog(qint64 id, const QString& text, qint64 sourceChars = 0);
    // The sum of sourceChars appended so far (0 after clearLog).
    qint64 sourceChars(qint64 id) const;
    // Forgets an entry's log (a reattached run whose whole log is sent again).
    bool clearLog(qint64 id);

    enum class LogMode
    {
        WithoutLog,
        WithLog
    };
    std::optional<JournalEntry> entry(qint64 id, LogMode mode = LogMode::WithLog) const;
    QString log(qint64 id) const;
    // The entry recorded for a server's run, or -1 (a run reattached after a restart).
    qint64 findRun(const QString& server, const QString& runId) const;
    // Newest first. Matches server, wizard, title, operator, result or text in the log
    // (case-insensitive for ASCII); an empty text matches everything. Logs are not loaded.
    QList<JournalEntry> search(const QString& text = QString(), int limit = 5000) const;
    int count() const;

    // Removes the entries that started more than `days` days before `now`. Returns how many,
    // or -1 on error. days < 1 removes nothing.
    int purgeOlderThan(int days, const QDateTime& now = QDateTime::currentDateTimeUtc());

signals:
    void entryAdded(qint64 id);
    void entryChanged(qint64 id);
    void logAppended(qint64 id);
    void entriesRemoved();

private:
    bool fail(const QString& message);
    bool prepareFile(const QString& path);
    bool configureConnection();
    JournalEntry redacted(const JournalEntry& entry) const;

    QString m_path;
    QString m_connection; // empty while closed
    QString m_error;
    qint64 m_maxLogBytes = DefaultMaxLogBytes;
    SecretRedactor m_redactor;
};

} // namespace vigie
