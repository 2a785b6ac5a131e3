#pragma once

#include "Snapshot.h"
#include "fleet/ServerProfile.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "health": one line per configured URL, made by the probe around
// `curl -sS -o /dev/null -w '%{http_code} %{time_total}'`:
//   check<TAB>curl exit code<TAB>"<code> <seconds>"<TAB>curl's error<TAB>name
class HealthParser
{
    Q_DECLARE_TR_FUNCTIONS(HealthParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode,
                               const QList<ServerProfile::HealthUrl>& urls,
                               QList<HealthCheck>* checks);
};

} // namespace vigie
