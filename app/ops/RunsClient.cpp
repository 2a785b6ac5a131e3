#include "RunsClient.h"

#include "RunLayout.h"
#include "RunLogParser.h"
#include "RunRecordParser.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"

#include <QTimer>

namespace vigie {

namespace {
constexpr int maxListedRuns = 200;
constexpr qsizetype maxLogBytes = 32 * 1024 * 1024;
constexpr qsizetype maxListingBytes = 16 * 1024 * 1024;
} // namespace

RunsClient::RunsClient(SshConnection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{}

void RunsClient::setRunsDirectory(const QString& directory)
{
    m_runsDirectory = directory;
}

void RunsClient::listRuns()
{
    if (!m_connection) {
        QTimer::singleShot(0, this,
                           [this] { emit failed(tr("There is no connection to the server.")); });
        return;
    }
    ExecJob* job = m_connection->exec(RunLayout::shellCommand(),
                                      RunLayout(m_runsDirectory).listScript(maxListedRuns));
    job->setCollectOutput(maxListingBytes);
    connect(job, &ExecJob::finished, this, [this, job](const ExecResult& result) {
        job->deleteLater();
        if (!result.succeeded() || job->outputTruncated()) {
            emit failed(tr("Could not list the runs: %1")
                            .arg(job->outputTruncated() ? tr("the listing is too large")
                                                        : result.describe()));
            return;
        }
        const RunRecordParser::Listing listing = RunRecordParser::parse(job->collectedStdout());
        QList<RunRecord> runs;
        runs.reserve(listing.runs.size());
        for (const RunRecordParser::Run& run : listing.runs)
            runs.append(run.record);
        emit runsListed(runs, listing.locks);
    });
}

void RunsClient::readLog(const QString& runId)
{
    if (!m_connection || !RunLayout::isValidRunId(runId)) {
        const QString message = !m_connection ? tr("There is no connection to the server.")
                                              : tr("%1 is not a run id.").arg(runId);
        QTimer::singleShot(0, this, [this, message] { emit failed(message); });
        return;
    }
    ExecJob* job =
        m_connection->exec(RunLayout::shellCommand(), RunLayout(m_runsDirectory).logScript(runId));
    // Streamed through the parser, so only the text is kept; a runaway log is cut.
    auto* parser = new RunLogParser;
    auto* text = new QString;
    auto* bytes = new qsizetype(0);
    connect(job, &ExecJob::stdoutReceived, this, [parser, text, bytes](const QByteArray& data) {
        if (*bytes > maxLogBytes)
            return;
        *bytes += data.size();
        for (const RunLogParser::Event& event : parser->feed(data)) {
            if (event.type == RunLogParser::Event::Type::Text)
                text->append(event.text);
        }
    });
    job->setCollectOutput(64 * 1024); // stderr for the error message; stdout is streamed
    connect(
        job, &ExecJob::finished, this,
        [this, job, runId, parser, text, bytes](const ExecResult& result) {
            job->deleteLater();
            for (const RunLogParser::Event& event : parser->finish()) {
                if (event.type == RunLogParser::Event::Type::Text)
                    text->append(event.text);
            }
            if (*bytes > maxLogBytes)
                text->append(tr("\n[log cut after %1 MiB]\n").arg(maxLogBytes >> 20));
            if (result.succeeded())
                emit logRead(runId, *text);
            else
                emit failed(
                    tr("Could not read the log of run %1: %2")
                        .arg(runId, QString::fromUtf8(job->collectedStderr().trimmed()).isEmpty()
                                        ? result.describe()
                                        : QString::fromUtf8(job->collectedStderr().trimmed())));
            delete parser;
            delete text;
            delete bytes;
        });
}

void RunsClient::clearStaleLock(const QString& target)
{
    QString problem = RunLayout::validateLockTarget(target);
    if (!m_connection)
        problem = tr("There is no connection to the server.");
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { emit failed(problem); });
        return;
    }
    ExecJob* job = m_connection->exec(RunLayout::shellCommand(),
                                      RunLayout(m_runsDirectory).clearLockScript(target));
    job->setCollectOutput(64 * 1024);
    connect(job, &ExecJob::finished, this, [this, job, target](const ExecResult& result) {
        job->deleteLater();
        const QByteArray out = job->collectedStdout();
        if (result.succeeded() && (out.startsWith("cleared") || out.startsWith("none"))) {
            emit lockCleared(target);
        } else if (result.succeeded() && out.startsWith("busy")) {
            const LockHolder holder = RunRecordParser::parseHolder(out.mid(5).split('\n'));
            emit failed(tr("The lock on %1 is held by the live run %2 (%3): it is not stale.")
                            .arg(target, holder.runId, holder.operatorName));
        } else {
            emit failed(tr("Could not clear the lock on %1: %2").arg(target, result.describe()));
        }
    });
}

} // namespace vigie
