#include "RunController.h"

#include "RunLayout.h"
#include "RunLogParser.h"
#include "RunRecordParser.h"
#include "RunScript.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"

#include <QSysInfo>
#include <QTimer>

#include <climits>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace vigie {

namespace {
const QByteArray logDelimiter = QByteArrayLiteral("@@log\n");
constexpr qsizetype maxHeaderBytes = 4 * 1024 * 1024;
constexpr int lostChecks = 2; // a dead runner without status: look twice (a cancel may be
                              // writing it) before calling the run lost
} // namespace

struct RunController::Private
{
    RunLayout layout;
    QString operatorName = RunController::defaultOperatorName();
    RunLogParser parser;
    qint64 offset = 0;
    QPointer<ExecJob> job;
    QPointer<ExecJob> cancelJob;
    QTimer retryTimer;
    bool known = false;         // the run exists on the server (started or found)
    bool announceStart = false; // emit started() once the run is seen (start whose reply was lost)
    bool done = false;
    bool connectionDown = false;
    int failures = 0;
    int deadChecks = 0;
    // The follow exec in progress: header (record lines) then log bytes.
    bool headerDone = false;
    QByteArray header;
    bool gotLog = false;
    RunRecordParser::Run headerRun;
};

RunController::RunController(SshConnection* connection, QObject* parent)
    : QObject(parent)
    , d(new Private)
    , m_connection(connection)
{
    d->retryTimer.setSingleShot(true);
    connect(&d->retryTimer, &QTimer::timeout, this, &RunController::follow);
}

RunController::~RunController()
{
    for (ExecJob* job : {d->job.data(), d->cancelJob.data()}) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
            job->deleteLater();
        }
    }
    delete d;
}

void RunController::setOperatorName(const QString& name)
{
    d->operatorName = RunScript::singleLine(name).trimmed();
}

QString RunController::defaultOperatorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // Services, cron and some containers start without USER: ask the user database.
    if (user.isEmpty()) {
        if (const passwd* entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return RunScript::singleLine(user + QLatin1Char('@') + QSysInfo::machineHostName());
}

void RunController::setRunsDirectory(const QString& directory)
{
    d->layout = RunLayout(directory);
}

void RunController::start(const Plan& plan)
{
    QString problem;
    if (!m_connection)
        problem = tr("There is no connection to the server.");
    else if (!m_runId.isEmpty())
        problem = tr("This run controller already follows run %1.").arg(m_runId);
    else if (plan.steps.isEmpty())
        problem = tr("The plan has no steps.");
    else if (plan.lockTargets.size() > RunLayout::maxLockTargets)
        problem = tr("A plan can lock at most %n targets.", nullptr, RunLayout::maxLockTargets);
    for (const QString& target : plan.lockTargets) {
        if (problem.isEmpty())
            problem = RunLayout::validateLockTarget(target);
    }
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { emit failedToStart(problem); });
        return;
    }
    m_runId = RunLayout::newRunId();
    m_record = RunRecord();
    m_record.id = m_runId;
    m_record.wizard = plan.wizard;
    m_record.title = plan.title;
    m_record.operatorName = d->operatorName;
    m_record.started = QDateTime::currentDateTimeUtc();
    m_record.stepCount = int(plan.steps.size());
    m_record.parameters = plan.parameters;
    m_record.plan = plan.toJson();
    const QByteArray script =
        RunScript::generate(plan, {m_runId, RunLayout::newNonce(), d->operatorName});
    d->job = m_connection->exec(
        RunLayout::shellCommand(),
        d->layout.startScript(m_runId, RunRecordParser::metaJson(m_record), script));
    d->job->setCollectOutput(64 * 1024);
    connect(d->job, &ExecJob::finished, this, [this](const ExecResult& result) {
        const QByteArray out = d->job->collectedStdout();
        const QByteArray err = d->job->collectedStderr();
        releaseJob();
        if (out.startsWith("started\t")) {
            d->known = true;
            emit started(m_runId);
            follow();
        } else if (out.startsWith("refused\n")) {
            LockHolder holder = RunRecordParser::parseHolder(out.mid(8).split('\n'));
            d->done = true;
            emit refused(holder);
        } else if (out.startsWith("error\t")) {
            d->done = true;
            emit failedToStart(tr("The run could not start on the server: %1")
                                   .arg(QString::fromUtf8(out.mid(6).trimmed())));
        } else if (result.outcome == ExecResult::Outcome::Unknown) {
            // The reply was lost, not necessarily the run: look for it by id.
            d->announceStart = true;
            d->connectionDown = true;
            emit connectionLost(result.error);
            retryLater(1000);
        } else {
            d->done = true;
            QString message = result.describe();
            if (!err.trimmed().isEmpty())
                message += QLatin1Char('\n') + QString::fromUtf8(err.trimmed());
            emit failedToStart(tr("The run could not start on the server: %1").arg(message));
        }
    });
}

void RunController::attach(const QString& runId)
{
    QString problem;
    if (!m_connection)
        problem = tr("There is no connection to the server.");
    else if (!RunLayout::isValidRunId(runId))
        problem = tr("%1 is not a run id.").arg(runId);
    else if (!m_runId.isEmpty())
        problem = tr("This run controller already follows run %1.").arg(m_runId);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { emit failedToStart(problem); });
        return;
    }
    m_runId = runId;
    m_record = RunRecord();
    m_record.id = runId;
    follow();
}

void RunController::cancel()
{
    if (!m_connection || m_runId.isEmpty() || d->done || d->cancelJob)
        return;
    d->cancelJob = m_connection->exec(RunLayout::shellCommand(), d->layout.cancelScript(m_runId));
    connect(d->cancelJob, &ExecJob::finished, this, [this] {
        d->cancelJob->deleteLater();
        d->cancelJob = nullptr;
        // A run that died without status is not waited for twice.
        d->deadChecks = qMin(d->deadChecks, lostChecks - 1);
    });
}

void RunController::follow()
{
    if (d->done || !m_connection || d->job)
        return;
    d->headerDone = false;
    d->header.clear();
    d->gotLog = false;
    d->job =
        m_connection->exec(RunLayout::shellCommand(), d->layout.followScript(m_runId, d->offset));
    connect(d->job, &ExecJob::stdoutReceived, this, &RunController::onFollowData);
    connect(d->job, &ExecJob::finished, this, &RunController::onFollowFinished);
}

void RunController::onFollowData(const QByteArray& data)
{
    if (d->headerDone) {
        feedLog(data);
        return;
    }
    d->header += data;
    const qsizetype at =
        d->header.startsWith(logDelimiter) ? 0 : d->header.indexOf('\n' + logDelimiter);
    if (at < 0) {
        if (d->header.size() > maxHeaderBytes)
            d->header.clear(); // not our script talking; the exit will say so
        return;
    }
    const qsizetype logStart = at == 0 ? logDelimiter.size() : at + 1 + logDelimiter.size();
    const QByteArray rest = d->header.mid(logStart);
    d->headerDone = true;
    onHeader(d->header.left(at));
    if (!rest.isEmpty())
        feedLog(rest);
}

void RunController::onHeader(const QByteArray& header)
{
    const RunRecordParser::Listing listing = RunRecordParser::parse(header);
    if (d->connectionDown) {
        d->connectionDown = false;
        emit reattached();
    }
    d->failures = 0;
    if (listing.missing || listing.runs.isEmpty()) {
        d->headerRun = {};
        d->headerRun.record = m_record;
        d->headerRun.record.state = RunRecord::State::Lost;
        return;
    }
    d->headerRun = listing.runs.first();
    const int currentStep = m_record.currentStep;
    m_record = d->headerRun.record;
    m_record.currentStep = qMax(currentStep, m_record.currentStep);
    if (!d->known) {
        d->known = true;
        if (d->announceStart)
            emit started(m_runId);
        else
            emit attached(m_record);
    }
}

void RunController::feedLog(const QByteArray& data)
{
    d->offset += data.size();
    d->gotLog = true;
    QString text;
    const auto flushText = [this, &text] {
        if (text.isEmpty())
            return;
        keepLog(text);
        emit logReceived(text);
        text.clear();
    };
    const int stepCount = m_record.stepCount;
    using Type = RunLogParser::Event::Type;
    for (const RunLogParser::Event& event : d->parser.feed(data)) {
        if (event.type == Type::Text) {
            text += event.text;
            continue;
        }
        flushText();
        switch (event.type) {
        case Type::StepBegin:
        case Type::RecoveryBegin: {
            const int index = event.type == Type::StepBegin ? event.index : stepCount + event.index;
            m_record.currentStep = index;
            emit stepStarted(index);
            break;
        }
        case Type::StepEnd:
            emit stepFinished(event.index, event.exitCode);
            break;
        case Type::RecoveryEnd:
            emit stepFinished(stepCount + event.index, event.exitCode);
            break;
        case Type::Recovery:
            emit recoveryStarted(event.index);
            break;
        default:
            break;
        }
    }
    flushText();
}

void RunController::onFollowFinished(const ExecResult& result)
{
    releaseJob();
    if (d->done)
        return;
    if (!d->headerDone) {
        // No answer from our script: the connection dropped, or sh could not run it.
        if (result.outcome != ExecResult::Outcome::Exited && !d->connectionDown) {
            d->connectionDown = true;
            emit connectionLost(result.error);
        }
        ++d->failures;
        retryLater(qMin(1000 << qMin(d->failures - 1, 4), 15000));
        return;
    }
    if (result.outcome != ExecResult::Outcome::Exited) {
        // Dropped while following: resume from the offset once the connection is back.
        if (!d->connectionDown) {
            d->connectionDown = true;
            emit connectionLost(result.error);
        }
        ++d->failures;
        retryLater(qMin(1000 << qMin(d->failures - 1, 4), 15000));
        return;
    }
    const RunRecordParser::Run& run = d->headerRun;
    if (!d->known) {
        d->done = true;
        emit failedToStart(tr("There is no run %1 on this server.").arg(m_runId));
        return;
    }
    if (run.record.isFinal() && run.record.state != RunRecord::State::Lost) {
        finishRun(run.record); // the runner was gone before this read: the log is complete
    } else if (!run.alive) {
        if (++d->deadChecks >= lostChecks) {
            RunRecord record = run.record;
            record.state = RunRecord::State::Lost;
            finishRun(record);
        } else {
            retryLater(1500);
        }
    } else {
        d->deadChecks = 0;
        // The runner lived when this read began: read again for its final status. Without
        // GNU tail the read returns at once: poll.
        retryLater(d->gotLog ? 0 : 1000);
    }
}

void RunController::retryLater(int delayMs)
{
    d->retryTimer.start(delayMs);
}

void RunController::finishRun(const RunRecord& record)
{
    QString text;
    for (const RunLogParser::Event& event : d->parser.finish()) {
        if (event.type == RunLogParser::Event::Type::Text)
            text += event.text;
    }
    if (!text.isEmpty()) {
        keepLog(text);
        emit logReceived(text);
    }
    const int currentStep = m_record.currentStep;
    m_record = record;
    m_record.currentStep = qMax(currentStep, record.currentStep);
    d->done = true;
    emit finished(m_record);
}

void RunController::keepLog(const QString& text)
{
    m_logReceived += text.size();
    if (m_logTail.isEmpty()) {
        const qsizetype room = MaxLogHeadChars - m_log.size();
        if (text.size() <= room) {
            m_log += text;
            return;
        }
        m_log += text.left(room);
        m_logTail = text.mid(room);
    } else {
        m_logTail += text;
    }
    // Trimmed only once it is twice the limit: each character is moved at most once more.
    if (m_logTail.size() > 2 * MaxLogTailChars)
        m_logTail.remove(0, m_logTail.size() - MaxLogTailChars);
}

QString RunController::log() const
{
    if (m_logTail.isEmpty())
        return m_log;
    const QString tail = m_logTail.right(MaxLogTailChars);
    const qint64 dropped = m_logReceived - m_log.size() - tail.size();
    if (dropped <= 0)
        return m_log + tail;
    QString marker = tr("[… %n character(s) of output not kept here …]", nullptr,
                        int(qMin<qint64>(dropped, INT_MAX)));
    if (!m_log.endsWith(QLatin1Char('\n')))
        marker.prepend(QLatin1Char('\n'));
    return m_log + marker + QLatin1Char('\n') + tail;
}

void RunController::releaseJob()
{
    if (d->job) {
        disconnect(d->job, nullptr, this, nullptr);
        d->job->deleteLater();
        d->job = nullptr;
    }
}

} // namespace vigie
