#pragma once

#include "probe/AlertTracker.h"
#include "ssh/SshError.h"

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

public slots:
    void onSnapshot(const QString& serverId, const vigie::Snapshot& snapshot,
                    const vigie::Assessment& assessment);
    void onUnreachable(const QString& serverId, const vigie::SshError& error);

signals:
    void alerted(const QString& text);
    void activated(); // the tray icon was clicked: bring the window up

private:
    void raise(const QList<AlertTracker::Alert>& alerts);

    Fleet* m_fleet;
    AlertTracker m_tracker;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace vigie
