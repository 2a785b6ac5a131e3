#pragma once

#include <QMetaType>
#include <QString>

namespace vigie {

// What the dashboards ask for. They never run anything themselves: they emit one of these
// (after the operator confirmed, for changes) and whoever owns the connection does the work.

// Restart or reload a service.
struct ServiceAction
{
    enum class Kind
    {
        Restart,
        Reload
    };
    enum class Target
    {
        SystemdUnit,    // name: "nginx.service"
        Pm2App,         // name: the PM2 app name (every instance)
        ComposeService, // project + name: the compose service, container: its row
    };
    Kind kind = Kind::Restart;
    Target target = Target::SystemdUnit;
    QString name;
    QString project;        // ComposeService only
    QString container = {}; // ComposeService only: the container restarted

    friend bool operator==(const ServiceAction&, const ServiceAction&) = default;
};

// A log to follow live.
struct LogTarget
{
    enum class Kind
    {
        Journal, // journalctl -u <name>
        Pm2,     // pm2 logs <name>
        Compose, // docker logs -f <container> (of <project>/<name>)
        File,    // tail -F <path>
    };
    Kind kind = Kind::File;
    QString name;           // unit, app, service, or the profile's log name
    QString project;        // Compose only
    QString container = {}; // Compose only
    QString path;           // File only
    QString title; // shown in the window title, e.g. "nginx.service", "pm2 medical-pro-backend"

    friend bool operator==(const LogTarget&, const LogTarget&) = default;
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::ServiceAction)
Q_DECLARE_METATYPE(vigie::LogTarget)
