#pragma once

#include "JournalEntry.h"
#include "SecretRedactor.h"
#include "ops/RunTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace vigie {

class Journal;
class RunController;

// Records one run in the journal as it happens: an entry is created at the first event
// (started, attached, refused, failed to start, first log line), the log is redacted line by
// line and written in batches, and the entry is completed when the run finishes. A run this
// desktop already recorded (reattached after a restart) continues its entry: the part of the
// log the controller sends again is skipped, so it is neither doubled nor exposed to a
// recorder that no longer knows the secrets registered before the restart. The slots can be driven
// directly (they are what follow() connects the controller's signals to).
class RunJournalRecorder : public QObject
{
    Q_OBJECT
public:
    // What the caller knows before the run starts; blanks are filled from the final RunRecord.
    struct Context
    {
        QString server; // the server's display name, as the fleet shows it
        QString wizard;
        QString title;
        QString operatorName;
        QJsonObject parameters;
        QJsonObject plan; // Plan::toJson()
    };

    static constexpr int FlushIntervalMs = 500;
    static constexpr qsizetype FlushChars = 256 * 1024;

    explicit RunJournalRecorder(Journal* journal, QObject* parent = nullptr);
    ~RunJournalRecorder() override; // writes what is pending

    void setContext(const Context& context);
    // Exact strings never to store (a generated password, a passphrase), on top of the
    // pattern redaction. Register them before the run starts.
    void addSecret(const QString& secret);
    // Connects started, attached, logReceived, refused, failedToStart and finished to the
    // slots below. Call it before RunController::start() or attach().
    void follow(RunController* controller);

    qint64 entryId() const { return m_entry.id; }
    const JournalEntry& entry() const { return m_entry; } // as recorded so far (no log)
    QString errorString() const { return m_error; }

public slots:
    void onStarted(const QString& runId);
    void onAttached(const vigie::RunRecord& record); // attach() found the run
    void onLog(const QString& text);
    void onRefused(const vigie::LockHolder& holder);
    void onFailedToStart(const QString& message);
    void onFinished(const vigie::RunRecord& record);
    void flush(); // writes the pending log now

signals:
    void recorded(qint64 entryId); // the final state is in the journal
    void journalError(const QString& message);

private:
    bool ensureEntry();
    void fillBlanksFrom(const RunRecord& record);
    void continueOrCreate();
    void finishWith(JournalEntry::Result result, const QString& message);
    void writeEntry();
    void reportError();

    QPointer<Journal> m_journal;
    JournalEntry m_entry;
    SecretRedactor m_redactor;
    LogRedactionStream m_stream{&m_redactor};
    QString m_pending;          // redacted, not yet written
    qint64 m_sourceFed = 0;     // characters of output received (before redaction)
    qint64 m_sourceWritten = 0; // of which the journal holds the redacted lines
    qint64 m_skipSource = 0;    // output a reattached run sends again, already recorded
    QTimer m_flushTimer;
    QString m_error;
};

} // namespace vigie
