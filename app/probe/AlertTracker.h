#pragma once

#include "Assessment.h"

#include <QHash>
#include <QSet>

namespace vigie {

// Decides when to notify: once when a server turns red (a critical finding appears), not at
// every refresh while it stays red; again only after it recovered and broke anew.
class AlertTracker
{
public:
    struct Alert
    {
        QString serverId;
        Finding finding;
    };

    // Returns the critical findings that are new since the previous assessment of this server.
    QList<Alert> update(const QString& serverId, const Assessment& assessment);
    // An unreachable server is one alert too ("unreachable"), raised once.
    QList<Alert> unreachable(const QString& serverId, const QString& message);

private:
    static QString keyOf(const Finding& finding);
    QHash<QString, QSet<QString>> m_active; // server -> keys of its current critical findings
};

} // namespace vigie
