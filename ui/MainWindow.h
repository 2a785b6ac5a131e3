#pragma once

#include "fleet/ConnectionTest.h"
#include "fleet/ServerProfile.h"
#include "probe/Assessment.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace vigie {

class ConnectionPrompts;
class EmptyFleetWidget;
class Fleet;
class FleetOverview;
class FleetModel;
class FleetTreeView;
class Journal;
class JournalWindow;
class Preferences;
class KeyManagerDialog;
class KeyRing;
class OperationsLauncher;
class RunsDashboard;
class ServerConnections;
class ServerDashboards;
class ServerOverview;
class SshConnection;
struct Server;
struct SshError;

// Fleet tree on the left, the selected server's tabs on the right. Its dependencies come from
// main() (or a test): no singletons.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Fleet* fleet, KeyRing* keyRing, ServerConnections* connections,
               QWidget* parent = nullptr);

    QString currentServerId() const;
    void selectServer(const QString& serverId);

    // Reopens where the operator left the window (geometry, splitter) from `file`, or on most of
    // the screen the first time; closing the window saves them there again.
    void restoreWindowState(const QString& file);

    void addServer();
    void editServer();
    void removeServer(); // asks for confirmation first
    void connectAndTest();
    void showKeyManager();
    void showAbout();
    // Non-blocking error report (e.g. a corrupt keys.json at start-up).
    void showError(const QString& text);

    // --- Dashboards: the hooks the refresh engine (FleetMonitor) plugs into ---------------
    // Called by Refresh (F5) for the selected server, by Refresh all (Shift+F5) for each one.
    // "Detect profile…" on the selected server.
    void setDetectHandler(std::function<void(const QString& serverId)> handler);
    void setRefreshHandler(std::function<void(const QString& serverId)> handler);
    // Called when the operator turns Auto-refresh on or off.
    void setAutoRefreshHandler(std::function<void(bool enabled)> handler);
    // The profile a server's snapshot is judged with (thresholds, backup targets, logs).
    // Without one, a default ServerProfile.
    void setProfileResolver(std::function<ServerProfile(const QString& serverId)> resolver);
    bool isAutoRefreshEnabled() const;
    ServerDashboards* dashboards() const { return m_dashboards; } // row-action signals
    FleetOverview* fleetOverview() const { return m_fleetOverview; }

    // --- Operations: the wizards and the Runs tab -----------------------------------------
    // Enables Provision/Restore/Deploy (main() makes the launcher: it needs the profiles and
    // the refresh engine).
    void setOperationsLauncher(OperationsLauncher* launcher);
    RunsDashboard* runsDashboard() const { return m_runsDashboard; }
    // Enables "Journal of operations…" (the window opens on this journal).
    void setJournal(Journal* journal);
    void showJournal();
    // Enables "Preferences…"; new servers get the default key.
    void setPreferences(Preferences* preferences);
    void showPreferences();

public slots:
    void showRefreshStarted(const QString& serverId);
    void showSnapshot(const QString& serverId, const vigie::Snapshot& snapshot,
                      const vigie::Assessment& assessment);
    void showRefreshError(const QString& serverId, const vigie::SshError& error);
    void showRefreshFailure(const QString& serverId, const QString& message);
    void openDashboard(const QString& serverId, vigie::Area area);

protected:
    void closeEvent(QCloseEvent* event) override;

private: // dashboards (MainWindowDashboards.cpp)
    void createDashboards();
    void createRunsTab();
    void createOperationActions();
    void createRefreshActions();
    void updateFleetOverview();
    void updateDashboardServer();
    void refreshCurrent();
    void refreshAll();
    QString refreshStatusText(const QString& serverId) const;

private:
    void createActions();
    void createMenusAndToolBar();
    void updateFleetPage();
    void updateActions();
    void updateOverview();
    void updateStatusBar();
    SshConnection* connectionFor(const Server& server);
    void attachConnection(const Server& server, SshConnection* connection);
    QString authDescription(const Server& server) const;
    QStringList serversUsingKey(const QString& keyName) const;
    void followKeyRename(const QString& oldName, const QString& newName);
    void onTestFinished(const QString& serverId, const ConnectionTestResult& result);

    Fleet* m_fleet;
    KeyRing* m_keyRing;
    ServerConnections* m_connections;
    ConnectionPrompts* m_prompts;
    QAction* m_detectAction = nullptr;
    std::function<void(const QString&)> m_detectHandler;
    FleetModel* m_model;

    QStackedWidget* m_pages;
    EmptyFleetWidget* m_emptyState;
    FleetTreeView* m_tree;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    QString m_windowStateFile;
    ServerOverview* m_overview;
    QLabel* m_statusDot;
    QLabel* m_statusText;
    QPointer<KeyManagerDialog> m_keyManager;

    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_testAction = nullptr;
    QAction* m_keysAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_quitAction = nullptr;

    // Dashboards
    FleetOverview* m_fleetOverview = nullptr;
    ServerDashboards* m_dashboards = nullptr;
    QLabel* m_refreshStatus = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_refreshAllAction = nullptr;
    QAction* m_autoRefreshAction = nullptr;
    std::function<void(const QString&)> m_refreshHandler;
    std::function<void(bool)> m_autoRefreshHandler;
    std::function<ServerProfile(const QString&)> m_profileResolver;

    // Operations
    RunsDashboard* m_runsDashboard = nullptr;
    OperationsLauncher* m_operations = nullptr;
    Journal* m_journal = nullptr;
    QPointer<JournalWindow> m_journalWindow;
    QAction* m_journalAction = nullptr;
    Preferences* m_preferences = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_provisionAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_deployAction = nullptr;

    QHash<QString, QPointer<SshConnection>> m_attached; // prompts and status wired up
    QHash<QString, ConnectionTestResult> m_lastTests;
    QSet<QString> m_runningTests;
};

} // namespace vigie
