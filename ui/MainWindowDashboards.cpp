// MainWindow, its dashboards part: the refresh actions and hooks, and showing snapshots,
// kept apart from the fleet, server and key handling in MainWindow.cpp.
#include "MainWindow.h"

#include "ConnectionPrompts.h"
#include "dashboards/DashboardPage.h"
#include "dashboards/DisplayFormat.h"
#include "dashboards/FleetOverview.h"
#include "dashboards/ServerDashboards.h"
#include "dialogs/Confirmation.h"
#include "dialogs/KeyManagerDialog.h"
#include "dialogs/ServerEditorDialog.h"
#include "dialogs/SshConfigImportDialog.h"
#include "fleet/EmptyFleetWidget.h"
#include "fleet/Fleet.h"
#include "fleet/FleetModel.h"
#include "fleet/FleetTreeView.h"
#include "fleet/ServerConnections.h"
#include "fleet/ServerOverview.h"
#include "runs/RunsDashboard.h"
#include "secrets/KeyRing.h"
#include "ssh/SshConnection.h"
#include "ssh/SshError.h"
#include "ssh/SshLibrary.h"
#include "widgets/RemoteText.h"
#include "widgets/StatusDot.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>

namespace vigie {

// --- Dashboards -----------------------------------------------------------------------------
// The tabs Fleet (every server at a glance), then Overview, Services, Certificates, Backups,
// Tenants for the selected server. The refresh engine plugs in through the hooks and slots.

void MainWindow::createDashboards()
{
    // Tenants, servers and TLS peers name things: every tooltip shows such names literally.
    RemoteText::guardToolTips(qApp);
    m_fleetOverview = new FleetOverview(this);
    m_dashboards = new ServerDashboards(this);
    m_tabs->insertTab(0, m_fleetOverview, tr("Fleet"));
    m_tabs->addTab(m_dashboards->page(Area::Services), tr("Services"));
    m_tabs->addTab(m_dashboards->page(Area::Certificates), tr("Certificates"));
    m_tabs->addTab(m_dashboards->page(Area::Backups), tr("Backups"));
    m_tabs->addTab(m_dashboards->page(Area::Tenants), tr("Tenants"));
    createRunsTab();
    // Where an operator looks first: every server's worst status per area.
    m_tabs->setCurrentWidget(m_fleetOverview);
    // Ctrl+1 … Ctrl+7 jump to a tab, as in browsers and terminals.
    for (int index = 0; index < m_tabs->count(); ++index) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this,
                [this, index] { m_tabs->setCurrentIndex(index); });
    }
    connect(m_fleetOverview, &FleetOverview::openDashboard, this, &MainWindow::openDashboard);
    connect(m_dashboards, &ServerDashboards::detectRequested, this, [this](const QString& id) {
        if (m_detectHandler && !id.isEmpty())
            m_detectHandler(id);
    });
    connect(m_dashboards, &ServerDashboards::setUpRequested, this, [this](const QString& id) {
        if (id == currentServerId())
            editServer();
    });
    connect(m_fleetOverview, &FleetOverview::serverActivated, this, [this](const QString& id) {
        selectServer(id);
        m_tabs->setCurrentWidget(m_overview);
    });

    m_refreshStatus = RemoteText::label(this);
    m_refreshStatus->setObjectName(QStringLiteral("statusRefresh"));
    statusBar()->addPermanentWidget(m_refreshStatus);
}

void MainWindow::createRefreshActions()
{
    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                                   style()->standardIcon(QStyle::SP_BrowserReload)),
                                  tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setToolTip(tr("Read the selected server's state again (F5)"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5)); // named in the empty states
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrent);

    m_refreshAllAction = new QAction(tr("Refresh &all"), this);
    m_refreshAllAction->setObjectName(QStringLiteral("actionRefreshAll"));
    m_refreshAllAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_refreshAllAction, &QAction::triggered, this, &MainWindow::refreshAll);

    m_autoRefreshAction = new QAction(QIcon::fromTheme(QStringLiteral("media-playlist-repeat")),
                                      tr("A&uto-refresh"), this);
    m_autoRefreshAction->setObjectName(QStringLiteral("actionAutoRefresh"));
    m_autoRefreshAction->setCheckable(true);
    m_autoRefreshAction->setToolTip(tr("Refresh every server of the fleet regularly"));
    connect(m_autoRefreshAction, &QAction::toggled, this, [this](bool enabled) {
        if (m_autoRefreshHandler)
            m_autoRefreshHandler(enabled);
    });
}

void MainWindow::setDetectHandler(std::function<void(const QString&)> handler)
{
    m_detectHandler = std::move(handler);
    m_detectAction->setEnabled(bool(m_detectHandler));
}

void MainWindow::setRefreshHandler(std::function<void(const QString&)> handler)
{
    m_refreshHandler = std::move(handler);
    updateActions();
}

void MainWindow::setAutoRefreshHandler(std::function<void(bool)> handler)
{
    m_autoRefreshHandler = std::move(handler);
    updateActions();
}

void MainWindow::setProfileResolver(std::function<ServerProfile(const QString&)> resolver)
{
    m_profileResolver = std::move(resolver);
}

bool MainWindow::isAutoRefreshEnabled() const
{
    return m_autoRefreshAction->isChecked();
}

void MainWindow::refreshCurrent()
{
    const QString id = currentServerId();
    if (!id.isEmpty() && m_refreshHandler && !m_dashboards->isRefreshing(id))
        m_refreshHandler(id);
}

void MainWindow::refreshAll()
{
    if (!m_refreshHandler)
        return;
    for (const Server& server : m_fleet->servers()) {
        if (!m_dashboards->isRefreshing(server.id))
            m_refreshHandler(server.id);
    }
}

void MainWindow::showRefreshStarted(const QString& serverId)
{
    m_dashboards->setRefreshing(serverId, true);
    m_fleetOverview->model()->setRefreshing(serverId, true);
    if (serverId == currentServerId()) {
        updateActions();
        updateStatusBar();
    }
}

void MainWindow::showSnapshot(const QString& serverId, const Snapshot& snapshot,
                              const Assessment& assessment)
{
    if (!m_fleet->find(serverId))
        return; // removed while refreshing
    const ServerProfile profile = m_profileResolver ? m_profileResolver(serverId) : ServerProfile();
    m_dashboards->setSnapshot(serverId, snapshot, assessment, profile);
    m_fleetOverview->model()->setAssessment(serverId, assessment,
                                            m_dashboards->lastRefresh(serverId));
    QStringList areas;
    for (Area area : Assessment::AllAreas)
        areas.append(tr("%1: %2", "area: state")
                         .arg(Assessment::areaName(area), assessment.areaStateName(area)));
    m_model->setAreaStates(serverId, areas.join(QStringLiteral(", ")));
    if (serverId == currentServerId()) {
        updateActions();
        updateStatusBar();
    }
}

void MainWindow::showRefreshError(const QString& serverId, const SshError& error)
{
    showRefreshFailure(serverId, error.message());
}

void MainWindow::showRefreshFailure(const QString& serverId, const QString& message)
{
    m_dashboards->setRefreshError(serverId, message);
    m_fleetOverview->model()->setRefreshError(serverId, message);
    if (serverId == currentServerId()) {
        updateActions();
        updateStatusBar();
    }
}

void MainWindow::openDashboard(const QString& serverId, Area area)
{
    selectServer(serverId);
    m_tabs->setCurrentWidget(m_dashboards->page(area));
}

void MainWindow::updateFleetOverview()
{
    QList<FleetOverviewModel::ServerRef> servers;
    QStringList ids;
    for (const Server& server : m_fleet->servers()) {
        servers.append({server.id, server.name});
        ids.append(server.id);
    }
    m_fleetOverview->model()->setServers(servers);
    for (const Server& server : m_fleet->servers())
        m_fleetOverview->model()->setConnectionStatus(server.id, m_model->status(server.id));
    m_dashboards->retainServers(ids); // forget the snapshots of removed servers
    updateDashboardServer();
}

void MainWindow::updateDashboardServer()
{
    const std::optional<Server> server = m_fleet->find(currentServerId());
    m_dashboards->setCurrentServer(server ? server->id : QString(),
                                   server ? server->name : QString());
    m_runsDashboard->setCurrentServer(server ? server->id : QString());
}

QString MainWindow::refreshStatusText(const QString& serverId) const
{
    if (serverId.isEmpty())
        return {};
    if (m_dashboards->isRefreshing(serverId))
        return tr("Refreshing…");
    const QDateTime last = m_dashboards->lastRefresh(serverId);
    if (!last.isValid())
        return m_dashboards->lastError(serverId).isEmpty() ? tr("Not refreshed yet")
                                                           : tr("Refresh failed");
    QString text = m_dashboards->lastError(serverId).isEmpty()
                       ? tr("Refreshed at %1").arg(DisplayFormat::dateTime(last))
                       : tr("Refresh failed; data from %1").arg(DisplayFormat::dateTime(last));
    // Green in the tabs must not hide what is not looked at.
    if (const std::optional<Assessment> assessment = m_dashboards->assessment(serverId)) {
        const auto notWatched = std::count_if(
            std::begin(Assessment::AllAreas), std::end(Assessment::AllAreas), [&](Area area) {
                return assessment->worst(area) == Health::NotWatched &&
                       !assessment->isIgnored(area);
            });
        if (notWatched > 0)
            text = tr("%1 — %n area(s) not watched", nullptr, int(notWatched)).arg(text);
    }
    return text;
}

} // namespace vigie
