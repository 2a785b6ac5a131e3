#include "AlertNotifier.h"

#include "fleet/Fleet.h"
#include "ssh/SshError.h"

#include <QIcon>
#include <QSystemTrayIcon>

namespace vigie {

AlertNotifier::AlertNotifier(Fleet* fleet, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/vigie.svg")), this);
        m_tray->setToolTip(tr("Vigie"));
        connect(m_tray, &QSystemTrayIcon::activated, this, &AlertNotifier::activated);
        m_tray->show();
    }
}

void AlertNotifier::onSnapshot(const QString& serverId, const Snapshot&,
                               const Assessment& assessment)
{
    m_overall.insert(serverId, assessment.overall());
    updateSummary();
    raise(m_tracker.update(serverId, assessment));
}

void AlertNotifier::onUnreachable(const QString& serverId, const SshError& error)
{
    m_overall.insert(serverId, Health::Critical);
    updateSummary();
    raise(m_tracker.unreachable(serverId, error.message()));
}

QString AlertNotifier::summary() const
{
    QMap<Health, int> counts;
    for (const Server& server : m_fleet->servers())
        ++counts[m_overall.value(server.id, Health::Unknown)];
    QStringList parts;
    // Worst first, as the operator reads it.
    for (Health health :
         {Health::Critical, Health::Warning, Health::Unknown, Health::NotWatched, Health::Ok}) {
        if (const int count = counts.value(health))
            parts.append(
                tr("%1: %n server(s)", "health: count", count).arg(Assessment::healthName(health)));
    }
    return parts.isEmpty() ? tr("Vigie") : tr("Vigie — %1").arg(parts.join(QStringLiteral("; ")));
}

void AlertNotifier::updateSummary()
{
    if (m_tray)
        m_tray->setToolTip(summary());
}

void AlertNotifier::raise(const QList<AlertTracker::Alert>& alerts)
{
    for (const AlertTracker::Alert& alert : alerts) {
        const auto server = m_fleet->find(alert.serverId);
        const QString serverName = server ? server->name : alert.serverId;
        const QString text =
            tr("%1 — %2: %3").arg(serverName, alert.finding.subject, alert.finding.message);
        if (m_tray) {
            m_tray->showMessage(tr("%1 needs attention").arg(serverName), text,
                                QSystemTrayIcon::Critical);
        }
        emit alerted(text);
    }
}

} // namespace vigie
