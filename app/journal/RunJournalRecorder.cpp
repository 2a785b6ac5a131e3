#include "RunJournalRecorder.h"

#include "Journal.h"
#include "ops/RunController.h"

#include <QLocale>

namespace vigie {

RunJournalRecorder::RunJournalRecorder(Journal* journal, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &RunJournalRecorder::flush);
}

RunJournalRecorder::~RunJournalRecorder()
{
    // The app may close while the run goes on (it lives on the server): keep what arrived.
    // The entry stays "running" until a later reattach records the end.
    m_pending += m_stream.finish();
    flush();
}

void RunJournalRecorder::setContext(const Context& context)
{
    m_entry.server = context.server;
    m_entry.wizard = context.wizard;
    m_entry.title = context.title;
    m_entry.operatorName = context.operatorName;
    m_entry.parameters = context.parameters;
    m_entry.plan = context.plan;
}

void RunJournalRecorder::addSecret(const QString& secret)
{
    m_redactor.addSecret(secret);
}

void RunJournalRecorder::follow(RunController* controller)
{
    connect(controller, &RunController::started, this, &RunJournalRecorder::onStarted);
    connect(controller, &RunController::attached, this, &RunJournalRecorder::onAttached);
    connect(controller, &RunController::logReceived, this, &RunJournalRecorder::onLog);
    connect(controller, &RunController::refused, this, &RunJournalRecorder::onRefused);
    connect(controller, &RunController::failedToStart, this, &RunJournalRecorder::onFailedToStart);
    connect(controller, &RunController::finished, this, &RunJournalRecorder::onFinished);
}

bool RunJournalRecorder::ensureEntry()
{
    if (m_entry.id >= 0)
        return true;
    if (!m_journal) {
        m_error = tr("The journal is closed: this operation is not recorded.");
        emit journalError(m_error);
        return false;
    }
    if (!m_entry.started.isValid())
        m_entry.started = QDateTime::currentDateTimeUtc();
    JournalEntry fresh = m_entry;
    fresh.parameters = m_redactor.redact(m_entry.parameters);
    fresh.plan = m_redactor.redact(m_entry.plan);
    fresh.title = m_redactor.redact(m_entry.title);
    m_entry.id = m_journal->addEntry(fresh);
    if (m_entry.id < 0) {
        reportError();
        return false;
    }
    return true;
}

void RunJournalRecorder::onStarted(const QString& runId)
{
    m_entry.runId = runId;
    continueOrCreate();
}

void RunJournalRecorder::onAttached(const RunRecord& record)
{
    m_entry.runId = record.id;
    fillBlanksFrom(record);
    continueOrCreate();
}

void RunJournalRecorder::continueOrCreate()
{
    if (m_entry.id < 0 && m_journal) {
        const qint64 existing = m_journal->findRun(m_entry.server, m_entry.runId);
        const auto previous =
            existing >= 0 ? m_journal->entry(existing, Journal::LogMode::WithoutLog) : std::nullopt;
        if (previous) {
            // The first start time and what was known then stay.
            const JournalEntry known = m_entry;
            m_entry = *previous;
            m_entry.result = JournalEntry::Result::Running;
            m_entry.finished = QDateTime();
            if (!known.wizard.isEmpty())
                setContext({known.server, known.wizard, known.title, known.operatorName,
                            known.parameters, known.plan});
            m_skipSource = m_journal->sourceChars(existing);
        }
    }
    if (ensureEntry())
        writeEntry();
}

void RunJournalRecorder::onLog(const QString& text)
{
    const qsizetype skipped = qsizetype(qMin<qint64>(m_skipSource, text.size()));
    m_skipSource -= skipped;
    if (skipped == text.size())
        return;
    m_sourceFed += text.size() - skipped;
    m_pending += m_stream.feed(skipped > 0 ? text.mid(skipped) : text);
    if (m_pending.size() >= FlushChars)
        flush();
    else if (!m_pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void RunJournalRecorder::flush()
{
    m_flushTimer.stop();
    const qint64 sourceDone = m_sourceFed - m_stream.pendingSize();
    if ((m_pending.isEmpty() && sourceDone == m_sourceWritten) || !ensureEntry())
        return;
    const QString text = m_pending;
    m_pending.clear();
    if (!m_journal->appendLog(m_entry.id, text, sourceDone - m_sourceWritten))
        reportError();
    m_sourceWritten = sourceDone;
}

void RunJournalRecorder::onRefused(const LockHolder& holder)
{
    const QString since = QLocale().toString(holder.since.toLocalTime(), QLocale::ShortFormat);
    const QString message =
        holder.stale
            ? tr("Nothing ran: %1 is still locked by run %2 of %3 (since %4), which did not "
                 "finish.")
                  .arg(holder.target, holder.runId, holder.operatorName, since)
            : tr("Nothing ran: %1 is locked by run %2 of %3 (since %4).")
                  .arg(holder.target, holder.runId, holder.operatorName, since);
    finishWith(JournalEntry::Result::Refused, message);
}

void RunJournalRecorder::onFailedToStart(const QString& message)
{
    finishWith(JournalEntry::Result::FailedToStart, message);
}

void RunJournalRecorder::fillBlanksFrom(const RunRecord& record)
{
    if (m_entry.runId.isEmpty())
        m_entry.runId = record.id;
    if (m_entry.wizard.isEmpty())
        m_entry.wizard = record.wizard;
    if (m_entry.title.isEmpty())
        m_entry.title = record.title;
    if (m_entry.operatorName.isEmpty())
        m_entry.operatorName = record.operatorName;
    if (m_entry.parameters.isEmpty())
        m_entry.parameters = record.parameters;
    if (m_entry.plan.isEmpty())
        m_entry.plan = record.plan;
    if (record.started.isValid())
        m_entry.started = record.started;
}

void RunJournalRecorder::onFinished(const RunRecord& record)
{
    fillBlanksFrom(record);
    m_entry.failedStep = record.failedStep;
    if (record.finished.isValid())
        m_entry.finished = record.finished;
    finishWith(JournalEntry::fromRunState(record.state), QString());
}

void RunJournalRecorder::finishWith(JournalEntry::Result result, const QString& message)
{
    m_pending += m_stream.finish();
    if (!ensureEntry())
        return;
    flush();
    m_entry.result = result;
    if (!message.isEmpty())
        m_entry.message = message;
    if (!m_entry.finished.isValid() && result != JournalEntry::Result::Running)
        m_entry.finished = QDateTime::currentDateTimeUtc();
    writeEntry();
    if (m_error.isEmpty())
        emit recorded(m_entry.id);
}

void RunJournalRecorder::writeEntry()
{
    if (!m_journal || m_entry.id < 0)
        return;
    JournalEntry clean = m_entry;
    for (QString* text : {&clean.title, &clean.message, &clean.runId})
        *text = m_redactor.redact(*text);
    clean.parameters = m_redactor.redact(m_entry.parameters);
    clean.plan = m_redactor.redact(m_entry.plan);
    if (!m_journal->updateEntry(clean))
        reportError();
}

void RunJournalRecorder::reportError()
{
    m_error = m_journal ? m_journal->errorString() : tr("The journal is closed.");
    emit journalError(m_error);
}

} // namespace vigie
