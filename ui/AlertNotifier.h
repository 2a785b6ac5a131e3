#pragma once

#include "probe/AlertTracker.h"
#include "ssh/SshError.h"

#include <QHash>
#include <QObject>

class QSystemTrayIcon;

namespace vigie {

class Fleet;

// Tells the operator when a server turns red: a tray notification where the desktop has a
// tray, always a signal the main window shows in its status bar. Once per problem (see
// AlertTracker), not at every refresh.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    explicit AlertNotifier(Fleet* fleet, QObject* parent = nullptr);

    bool hasTray() const { return m_tray != nullptr; }
    // The tray icon's tooltip: the fleet's servers counted by worst state ("1 critical, 2 not
    // watched"), so a glance at the tray never says more than what was looked at.
    QString summary() const;

public slots:
    void onSnapshot(const QString& serverId, const vigie::Snapshot& snapshot,
                    const vigie::Assessment& assessment);
    void onUnreachable(const QString& serverId, const vigie::SshError& error);

signals:
    void alerted(const QString& text);
    void activated(); // the tray icon was clicked: bring the window up

private:
    void raise(const QList<AlertTracker::Alert>& alerts);
    void updateSummary();

    Fleet* m_fleet;
    QHash<QString, Health> m_overall; // per server id, from its last refresh
    AlertTracker m_tracker;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace vigie
