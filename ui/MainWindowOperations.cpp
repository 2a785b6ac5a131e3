// MainWindow, its operations part: the Operations menu and toolbar actions that open the
// wizards, and the Runs tab.
#include "MainWindow.h"

#include "fleet/Fleet.h"
#include "fleet/FleetTreeView.h"
#include "fleet/ServerConnections.h"
#include "journal/JournalWindow.h"
#include "runs/RunsDashboard.h"
#include "ssh/SshConnection.h"
#include "wizards/OperationsLauncher.h"

#include <QAction>
#include <QTabWidget>

namespace vigie {

void MainWindow::createRunsTab()
{
    m_runsDashboard = new RunsDashboard(this);
    m_runsDashboard->setSourceResolver([this](const QString& serverId) {
        RunsDashboard::Source source;
        const std::optional<Server> server = m_fleet->find(serverId);
        if (!server)
            return source;
        source.connection = connectionFor(*server);
        source.serverName = server->name;
        if (m_profileResolver)
            source.runsDirectory = m_profileResolver(serverId).runsDirectory;
        return source;
    });
    m_tabs->addTab(m_runsDashboard, tr("Runs"));
}

void MainWindow::createOperationActions()
{
    using Operation = OperationsLauncher::Operation;
    const auto make = [this](const QString& text, const QString& iconText, const QString& tip,
                             const char* name, const char* icon, Qt::Key key, Operation operation) {
        auto* action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        action->setObjectName(QLatin1String(name));
        action->setIconText(iconText);
        action->setToolTip(tip);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, operation] {
            if (m_operations && !currentServerId().isEmpty())
                m_operations->open(operation, currentServerId());
        });
        return action;
    };
    m_provisionAction = make(tr("&Provision a tenant…"), tr("Provision"),
                             tr("Create a new tenant on the selected server, step by step"),
                             "actionProvision", "list-add-user", Qt::Key_P, Operation::Provision);
    m_restoreAction = make(tr("&Restore a backup…"), tr("Restore"),
                           tr("Restore a database of the selected server from a backup"),
                           "actionRestore", "document-revert", Qt::Key_R, Operation::Restore);
    m_deployAction = make(tr("&Deploy an app…"), tr("Deploy"),
                          tr("Deploy the latest commit of an app on the selected server"),
                          "actionDeploy", "system-software-update", Qt::Key_D, Operation::Deploy);

    m_journalAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open-recent")),
                                  tr("&Journal of operations…"), this);
    m_journalAction->setObjectName(QStringLiteral("actionJournal"));
    m_journalAction->setToolTip(tr("Every operation run from this desktop, with its log"));
    m_journalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_journalAction->setEnabled(false);
    connect(m_journalAction, &QAction::triggered, this, &MainWindow::showJournal);
}

void MainWindow::setJournal(Journal* journal)
{
    m_journal = journal;
    m_journalAction->setEnabled(journal != nullptr);
}

void MainWindow::showJournal()
{
    if (!m_journal)
        return;
    if (!m_journalWindow) {
        m_journalWindow = new JournalWindow(m_journal, this);
        m_journalWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_journalWindow->show();
    m_journalWindow->raise();
    m_journalWindow->activateWindow();
}

void MainWindow::setOperationsLauncher(OperationsLauncher* launcher)
{
    m_operations = launcher;
    connect(launcher, &OperationsLauncher::runFinished, this, [this](const QString& serverId) {
        if (serverId == currentServerId())
            m_runsDashboard->refresh();
    });
    updateActions();
}

} // namespace vigie
