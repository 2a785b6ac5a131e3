#include "ServicesDashboard.h"

#include "ComposeTableModel.h"
#include "DashboardTableView.h"
#include "FirewallRuleModel.h"
#include "HealthCheckTableModel.h"
#include "HostVitalsPanel.h"
#include "JailTableModel.h"
#include "MailTableModel.h"
#include "Pm2TableModel.h"
#include "SectionPanel.h"
#include "SnapshotSections.h"
#include "UnitTableModel.h"
#include "dialogs/Confirmation.h"
#include "widgets/HealthStyle.h"
#include "widgets/RemoteText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigie {

namespace {
constexpr int MaxVisibleRows = 12;

QToolButton* toolButton(QWidget* parent, QAction* action)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}
} // namespace

ServicesDashboard::ServicesDashboard(QWidget* parent)
    : QWidget(parent)
    , m_vitalsSection(new SectionPanel(QStringLiteral("vitalsSection"), this))
    , m_vitals(new HostVitalsPanel(this))
    , m_logFilesButton(new QToolButton(this))
    , m_unitModel(new UnitTableModel(this))
    , m_pm2Model(new Pm2TableModel(this))
    , m_composeModel(new ComposeTableModel(this))
    , m_healthModel(new HealthCheckTableModel(this))
    , m_jailModel(new JailTableModel(this))
    , m_mailModel(new MailTableModel(this))
    , m_firewallModel(new FirewallRuleModel(this))
    , m_firewallSection(new SectionPanel(QStringLiteral("ufwSection"), this))
    , m_firewallRules(new DashboardTableView(this))
    , m_firewallDot(new QLabel(this))
    , m_firewallState(RemoteText::label(this))
{
    setObjectName(QStringLiteral("servicesDashboard"));

    m_unitRestart = makeRowAction(QStringLiteral("unitRestart"), tr("Restart…"),
                                  QStringLiteral("view-refresh"));
    m_unitReload = makeRowAction(QStringLiteral("unitReload"), tr("Reload…"),
                                 QStringLiteral("document-revert"));
    m_unitLogs = makeRowAction(QStringLiteral("unitLogs"), tr("Show logs"),
                               QStringLiteral("utilities-terminal"));
    m_pm2Restart =
        makeRowAction(QStringLiteral("pm2Restart"), tr("Restart…"), QStringLiteral("view-refresh"));
    m_pm2Reload = makeRowAction(QStringLiteral("pm2Reload"), tr("Reload…"),
                                QStringLiteral("document-revert"));
    m_pm2Logs = makeRowAction(QStringLiteral("pm2Logs"), tr("Show logs"),
                              QStringLiteral("utilities-terminal"));
    m_composeRestart = makeRowAction(QStringLiteral("composeRestart"), tr("Restart…"),
                                     QStringLiteral("view-refresh"));
    m_composeLogs = makeRowAction(QStringLiteral("composeLogs"), tr("Show logs"),
                                  QStringLiteral("utilities-terminal"));
    m_unitReload->setToolTip(tr("Ask the service to re-read its configuration without stopping"));
    m_pm2Reload->setToolTip(tr("Replace the app's processes one at a time (no downtime in "
                               "cluster mode)"));

    // Host
    m_vitalsSection->setTitle(tr("Host"));
    m_vitalsSection->setContent(m_vitals);
    m_logFilesButton->setObjectName(QStringLiteral("logFilesButton"));
    m_logFilesButton->setText(tr("Log files"));
    m_logFilesButton->setIcon(QIcon::fromTheme(QStringLiteral("text-x-generic")));
    m_logFilesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logFilesButton->setPopupMode(QToolButton::InstantPopup);
    m_logFilesButton->setAutoRaise(true);
    m_logFilesButton->setMenu(new QMenu(m_logFilesButton));
    m_vitalsSection->addHeaderWidget(m_logFilesButton);

    m_units = addTableSection(QStringLiteral("unitsSection"), m_unitModel,
                              {m_unitRestart, m_unitReload, nullptr, m_unitLogs});
    m_units.panel->setTitle(tr("systemd units"));
    m_pm2 = addTableSection(QStringLiteral("pm2Section"), m_pm2Model,
                            {m_pm2Restart, m_pm2Reload, nullptr, m_pm2Logs});
    m_pm2.panel->setTitle(tr("PM2 apps"));
    m_compose = addTableSection(QStringLiteral("composeSection"), m_composeModel,
                                {m_composeRestart, nullptr, m_composeLogs});
    m_compose.panel->setTitle(tr("Docker Compose"));
    m_health = addTableSection(QStringLiteral("healthSection"), m_healthModel, {});
    m_health.panel->setTitle(tr("Health checks"));
    m_health.view->setMaximumColumnWidth(460);
    m_mail = addTableSection(QStringLiteral("mailSection"), m_mailModel, {});
    m_mail.panel->setTitle(tr("Mail"));
    m_mail.view->setStretchColumn(MailTableModel::StateColumn);
    m_jails = addTableSection(QStringLiteral("fail2banSection"), m_jailModel, {});
    m_jails.panel->setTitle(tr("fail2ban"));
    m_jails.view->setStretchColumn(JailTableModel::NameColumn);

    // ufw: its state on a line, then its rules.
    m_firewallSection->setTitle(tr("Firewall (ufw)"));
    auto* firewall = new QWidget(this);
    m_firewallState->setObjectName(QStringLiteral("ufwState"));
    m_firewallRules->setObjectName(QStringLiteral("ufwRules"));
    m_firewallRules->setSourceModel(m_firewallModel);
    m_firewallRules->setFitToRows(MaxVisibleRows);
    auto* stateRow = new QHBoxLayout;
    stateRow->setContentsMargins(0, 0, 0, 0);
    stateRow->addWidget(m_firewallDot);
    stateRow->addWidget(m_firewallState, 1);
    auto* firewallLayout = new QVBoxLayout(firewall);
    firewallLayout->setContentsMargins(0, 0, 0, 0);
    firewallLayout->addLayout(stateRow);
    firewallLayout->addWidget(m_firewallRules);
    m_firewallSection->setContent(firewall);

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("servicesContent"));
    auto* column = new QVBoxLayout(content);
    column->setSpacing(18);
    column->addWidget(m_vitalsSection);
    column->addWidget(m_units.panel);
    column->addWidget(m_pm2.panel);
    column->addWidget(m_compose.panel);
    column->addWidget(m_health.panel);
    column->addWidget(m_mail.panel);
    auto* security = new QHBoxLayout;
    security->setSpacing(18);
    security->addWidget(m_firewallSection, 3, Qt::AlignTop);
    security->addWidget(m_jails.panel, 2, Qt::AlignTop);
    column->addLayout(security);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("servicesScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_unitRestart, &QAction::triggered, this, [this] {
        const int row = m_units.view->currentSourceRow();
        if (row >= 0)
            confirmAction({ServiceAction::Kind::Restart,
                           ServiceAction::Target::SystemdUnit,
                           m_unitModel->unit(row).name,
                           {},
                           {}});
    });
    connect(m_unitReload, &QAction::triggered, this, [this] {
        const int row = m_units.view->currentSourceRow();
        if (row >= 0)
            confirmAction({ServiceAction::Kind::Reload,
                           ServiceAction::Target::SystemdUnit,
                           m_unitModel->unit(row).name,
                           {},
                           {}});
    });
    connect(m_pm2Restart, &QAction::triggered, this, [this] {
        const int row = m_pm2.view->currentSourceRow();
        if (row >= 0)
            confirmAction({ServiceAction::Kind::Restart,
                           ServiceAction::Target::Pm2App,
                           m_pm2Model->app(row).name,
                           {},
                           {}},
                          int(m_pm2Model->app(row).processes.size()));
    });
    connect(m_pm2Reload, &QAction::triggered, this, [this] {
        const int row = m_pm2.view->currentSourceRow();
        if (row >= 0)
            confirmAction({ServiceAction::Kind::Reload,
                           ServiceAction::Target::Pm2App,
                           m_pm2Model->app(row).name,
                           {},
                           {}},
                          int(m_pm2Model->app(row).processes.size()));
    });
    connect(m_composeRestart, &QAction::triggered, this, [this] {
        const int row = m_compose.view->currentSourceRow();
        if (row >= 0) {
            const ComposeService& service = m_composeModel->service(row);
            confirmAction({ServiceAction::Kind::Restart, ServiceAction::Target::ComposeService,
                           service.service, service.project, service.container});
        }
    });
    connect(m_unitLogs, &QAction::triggered, this,
            [this] { requestLogs(SnapshotSections::Systemd); });
    connect(m_pm2Logs, &QAction::triggered, this, [this] { requestLogs(SnapshotSections::Pm2); });
    connect(m_composeLogs, &QAction::triggered, this,
            [this] { requestLogs(SnapshotSections::Compose); });
    connect(m_units.view, &DashboardTableView::sourceRowActivated, m_unitLogs, &QAction::trigger);
    connect(m_pm2.view, &DashboardTableView::sourceRowActivated, m_pm2Logs, &QAction::trigger);
    connect(m_compose.view, &DashboardTableView::sourceRowActivated, m_composeLogs,
            &QAction::trigger);
    updateRowActions();
}

QAction* ServicesDashboard::makeRowAction(const QString& objectName, const QString& text,
                                          const QString& icon)
{
    auto* action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setObjectName(objectName);
    return action;
}

ServicesDashboard::TableSection ServicesDashboard::addTableSection(const QString& objectName,
                                                                   DashboardTableModel* model,
                                                                   const QList<QAction*>& actions)
{
    TableSection section;
    section.panel = new SectionPanel(objectName, this);
    section.view = new DashboardTableView(section.panel);
    section.view->setObjectName(objectName + QStringLiteral("Table"));
    section.view->setSourceModel(model);
    section.view->setFitToRows(MaxVisibleRows);
    section.view->setRowActions(actions);
    section.panel->setContent(section.view);
    for (QAction* action : actions) {
        if (action)
            section.panel->addContentHeaderWidget(toolButton(section.panel, action));
    }
    connect(section.view, &DashboardTableView::currentSourceRowChanged, this,
            &ServicesDashboard::updateRowActions);
    connect(model, &QAbstractItemModel::modelReset, this, &ServicesDashboard::updateRowActions);
    return section;
}

void ServicesDashboard::updateRowActions()
{
    const bool unit = m_units.view->currentSourceRow() >= 0;
    const bool app = m_pm2.view->currentSourceRow() >= 0;
    const bool service = m_compose.view->currentSourceRow() >= 0;
    for (QAction* action : {m_unitRestart, m_unitReload, m_unitLogs})
        action->setEnabled(unit);
    for (QAction* action : {m_pm2Restart, m_pm2Reload, m_pm2Logs})
        action->setEnabled(app);
    for (QAction* action : {m_composeRestart, m_composeLogs})
        action->setEnabled(service);
}

void ServicesDashboard::setServerName(const QString& name)
{
    m_serverName = name;
}

QString ServicesDashboard::serverLabel() const
{
    return m_serverName.isEmpty() ? tr("this server") : m_serverName;
}

void ServicesDashboard::setSnapshot(const Snapshot& snapshot, const Assessment& assessment,
                                    const ServerProfile& profile)
{
    using namespace SnapshotSections;
    const QDateTime now = SnapshotSections::now(snapshot);

    // Host
    if (m_vitalsSection->applyStatus(status(snapshot, Vitals)))
        m_vitals->setVitals(snapshot.vitals);
    QMenu* logMenu = m_logFilesButton->menu();
    logMenu->clear();
    for (const ServerProfile::LogSource& source : profile.logs) {
        QAction* action = logMenu->addAction(source.name);
        action->setToolTip(source.path);
        connect(action, &QAction::triggered, this, [this, source] {
            LogTarget target;
            target.kind = LogTarget::Kind::File;
            target.name = source.name;
            target.path = source.path;
            target.title = source.name;
            emit logsRequested(target);
        });
    }
    m_logFilesButton->setVisible(!profile.logs.isEmpty());

    // systemd
    m_unitModel->setUnits(snapshot.units);
    if (m_units.panel->applyStatus(status(snapshot, Systemd))) {
        if (!snapshot.systemd && snapshot.units.isEmpty())
            m_units.panel->showMessage(MessageBanner::Kind::Information,
                                       tr("This server does not run systemd."));
        else if (snapshot.units.isEmpty())
            m_units.panel->showMessage(MessageBanner::Kind::Information,
                                       tr("No unit to watch: list them in the server's profile."));
    }

    // PM2
    const std::optional<SectionStatus> pm2Status = status(snapshot, Pm2);
    m_pm2Model->setProcesses(snapshot.pm2, now);
    m_pm2.panel->setVisible(profile.pm2 || !snapshot.pm2.isEmpty() ||
                            (pm2Status && pm2Status->state != SectionStatus::State::Absent));
    if (m_pm2.panel->applyStatus(pm2Status) && snapshot.pm2.isEmpty())
        m_pm2.panel->showMessage(MessageBanner::Kind::Information, tr("PM2 runs no app."));

    // Docker Compose: only where there is something to show (or a reason it could not be read).
    const std::optional<SectionStatus> composeStatus = status(snapshot, Compose);
    m_composeModel->setServices(snapshot.compose, now);
    // A docker client without a daemon is only news where the profile expects compose
    // projects (the same rule as the assessment).
    const bool composeFailed = composeStatus && !composeStatus->usable() &&
                               composeStatus->state != SectionStatus::State::Absent &&
                               !profile.composeProjects.isEmpty();
    m_compose.panel->setVisible(!snapshot.compose.isEmpty() || composeFailed);
    m_compose.panel->applyStatus(composeStatus);

    // Health URLs
    const std::optional<SectionStatus> healthStatus = status(snapshot, HealthChecks);
    m_healthModel->setChecks(snapshot.health);
    m_health.panel->setVisible(!profile.healthUrls.isEmpty() || !snapshot.health.isEmpty() ||
                               (healthStatus && !healthStatus->usable()));
    if (m_health.panel->applyStatus(healthStatus) && snapshot.health.isEmpty())
        m_health.panel->showMessage(MessageBanner::Kind::Information,
                                    tr("No health URL is checked: add them to the profile."));

    // Mail: where the profile describes a mail server.
    const std::optional<SectionStatus> mailStatus = status(snapshot, Mail);
    m_mailModel->setItems(assessment.mail());
    m_mail.panel->setVisible(profile.mail.isConfigured() || !assessment.mail().isEmpty());
    if (m_mail.panel->applyStatus(mailStatus) && assessment.mail().isEmpty())
        m_mail.panel->showMessage(MessageBanner::Kind::Information,
                                  tr("No queue, service, DKIM key or TLS listener is listed in "
                                     "the profile's mail settings."));

    // ufw
    m_firewallModel->setRules(snapshot.ufw.rules);
    if (m_firewallSection->applyStatus(status(snapshot, Ufw))) {
        if (!snapshot.ufw.known) {
            m_firewallSection->showMessage(MessageBanner::Kind::Warning,
                                           tr("The firewall state is unknown."));
        } else {
            const vigie::Health health =
                snapshot.ufw.active ? vigie::Health::Ok : vigie::Health::Warning;
            m_firewallDot->setPixmap(
                HealthStyle::pixmap(health, fontMetrics().height(), devicePixelRatioF()));
            m_firewallState->setText(snapshot.ufw.active
                                         ? tr("Active, %Ln rule(s)", "", snapshot.ufw.rules.size())
                                         : tr("Inactive: ufw filters nothing"));
            m_firewallRules->setVisible(!snapshot.ufw.rules.isEmpty());
        }
    }

    // fail2ban
    m_jailModel->setJails(snapshot.jails);
    if (m_jails.panel->applyStatus(status(snapshot, Fail2ban)) && snapshot.jails.isEmpty())
        m_jails.panel->showMessage(MessageBanner::Kind::Information, tr("No jail is active."));

    updateRowActions();
}

void ServicesDashboard::confirmAction(ServiceAction action, int instances)
{
    QString title;
    QString text;
    QString confirm;
    const bool restart = action.kind == ServiceAction::Kind::Restart;
    switch (action.target) {
    case ServiceAction::Target::SystemdUnit:
        title = restart ? tr("Restart %1").arg(action.name) : tr("Reload %1").arg(action.name);
        text = restart ? tr("Restart “%1” on %2? It stops and starts again: the connections it "
                            "is serving are dropped.")
                             .arg(action.name, serverLabel())
                       : tr("Reload “%1” on %2? It re-reads its configuration without stopping; "
                            "an invalid configuration can still stop it.")
                             .arg(action.name, serverLabel());
        break;
    case ServiceAction::Target::Pm2App:
        title = restart ? tr("Restart %1").arg(action.name) : tr("Reload %1").arg(action.name);
        text = restart ? tr("Restart the PM2 app “%1” on %2? Its %n process(es) stop and start "
                            "again; requests in flight may fail.",
                            "", instances)
                             .arg(action.name, serverLabel())
                       : tr("Reload the PM2 app “%1” on %2? Its %n process(es) are replaced one "
                            "at a time.",
                            "", instances)
                             .arg(action.name, serverLabel());
        break;
    case ServiceAction::Target::ComposeService:
        title = tr("Restart %1").arg(action.name);
        text = tr("Restart the service “%1” of the Compose project “%2” on %3? Its container "
                  "%4 stops and starts again.")
                   .arg(action.name, action.project, serverLabel(), action.container);
        break;
    }
    confirm = restart ? tr("Restart") : tr("Reload");
    Confirmation::ask(this, title, text, confirm,
                      [this, action] { emit serviceActionRequested(action); });
}

void ServicesDashboard::requestLogs(const QString& section)
{
    LogTarget target;
    if (section == SnapshotSections::Systemd) {
        const int row = m_units.view->currentSourceRow();
        if (row < 0)
            return;
        target.kind = LogTarget::Kind::Journal;
        target.name = m_unitModel->unit(row).name;
        target.title = target.name;
    } else if (section == SnapshotSections::Pm2) {
        const int row = m_pm2.view->currentSourceRow();
        if (row < 0)
            return;
        target.kind = LogTarget::Kind::Pm2;
        target.name = m_pm2Model->app(row).name;
        target.title = tr("pm2 %1").arg(target.name);
    } else {
        const int row = m_compose.view->currentSourceRow();
        if (row < 0)
            return;
        target.kind = LogTarget::Kind::Compose;
        target.name = m_composeModel->service(row).service;
        target.project = m_composeModel->service(row).project;
        target.container = m_composeModel->service(row).container;
        target.title = target.project + QLatin1Char('/') + target.name;
    }
    emit logsRequested(target);
}

} // namespace vigie
