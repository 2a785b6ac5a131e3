#pragma once

#include "fleet/ConnectionTest.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace vigie {

class ConnectionPrompts;
class EmptyFleetWidget;
class Fleet;
class FleetModel;
class FleetTreeView;
class KeyManagerDialog;
class KeyRing;
class ServerConnections;
class ServerOverview;
class SshConnection;
struct Server;

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

    void addServer();
    void editServer();
    void removeServer(); // asks for confirmation first
    void connectAndTest();
    void showKeyManager();
    void showAbout();
    // Non-blocking error report (e.g. a corrupt keys.json at start-up).
    void showError(const QString& text);

private:
    void createActions();
    void createMenusAndToolBar();
    void updateFleetPage();
    void updateActions();
    void updateOverview();
    void updateStatusBar();
    SshConnection* connectionFor(const Server& server);
    QString authDescription(const Server& server) const;
    QStringList serversUsingKey(const QString& keyName) const;
    void followKeyRename(const QString& oldName, const QString& newName);
    void onTestFinished(const QString& serverId, const ConnectionTestResult& result);

    Fleet* m_fleet;
    KeyRing* m_keyRing;
    ServerConnections* m_connections;
    ConnectionPrompts* m_prompts;
    FleetModel* m_model;

    QStackedWidget* m_pages;
    EmptyFleetWidget* m_emptyState;
    FleetTreeView* m_tree;
    QTabWidget* m_tabs;
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

    QHash<QString, QPointer<SshConnection>> m_attached; // prompts and status wired up
    QHash<QString, ConnectionTestResult> m_lastTests;
    QSet<QString> m_runningTests;
};

} // namespace vigie
