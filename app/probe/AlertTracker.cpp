#include "AlertTracker.h"

namespace vigie {

QString AlertTracker::keyOf(const Finding& finding)
{
    // The message is not part of the identity: "expires in 5 days" then "in 4 days" is the
    // same ongoing problem.
    return Assessment::areaId(finding.area) + QLatin1Char('/') + finding.subject;
}

QList<AlertTracker::Alert> AlertTracker::update(const QString& serverId,
                                                const Assessment& assessment)
{
    QSet<QString> now;
    QList<Alert> alerts;
    const QSet<QString> before = m_active.value(serverId);
    for (const Finding& finding : assessment.findings()) {
        if (finding.health != Health::Critical)
            continue;
        const QString key = keyOf(finding);
        now.insert(key);
        if (!before.contains(key))
            alerts.append({serverId, finding});
    }
    m_active.insert(serverId, now);
    return alerts;
}

QList<AlertTracker::Alert> AlertTracker::unreachable(const QString& serverId,
                                                     const QString& message)
{
    const QString key = QStringLiteral("connection");
    QSet<QString>& active = m_active[serverId];
    if (active.contains(key))
        return {};
    // While unreachable nothing else is known: forget the rest, so it is reported again
    // once the server answers and is still broken.
    active = {key};
    Finding finding;
    finding.area = Area::Services;
    finding.health = Health::Critical;
    finding.subject = Assessment::tr("connection");
    finding.message = message;
    return {{serverId, finding}};
}

} // namespace vigie
