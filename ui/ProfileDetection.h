#pragma once

#include <QObject>

class QWidget;

namespace vigie {

class Fleet;
class FleetMonitor;
class ProfileStore;
class ServerConnections;

// "Detect profile…": one exec of the detection script on the server, then the operator sees
// what was found (and what Vigie could not guess) and decides whether it becomes the
// server's profile. Nothing is saved without that confirmation.
class ProfileDetection : public QObject
{
    Q_OBJECT
public:
    ProfileDetection(Fleet* fleet, ServerConnections* connections, ProfileStore* profiles,
                     FleetMonitor* monitor, QWidget* window);

    void detect(const QString& serverId);

private:
    Fleet* m_fleet;
    ServerConnections* m_connections;
    ProfileStore* m_profiles;
    FleetMonitor* m_monitor;
    QWidget* m_window;
};

} // namespace vigie
