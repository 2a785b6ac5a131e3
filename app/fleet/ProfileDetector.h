#pragma once

#include "ServerProfile.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vigie {

// "Detect": one exec of resources/probe/detect.sh, whose "kind<TAB>value" facts become a
// server profile: PM2, Compose projects and their PostgreSQL container, units of interest,
// nginx's TLS names (health URLs) and the certificates it serves, databases (central, the
// per-tenant prefix, the tenants' table), backup sets grouped by name in every format, scripts
// and logs. What cannot be known from outside is said in the notes, never guessed silently.
class ProfileDetector
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDetector)
public:
    static QByteArray script(); // stdin for `sh -s`
    static ServerProfile fromFacts(const QByteArray& output, QStringList* notes = nullptr);
};

} // namespace vigie
