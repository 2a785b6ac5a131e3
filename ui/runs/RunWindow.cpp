#include "RunWindow.h"

#include "RunTableModel.h"
#include "dashboards/DisplayFormat.h"
#include "ops/RunsClient.h"
#include "ssh/SshConnection.h"
#include "widgets/LogView.h"
#include "widgets/MessageBanner.h"
#include "widgets/RemoteText.h"
#include "wizards/RunProgressView.h"
#include "wizards/RunStepList.h"

#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigie {

RunWindow::RunWindow(SshConnection* connection, const QString& runsDirectory,
                     const RunRecord& record, const QString& serverName, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_connection(connection)
    , m_runsDirectory(runsDirectory)
    , m_record(record)
    , m_header(RemoteText::label(this))
    , m_stack(new QStackedWidget(this))
    , m_progress(new RunProgressView(this))
    , m_finished(new QWidget(this))
    , m_steps(new RunStepList(this))
    , m_log(new LogView(this))
    , m_client(new RunsClient(connection, this))
{
    setObjectName(QStringLiteral("runWindow"));
    setWindowTitle(tr("%1 — %2").arg(serverName, record.title));
    resize(860, 600);
    m_header->setObjectName(QStringLiteral("runHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setObjectName(QStringLiteral("runLog"));
    m_client->setRunsDirectory(runsDirectory);
    m_progress->setConnection(connection, runsDirectory);

    auto* splitter = new QSplitter(Qt::Vertical, m_finished);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(1, 2);
    auto* finishedLayout = new QVBoxLayout(m_finished);
    finishedLayout->setContentsMargins(0, 0, 0, 0);
    finishedLayout->addWidget(splitter);
    m_stack->addWidget(m_finished);
    m_stack->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_client, &RunsClient::logRead, this, [this](const QString& runId, const QString& log) {
        if (runId == m_record.id)
            m_log->setLines(log.split(QLatin1Char('\n')));
    });
    connect(m_client, &RunsClient::failed, this, [this](const QString& message) {
        m_log->setLines({tr("The log could not be read: %1").arg(message)});
    });
    connect(m_progress, &RunProgressView::finished, this, [this](const RunRecord& finished) {
        showRecord(finished);
        emit runFinished(finished);
    });

    m_steps->setPlan(Plan::fromJson(record.plan));
    showRecord(record);
    if (record.isFinal()) {
        m_steps->finish(record);
        m_stack->setCurrentWidget(m_finished);
        readLog();
    } else {
        m_stack->setCurrentWidget(m_progress);
        m_progress->attach(record);
    }
}

bool RunWindow::isFollowingLive() const
{
    return m_stack->currentWidget() == m_progress;
}

LogView* RunWindow::logView() const
{
    return isFollowingLive() ? m_progress->logView() : m_log;
}

void RunWindow::readLog()
{
    m_log->setLines({tr("Reading the log from the server…")});
    m_client->readLog(m_record.id);
}

void RunWindow::showRecord(const RunRecord& record)
{
    m_record = record;
    QStringList lines;
    lines << tr("%1 — %2").arg(RunTableModel::wizardText(record.wizard), record.title);
    lines << tr("Status: %1").arg(runStatusText(record));
    lines << tr("Run %1 by %2, started %3")
                 .arg(record.id, record.operatorName, DisplayFormat::dateTime(record.started));
    if (record.finished.isValid())
        lines << tr("Finished %1 (took %2)")
                     .arg(DisplayFormat::dateTime(record.finished),
                          DisplayFormat::duration(record.started.secsTo(record.finished)));
    m_header->setText(lines.join(QLatin1Char('\n')));
}

} // namespace vigie
