#pragma once

#include "DashboardRequests.h"
#include "fleet/ServerProfile.h"
#include "probe/Assessment.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace vigie {

class ComposeTableModel;
class DashboardTableModel;
class DashboardTableView;
class FirewallRuleModel;
class HealthCheckTableModel;
class HostVitalsPanel;
class JailTableModel;
class MailTableModel;
class Pm2TableModel;
class SectionPanel;
class UnitTableModel;

// The Services tab: host vitals, systemd units, PM2 apps, Docker Compose services, health URLs,
// mail (queues, services, DKIM, TLS listeners), ufw and fail2ban. Row actions (restart, reload,
// logs) are confirmed here and emitted as requests; the dashboard never talks to the server.
class ServicesDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit ServicesDashboard(QWidget* parent = nullptr);

    void setServerName(const QString& name); // used in confirmations
    void setSnapshot(const Snapshot& snapshot, const Assessment& assessment,
                     const ServerProfile& profile);

    UnitTableModel* unitModel() const { return m_unitModel; }
    Pm2TableModel* pm2Model() const { return m_pm2Model; }
    ComposeTableModel* composeModel() const { return m_composeModel; }
    HealthCheckTableModel* healthModel() const { return m_healthModel; }
    JailTableModel* jailModel() const { return m_jailModel; }
    MailTableModel* mailModel() const { return m_mailModel; }
    FirewallRuleModel* firewallModel() const { return m_firewallModel; }

signals:
    void serviceActionRequested(const vigie::ServiceAction& action);
    void logsRequested(const vigie::LogTarget& target);

private:
    struct TableSection
    {
        SectionPanel* panel = nullptr;
        DashboardTableView* view = nullptr;
    };
    TableSection addTableSection(const QString& objectName, DashboardTableModel* model,
                                 const QList<QAction*>& actions);
    QAction* makeRowAction(const QString& objectName, const QString& text, const QString& icon);
    void updateRowActions();
    void confirmAction(ServiceAction action, int instances = 1);
    void requestLogs(const QString& section);
    QString serverLabel() const;

    QString m_serverName;

    SectionPanel* m_vitalsSection;
    HostVitalsPanel* m_vitals;
    QToolButton* m_logFilesButton;
    UnitTableModel* m_unitModel;
    Pm2TableModel* m_pm2Model;
    ComposeTableModel* m_composeModel;
    HealthCheckTableModel* m_healthModel;
    JailTableModel* m_jailModel;
    MailTableModel* m_mailModel;
    FirewallRuleModel* m_firewallModel;
    TableSection m_units;
    TableSection m_pm2;
    TableSection m_compose;
    TableSection m_health;
    TableSection m_jails;
    TableSection m_mail;
    SectionPanel* m_firewallSection;
    DashboardTableView* m_firewallRules;
    QLabel* m_firewallDot;
    QLabel* m_firewallState;

    QAction* m_unitRestart;
    QAction* m_unitReload;
    QAction* m_unitLogs;
    QAction* m_pm2Restart;
    QAction* m_pm2Reload;
    QAction* m_pm2Logs;
    QAction* m_composeRestart;
    QAction* m_composeLogs;
};

} // namespace vigie
