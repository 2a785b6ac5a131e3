#include "RunProgressView.h"

#include "RunStepList.h"
#include "dashboards/DisplayFormat.h"
#include "dialogs/Confirmation.h"
#include "journal/Journal.h"
#include "journal/RunJournalRecorder.h"
#include "ops/RunController.h"
#include "ops/RunsClient.h"
#include "ssh/SshConnection.h"
#include "widgets/LogView.h"
#include "widgets/MessageBanner.h"
#include "widgets/RemoteText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace vigie {

namespace {
QPointer<Journal> s_journal; // the application's journal (one per process)
} // namespace

RunProgressView::RunProgressView(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_clearLock(new QPushButton(tr("C&lear stale lock…"), this))
    , m_retry(new QPushButton(tr("&Try again"), this))
    , m_runLabel(RemoteText::label(this))
    , m_steps(new RunStepList(this))
    , m_log(new LogView(this))
    , m_cancel(new QPushButton(tr("&Cancel run…"), this))
{
    setObjectName(QStringLiteral("runProgressView"));
    m_banner->hide();
    m_clearLock->setObjectName(QStringLiteral("clearStaleLockButton"));
    m_clearLock->hide();
    m_retry->setObjectName(QStringLiteral("retryRunButton"));
    m_retry->hide();
    m_runLabel->setObjectName(QStringLiteral("runIdLabel"));
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setMaximumBlockCount(LogView::DefaultMaximumLines);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the run on the server at the step it is in"));

    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_clearLock);
    bannerRow->addWidget(m_retry);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_runLabel, 1);
    bottom->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bannerRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_cancel, &QPushButton::clicked, this, &RunProgressView::requestCancel);
    connect(m_clearLock, &QPushButton::clicked, this, &RunProgressView::clearStaleLock);
    connect(m_retry, &QPushButton::clicked, this, &RunProgressView::retry);
}

RunProgressView::~RunProgressView() = default;

void RunProgressView::setConnection(SshConnection* connection, const QString& runsDirectory)
{
    m_connection = connection;
    m_runsDirectory = runsDirectory;
}

QString RunProgressView::runId() const
{
    return m_controller ? m_controller->runId() : m_record.id;
}

QString RunProgressView::problem() const
{
    return m_problem;
}

void RunProgressView::setJournal(Journal* journal)
{
    s_journal = journal;
}

void RunProgressView::createController()
{
    delete m_controller;
    m_controller = new RunController(m_connection, this);
    m_controller->setRunsDirectory(m_runsDirectory);
    if (s_journal) {
        // Owned by the controller: it records exactly this run, then goes with it.
        auto* recorder = new RunJournalRecorder(s_journal, m_controller);
        QString server = m_serverName;
        if (server.isEmpty() && m_connection)
            server = m_connection->settings().host;
        recorder->setContext({server, m_plan.wizard, m_plan.title,
                              RunController::defaultOperatorName(), m_plan.parameters,
                              m_plan.toJson()});
        recorder->follow(m_controller);
    }
    RunController* controller = m_controller;
    connect(controller, &RunController::started, this, [this](const QString& id) {
        m_runLabel->setText(tr("Run %1").arg(id));
        setPhase(Phase::Running);
    });
    connect(controller, &RunController::refused, this, &RunProgressView::onRefused);
    connect(controller, &RunController::failedToStart, this, [this](const QString& message) {
        m_problem = message;
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("The run could not start: %1").arg(message));
        m_banner->show();
        m_retry->show();
        setPhase(Phase::FailedToStart);
    });
    connect(controller, &RunController::logReceived, m_log, &LogView::appendText);
    connect(controller, &RunController::stepStarted, m_steps, &RunStepList::stepStarted);
    connect(controller, &RunController::stepFinished, m_steps, &RunStepList::stepFinished);
    connect(controller, &RunController::recoveryStarted, this, [this](int failedStep) {
        m_steps->recoveryStarted();
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Step %1 failed: rolling back…").arg(failedStep + 1));
        m_banner->show();
    });
    connect(controller, &RunController::connectionLost, this, [this] {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Connection lost — reattaching… The run goes on on the server."));
        m_banner->show();
    });
    connect(controller, &RunController::reattached, this, [this] {
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Reattached: following the run again."));
        m_banner->show();
    });
    connect(controller, &RunController::finished, this, [this](const RunRecord& record) {
        m_record = record;
        m_log->flushAll();
        m_steps->finish(record);
        const bool ok = record.state == RunRecord::State::Succeeded;
        m_banner->showMessage(ok ? MessageBanner::Kind::Success : MessageBanner::Kind::Error,
                              tr("Run finished: %1").arg(runStateText(record.state)));
        m_banner->show();
        setPhase(Phase::Finished);
        emit finished(record);
    });
}

void RunProgressView::start(const Plan& plan)
{
    m_plan = plan;
    m_record = RunRecord();
    m_problem.clear();
    m_banner->hide();
    m_clearLock->hide();
    m_retry->hide();
    m_log->clearLog();
    m_runLabel->setText(tr("Starting the run on the server…"));
    m_steps->setPlan(plan);
    createController();
    setPhase(Phase::Starting);
    m_controller->start(plan);
}

void RunProgressView::attach(const RunRecord& record)
{
    m_plan = Plan::fromJson(record.plan);
    m_record = record;
    m_problem.clear();
    m_log->clearLog();
    m_steps->setPlan(m_plan);
    m_runLabel->setText(tr("Run %1").arg(record.id));
    createController();
    setPhase(Phase::Running);
    m_controller->attach(record.id);
}

void RunProgressView::retry()
{
    if (!m_plan.steps.isEmpty())
        start(m_plan);
}

void RunProgressView::onRefused(const LockHolder& holder)
{
    m_lockHolder = holder;
    m_problem = tr("refused: %1 is locked by %2 since %3 (run %4)")
                    .arg(holder.target, holder.operatorName, DisplayFormat::dateTime(holder.since),
                         holder.runId);
    QString text = tr("Nothing ran: %1.").arg(m_problem);
    if (holder.stale)
        text += QLatin1Char(' ') +
                tr("That run is gone without releasing its lock: the target may be half-changed.");
    m_banner->showMessage(MessageBanner::Kind::Error, text);
    m_banner->show();
    m_clearLock->setVisible(holder.stale);
    m_retry->show();
    setPhase(Phase::Refused);
}

void RunProgressView::clearStaleLock()
{
    const LockHolder holder = m_lockHolder;
    Confirmation::ask(
        this, tr("Clear stale lock"),
        tr("Run %1 by %2 took the lock on %3 at %4 and never released it. Check what it left "
           "half-done before clearing the lock. Clear it now?")
            .arg(holder.runId, holder.operatorName, holder.target,
                 DisplayFormat::dateTime(holder.since)),
        tr("Clear lock"), [this, target = holder.target] {
            if (!m_runsClient) {
                m_runsClient = new RunsClient(m_connection, this);
                m_runsClient->setRunsDirectory(m_runsDirectory);
                connect(m_runsClient, &RunsClient::lockCleared, this, [this](const QString& t) {
                    m_clearLock->hide();
                    m_banner->showMessage(
                        MessageBanner::Kind::Information,
                        tr("The lock on %1 is cleared: you can try again.").arg(t));
                });
                connect(m_runsClient, &RunsClient::failed, this, [this](const QString& message) {
                    m_banner->showMessage(MessageBanner::Kind::Error,
                                          tr("The lock could not be cleared: %1").arg(message));
                });
            }
            m_runsClient->clearStaleLock(target);
        });
}

void RunProgressView::requestCancel()
{
    if (!isActive() || !m_controller)
        return;
    Confirmation::ask(this, tr("Cancel run"),
                      tr("Stop the run on the server now? The step in progress is interrupted "
                         "and the following steps do not run."),
                      tr("Stop the run"), [this] {
                          if (m_controller)
                              m_controller->cancel();
                      });
}

void RunProgressView::setPhase(Phase phase)
{
    m_phase = phase;
    m_cancel->setEnabled(isActive());
    emit phaseChanged(phase);
}

} // namespace vigie
