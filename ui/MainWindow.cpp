#include "MainWindow.h"

#include "ConnectionPrompts.h"
#include "WindowState.h"
#include "core/Preferences.h"
#include "dashboards/DashboardPage.h"
#include "dashboards/DisplayFormat.h"
#include "dashboards/FleetOverview.h"
#include "dashboards/ServerDashboards.h"
#include "dialogs/Confirmation.h"
#include "dialogs/KeyManagerDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ServerEditorDialog.h"
#include "dialogs/SshConfigImportDialog.h"
#include "fleet/EmptyFleetWidget.h"
#include "fleet/Fleet.h"
#include "fleet/FleetModel.h"
#include "fleet/FleetTreeView.h"
#include "fleet/ServerConnections.h"
#include "fleet/ServerOverview.h"
#include "secrets/KeyRing.h"
#include "ssh/SshConnection.h"
#include "ssh/SshError.h"
#include "ssh/SshLibrary.h"
#include "widgets/StatusDot.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
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

namespace vigie {

MainWindow::MainWindow(Fleet* fleet, KeyRing* keyRing, ServerConnections* connections,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_fleet(fleet)
    , m_keyRing(keyRing)
    , m_connections(connections)
    , m_prompts(new ConnectionPrompts(this))
    , m_model(new FleetModel(fleet, this))
    , m_pages(new QStackedWidget(this))
    , m_emptyState(new EmptyFleetWidget(this))
    , m_tree(new FleetTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_overview(new ServerOverview(this))
    , m_statusDot(new QLabel(this))
    , m_statusText(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Vigie"));
    // Every connection gets the prompts, also those made by the refresh engine.
    connect(m_connections, &ServerConnections::connectionCreated, this,
            &MainWindow::attachConnection);

    m_tree->setFleetModel(m_model);
    m_tabs->setObjectName(QStringLiteral("serverTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    createDashboards();

    m_splitter->setObjectName(QStringLiteral("fleetSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 800});
    m_splitter->setChildrenCollapsible(false);
    // The splitter gives each side at least its minimum size, and a dashboard's minimum grows
    // with its data (a long file name, a row of badges): with no floor of their own the tabs
    // would take that width from the tree whenever a dashboard is shown. An explicit minimum
    // is what the splitter honours instead of the pages' hints, so the tree keeps its width;
    // a page narrower than its content scrolls or elides inside the tabs.
    m_tabs->setMinimumWidth(480);
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);

    m_statusText->setObjectName(QStringLiteral("statusConnection"));
    statusBar()->addPermanentWidget(m_statusDot);
    statusBar()->addPermanentWidget(m_statusText);

    createRefreshActions();
    createActions();
    createOperationActions();
    createMenusAndToolBar();

    connect(m_emptyState, &EmptyFleetWidget::addServerRequested, this, &MainWindow::addServer);
    connect(m_emptyState, &EmptyFleetWidget::manageKeysRequested, this,
            &MainWindow::showKeyManager);
    connect(m_overview, &ServerOverview::connectAndTestRequested, this,
            &MainWindow::connectAndTest);
    connect(m_tree, &FleetTreeView::currentServerChanged, this, [this] {
        updateActions();
        updateOverview();
        updateStatusBar();
        updateDashboardServer();
    });
    connect(m_model, &FleetModel::statusChanged, this, [this](const QString& serverId) {
        m_fleetOverview->model()->setConnectionStatus(serverId, m_model->status(serverId));
        if (serverId != currentServerId())
            return;
        updateOverview();
        updateStatusBar();
    });
    connect(m_fleet, &Fleet::changed, this, &MainWindow::updateFleetPage);
    connect(m_fleet, &Fleet::changed, this, &MainWindow::updateFleetOverview);
    connect(m_keyRing, &KeyRing::keysChanged, this, &MainWindow::updateOverview);

    resize(1100, 680);
    updateFleetOverview();
    updateFleetPage();
}

void MainWindow::createActions()
{
    const auto themed = [this](const char* name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(name), style()->standardIcon(fallback));
    };
    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add…"), this);
    m_addAction->setObjectName(QStringLiteral("actionAddServer"));
    m_addAction->setIconText(tr("Add server"));
    m_addAction->setToolTip(tr("Add a server to the fleet"));
    m_addAction->setShortcut(QKeySequence::New);
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addServer);

    m_editAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-properties")), tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("actionEditServer"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editServer);

    m_removeAction = new QAction(themed("list-remove", QStyle::SP_TrashIcon), tr("&Remove"), this);
    m_removeAction->setObjectName(QStringLiteral("actionRemoveServer"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeServer);

    m_testAction =
        new QAction(themed("network-connect", QStyle::SP_MediaPlay), tr("&Connect and test"), this);
    m_testAction->setObjectName(QStringLiteral("actionConnectTest"));
    m_testAction->setToolTip(tr("Connect to the selected server and run a test command"));
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_testAction, &QAction::triggered, this, &MainWindow::connectAndTest);

    m_keysAction =
        new QAction(QIcon::fromTheme(QStringLiteral("dialog-password")), tr("&Keys…"), this);
    m_keysAction->setObjectName(QStringLiteral("actionKeys"));
    m_keysAction->setIconText(tr("Keys"));
    m_keysAction->setToolTip(tr("Manage the SSH keys kept in the keychain"));
    m_keysAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_keysAction, &QAction::triggered, this, &MainWindow::showKeyManager);

    m_preferencesAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                      tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setEnabled(false);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(tr("&About Vigie"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_tree->setServerActions({m_testAction, m_refreshAction, nullptr, m_editAction, m_removeAction,
                              nullptr, m_addAction});
    m_tree->setGeneralActions({m_addAction});
}

void MainWindow::createMenusAndToolBar()
{
    QMenu* serverMenu = menuBar()->addMenu(tr("&Server"));
    serverMenu->addAction(m_addAction);
    QAction* importSshConfig = serverMenu->addAction(tr("&Import from ~/.ssh/config…"));
    importSshConfig->setObjectName(QStringLiteral("actionImportSshConfig"));
    importSshConfig->setToolTip(tr("Add servers from an OpenSSH client configuration file"));
    connect(importSshConfig, &QAction::triggered, this, [this] {
        auto* dialog = new SshConfigImportDialog(m_fleet, m_keyRing, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->loadFile(QDir::homePath() + QStringLiteral("/.ssh/config"));
        dialog->open();
    });
    serverMenu->addAction(m_editAction);
    serverMenu->addAction(m_removeAction);
    serverMenu->addSeparator();
    serverMenu->addAction(m_testAction);
    // Enabled once main() provides the detection (it needs the profile store).
    m_detectAction = serverMenu->addAction(tr("&Detect profile…"));
    m_detectAction->setObjectName(QStringLiteral("actionDetectProfile"));
    m_detectAction->setToolTip(tr("Look at what the server runs and propose a profile"));
    m_detectAction->setEnabled(false);
    connect(m_detectAction, &QAction::triggered, this, [this] {
        if (m_detectHandler && !currentServerId().isEmpty())
            m_detectHandler(currentServerId());
    });
    serverMenu->addSeparator();
    serverMenu->addAction(m_refreshAction);
    serverMenu->addAction(m_refreshAllAction);
    serverMenu->addAction(m_autoRefreshAction);
    serverMenu->addSeparator();
    serverMenu->addAction(m_quitAction);

    QMenu* operationsMenu = menuBar()->addMenu(tr("&Operations"));
    operationsMenu->setObjectName(QStringLiteral("operationsMenu"));
    operationsMenu->addAction(m_provisionAction);
    operationsMenu->addAction(m_restoreAction);
    operationsMenu->addAction(m_deployAction);
    operationsMenu->addSeparator();
    operationsMenu->addAction(m_journalAction);

    QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(m_keysAction);
    toolsMenu->addSeparator();
    toolsMenu->addAction(m_preferencesAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);

    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_testAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_autoRefreshAction);
    toolBar->addSeparator();
    toolBar->addAction(m_provisionAction);
    toolBar->addAction(m_restoreAction);
    toolBar->addAction(m_deployAction);
    toolBar->addSeparator();
    toolBar->addAction(m_keysAction);
}

QString MainWindow::currentServerId() const
{
    return m_tree->currentServerId();
}

void MainWindow::selectServer(const QString& serverId)
{
    m_tree->selectServer(serverId);
}

void MainWindow::restoreWindowState(const QString& file)
{
    m_windowStateFile = file;
    WindowState::restore(this, m_splitter, file);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_windowStateFile.isEmpty())
        WindowState::save(this, m_splitter, m_windowStateFile);
    QMainWindow::closeEvent(event);
}

void MainWindow::updateFleetPage()
{
    const bool empty = m_fleet->servers().isEmpty();
    m_pages->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_splitter);
    if (!empty && currentServerId().isEmpty()) {
        // Select the first server so the overview is never blank for no reason.
        const QModelIndex first = m_model->index(0, 0);
        const QModelIndex server =
            m_model->serverId(first).isEmpty() ? m_model->index(0, 0, first) : first;
        if (server.isValid())
            selectServer(m_model->serverId(server));
    }
    updateActions();
    updateOverview();
    updateStatusBar();
}

void MainWindow::updateActions()
{
    const QString id = currentServerId();
    const bool hasServer = !id.isEmpty();
    m_editAction->setEnabled(hasServer);
    m_removeAction->setEnabled(hasServer);
    m_testAction->setEnabled(hasServer && !m_runningTests.contains(id));
    m_refreshAction->setEnabled(hasServer && m_refreshHandler && !m_dashboards->isRefreshing(id));
    m_refreshAllAction->setEnabled(!m_fleet->servers().isEmpty() && m_refreshHandler);
    m_autoRefreshAction->setEnabled(bool(m_autoRefreshHandler));
    for (QAction* action : {m_provisionAction, m_restoreAction, m_deployAction})
        action->setEnabled(hasServer && m_operations);
}

QString MainWindow::authDescription(const Server& server) const
{
    if (server.auth == Server::Auth::Agent)
        return tr("SSH agent");
    const std::optional<KeyInfo> key = m_keyRing->find(server.keyName);
    if (!key)
        return tr("key “%1”, which is not in the keychain").arg(server.keyName);
    return tr("key “%1” (%2, %3)").arg(key->name, key->publicKey.typeLabel(), key->fingerprint());
}

void MainWindow::updateOverview()
{
    const QString id = currentServerId();
    const std::optional<Server> server = id.isEmpty() ? std::nullopt : m_fleet->find(id);
    if (!server) {
        m_overview->showPlaceholder();
        return;
    }
    m_overview->showServer(*server, authDescription(*server));
    m_overview->setStatus(m_model->status(id));
    const QPointer<SshConnection> connection = m_attached.value(id);
    m_overview->setHostKeyFingerprint(connection ? connection->hostKeyFingerprint() : QString());
    m_overview->setTestRunning(m_runningTests.contains(id));
    if (!m_runningTests.contains(id)) {
        const auto it = m_lastTests.constFind(id);
        m_overview->setTestResult(it == m_lastTests.constEnd()
                                      ? std::nullopt
                                      : std::optional<ConnectionTestResult>(it.value()));
    }
}

void MainWindow::updateStatusBar()
{
    const QString id = currentServerId();
    const std::optional<Server> server = id.isEmpty() ? std::nullopt : m_fleet->find(id);
    m_refreshStatus->setText(refreshStatusText(id));
    if (!server) {
        m_statusDot->clear();
        m_statusDot->hide();
        m_statusText->setText(m_fleet->servers().isEmpty() ? tr("No servers")
                                                           : tr("No server selected"));
        return;
    }
    const ServerStatus status = m_model->status(id);
    const int size = fontMetrics().height();
    m_statusDot->setPixmap(StatusDot::pixmap(status.color(), size, devicePixelRatioF()));
    m_statusDot->show();
    m_statusText->setText(tr("%1: %2").arg(server->name, status.shortText()));
    m_statusText->setToolTip(status.kind == ServerStatus::Kind::Failed ? status.text()
                                                                       : status.details());
}

SshConnection* MainWindow::connectionFor(const Server& server)
{
    SshConnection* connection = m_connections->connectionFor(server);
    attachConnection(server, connection);
    return connection;
}

void MainWindow::attachConnection(const Server& server, SshConnection* connection)
{
    if (m_attached.value(server.id) != connection) {
        m_attached.insert(server.id, connection);
        m_prompts->attach(connection, server.name);
        m_model->watch(server.id, connection);
    }
}

// --- Server actions -------------------------------------------------------------------------

void MainWindow::addServer()
{
    auto* dialog = new ServerEditorDialog(m_keyRing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setGroups(m_model->groups());
    if (m_preferences)
        dialog->preselectKey(m_preferences->values().defaultKeyName);
    dialog->setCommit([this](const Server& server) { return m_fleet->add(server); });
    connect(dialog, &ServerEditorDialog::manageKeysRequested, this, &MainWindow::showKeyManager);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const std::optional<Server> added = m_fleet->find(dialog->server().name))
            selectServer(added->id);
    });
    dialog->open();
}

void MainWindow::editServer()
{
    const std::optional<Server> server = m_fleet->find(currentServerId());
    if (!server)
        return;
    auto* dialog = new ServerEditorDialog(m_keyRing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setGroups(m_model->groups());
    dialog->setServer(*server);
    const Server before = *server;
    dialog->setCommit([this, before](const Server& edited) {
        const QString error = m_fleet->update(edited);
        if (!error.isEmpty())
            return error;
        // A new address or identity is another connection: forget the old one's results.
        if (edited.host != before.host || edited.port != before.port ||
            edited.user != before.user || edited.auth != before.auth ||
            edited.keyName != before.keyName) {
            m_connections->drop(edited.id);
            m_attached.remove(edited.id);
            m_lastTests.remove(edited.id);
            m_model->resetStatus(edited.id);
            updateOverview();
        }
        return QString();
    });
    connect(dialog, &ServerEditorDialog::manageKeysRequested, this, &MainWindow::showKeyManager);
    dialog->open();
}

void MainWindow::removeServer()
{
    const std::optional<Server> server = m_fleet->find(currentServerId());
    if (!server)
        return;
    const QString id = server->id;
    Confirmation::ask(this, tr("Remove server"),
                      tr("Remove “%1” (%2) from the fleet? Nothing is changed on the server, and "
                         "its host key stays in Vigie's known hosts.")
                          .arg(server->name, server->address()),
                      tr("Remove"), [this, id] {
                          const QString error = m_fleet->remove(id);
                          if (!error.isEmpty()) {
                              showError(error);
                              return;
                          }
                          m_connections->drop(id);
                          m_attached.remove(id);
                          m_lastTests.remove(id);
                      });
}

void MainWindow::connectAndTest()
{
    const std::optional<Server> server = m_fleet->find(currentServerId());
    if (!server || m_runningTests.contains(server->id))
        return;
    const QString id = server->id;
    if (server->auth == Server::Auth::Key && !m_keyRing->find(server->keyName)) {
        ConnectionTestResult result;
        result.finishedAt = QDateTime::currentDateTime();
        result.error = tr("The key “%1” is not in the keychain: import it in Keys…, or edit the "
                          "server to choose another one.")
                           .arg(server->keyName);
        onTestFinished(id, result);
        return;
    }
    auto* test = new ConnectionTest(connectionFor(*server), this);
    connect(test, &ConnectionTest::finished, this,
            [this, id](const ConnectionTestResult& result) { onTestFinished(id, result); });
    m_runningTests.insert(id);
    updateActions();
    updateOverview();
    test->start();
}

void MainWindow::onTestFinished(const QString& serverId, const ConnectionTestResult& result)
{
    m_runningTests.remove(serverId);
    if (m_fleet->find(serverId))
        m_lastTests.insert(serverId, result);
    updateActions();
    if (serverId == currentServerId()) {
        updateOverview();
        updateStatusBar();
    }
}

// --- Keys -----------------------------------------------------------------------------------

QStringList MainWindow::serversUsingKey(const QString& keyName) const
{
    QStringList names;
    for (const Server& server : m_fleet->servers()) {
        if (server.auth == Server::Auth::Key && server.keyName == keyName)
            names.append(server.name);
    }
    return names;
}

void MainWindow::followKeyRename(const QString& oldName, const QString& newName)
{
    // Servers name their key: keep them pointing at the same key after a rename.
    const QList<Server> servers = m_fleet->servers();
    for (Server server : servers) {
        if (server.auth != Server::Auth::Key || server.keyName != oldName)
            continue;
        server.keyName = newName;
        if (const QString error = m_fleet->update(server); !error.isEmpty())
            showError(error);
    }
}

void MainWindow::setPreferences(Preferences* preferences)
{
    m_preferences = preferences;
    m_preferencesAction->setEnabled(preferences != nullptr);
}

void MainWindow::showPreferences()
{
    if (!m_preferences)
        return;
    QStringList keyNames;
    for (const KeyInfo& key : m_keyRing->keys())
        keyNames.append(key.name);
    auto* dialog = new PreferencesDialog(m_preferences, keyNames, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showKeyManager()
{
    if (!m_keyManager) {
        m_keyManager = new KeyManagerDialog(m_keyRing, this);
        m_keyManager->setKeyUsage([this](const QString& name) { return serversUsingKey(name); });
        connect(m_keyManager, &KeyManagerDialog::keyRenamed, this, &MainWindow::followKeyRename);
    }
    m_keyManager->show();
    m_keyManager->raise();
    m_keyManager->activateWindow();
}

// --- Misc -----------------------------------------------------------------------------------

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Vigie"));
    if (!QApplication::windowIcon().isNull())
        box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Vigie %1</h3><p>An operations console for multi-tenant SaaS servers, "
                    "over SSH.</p>")
                     .arg(QStringLiteral(VIGIE_VERSION)));
    box->setInformativeText(
        tr("libssh2 %1, Qt %2").arg(SshLibrary::versionText(), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::showError(const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Vigie"), text, QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace vigie
