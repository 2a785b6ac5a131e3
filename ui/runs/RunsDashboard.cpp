#include "RunsDashboard.h"

#include "RunTableModel.h"
#include "RunWindow.h"
#include "dashboards/DashboardTableView.h"
#include "dashboards/DisplayFormat.h"
#include "dialogs/Confirmation.h"
#include "ops/RunsClient.h"
#include "ssh/SshConnection.h"
#include "widgets/RemoteText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace vigie {

RunsDashboard::RunsDashboard(QWidget* parent)
    : QWidget(parent)
    , m_title(RemoteText::label(this))
    , m_status(RemoteText::label(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_runs(new RunTableModel(this))
    , m_runsView(new DashboardTableView(this))
    , m_locksTitle(new QLabel(tr("Locks held now"), this))
    , m_locks(new LockTableModel(this))
    , m_locksView(new DashboardTableView(this))
{
    setObjectName(QStringLiteral("runsDashboard"));
    m_title->setObjectName(QStringLiteral("runsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_locksTitle->setFont(bold);
    m_status->setObjectName(QStringLiteral("runsStatus"));
    m_status->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refreshRunsButton"));
    m_refresh->setToolTip(tr("Read the runs and locks from the server again"));
    m_runsView->setObjectName(QStringLiteral("runsView"));
    m_runsView->setSourceModel(m_runs);
    m_runsView->setStretchColumn(RunTableModel::TitleColumn);
    m_runsView->sortByColumn(RunTableModel::StartedColumn, Qt::DescendingOrder);
    m_locksView->setObjectName(QStringLiteral("locksView"));
    m_locksView->setSourceModel(m_locks);
    m_locksView->setFitToRows(5);

    auto* openAction = new QAction(tr("&Open run"), this);
    connect(openAction, &QAction::triggered, this,
            [this] { openRun(m_runsView->currentSourceRow()); });
    m_runsView->setRowActions({openAction});
    auto* clearAction = new QAction(tr("C&lear stale lock…"), this);
    clearAction->setObjectName(QStringLiteral("actionClearStaleLock"));
    connect(clearAction, &QAction::triggered, this,
            [this] { clearStaleLock(m_locksView->currentSourceRow()); });
    m_locksView->setRowActions({clearAction});

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_status, 1);
    header->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_runsView, 1);
    layout->addWidget(m_locksTitle);
    layout->addWidget(m_locksView);

    connect(m_refresh, &QPushButton::clicked, this, &RunsDashboard::refresh);
    connect(m_runsView, &DashboardTableView::sourceRowActivated, this, &RunsDashboard::openRun);
    updateStatus();
}

void RunsDashboard::setCurrentServer(const QString& serverId)
{
    if (serverId == m_serverId)
        return;
    m_serverId = serverId;
    delete m_client; // answers about the previous server are no longer wanted
    m_client = nullptr;
    m_refreshing = false;
    m_lastRefresh = {};
    m_error.clear();
    m_source = m_resolver && !serverId.isEmpty() ? m_resolver(serverId) : Source();
    m_runs->setRuns({}, QDateTime::currentDateTime());
    m_locks->setLocks({});
    updateStatus();
    if (isVisible())
        refresh();
}

void RunsDashboard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void RunsDashboard::refresh()
{
    if (m_serverId.isEmpty() || m_refreshing)
        return;
    // Resolved at each refresh: the profile (runs directory) or the connection may have changed.
    const Source source = m_resolver ? m_resolver(m_serverId) : Source();
    if (!source.connection)
        return;
    if (m_client && (source.connection != m_source.connection ||
                     source.runsDirectory != m_source.runsDirectory)) {
        delete m_client;
        m_client = nullptr;
    }
    m_source = source;
    if (!m_client) {
        m_client = new RunsClient(m_source.connection, this);
        m_client->setRunsDirectory(m_source.runsDirectory);
        connect(m_client, &RunsClient::runsListed, this, &RunsDashboard::onListed);
        connect(m_client, &RunsClient::failed, this, &RunsDashboard::onFailed);
        connect(m_client, &RunsClient::lockCleared, this, [this] {
            m_refreshing = false;
            refresh();
        });
    }
    m_refreshing = true;
    updateStatus();
    m_client->listRuns();
}

void RunsDashboard::onListed(const QList<RunRecord>& runs, const QList<LockHolder>& locks)
{
    m_refreshing = false;
    m_error.clear();
    m_lastRefresh = QDateTime::currentDateTime();
    m_runs->setRuns(runs, m_lastRefresh);
    m_locks->setLocks(locks);
    updateStatus();
    emit refreshed();
}

void RunsDashboard::onFailed(const QString& message)
{
    m_refreshing = false;
    m_error = message;
    updateStatus();
    emit refreshed();
}

void RunsDashboard::updateStatus()
{
    m_title->setText(m_source.serverName.isEmpty() ? tr("Runs")
                                                   : tr("Runs on %1").arg(m_source.serverName));
    m_refresh->setEnabled(!m_serverId.isEmpty() && !m_refreshing);
    const bool noLocks = m_locks->rowCount() == 0;
    m_locksTitle->setText(noLocks ? tr("Locks held now: none") : tr("Locks held now"));
    m_locksView->setVisible(!noLocks);
    if (m_serverId.isEmpty())
        m_status->setText(tr("Select a server to see its runs."));
    else if (m_refreshing)
        m_status->setText(tr("Reading the runs from the server…"));
    else if (!m_error.isEmpty())
        m_status->setText(tr("The runs could not be read: %1").arg(m_error));
    else if (m_lastRefresh.isValid())
        m_status->setText(tr("%n run(s), read at %1", "", m_runs->rowCount())
                              .arg(DisplayFormat::dateTime(m_lastRefresh)));
    else
        m_status->clear();
}

void RunsDashboard::openRun(int row)
{
    if (row < 0 || row >= m_runs->rowCount() || !m_source.connection)
        return;
    auto* window = new RunWindow(m_source.connection, m_source.runsDirectory, m_runs->run(row),
                                 m_source.serverName, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &RunWindow::runFinished, this, &RunsDashboard::refresh);
    window->show();
}

void RunsDashboard::clearStaleLock(int row)
{
    if (row < 0 || row >= m_locks->rowCount() || !m_client)
        return;
    const LockHolder lock = m_locks->lock(row);
    if (!lock.stale) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("Lock in use"),
                                    tr("The lock on %1 belongs to run %2, which is still "
                                       "running. Follow or cancel that run instead.")
                                        .arg(lock.target, lock.runId),
                                    QMessageBox::Ok, this);
        RemoteText::makePlain(box);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    Confirmation::ask(
        this, tr("Clear stale lock"),
        tr("Run %1 by %2 took the lock on %3 at %4 and never released it. Check "
           "what it left half-done before clearing the lock. Clear it now?")
            .arg(lock.runId, lock.operatorName, lock.target, DisplayFormat::dateTime(lock.since)),
        tr("Clear lock"), [this, target = lock.target] {
            if (m_client)
                m_client->clearStaleLock(target);
        });
}

} // namespace vigie
