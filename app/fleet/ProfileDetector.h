#pragma once

#include "ServerProfile.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vigie {

// "Detect": one exec of resources/probe/detect.sh, whose "kind<TAB>value" facts become a
// server profile: PM2, compose projects, units of interest, certificates, databases (central
// and per-tenant prefix), backup sets grouped by name, scripts and logs. What cannot be known
// from outside (the tenant table's query, the domain) is left for the operator.
class ProfileDetector
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDetector)
public:
    static QByteArray script(); // stdin for `sh -s`
    static ServerProfile fromFacts(const QByteArray& output, QStringList* notes = nullptr);
};

} // namespace vigie
