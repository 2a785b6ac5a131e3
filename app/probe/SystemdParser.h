#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "systemd": `systemctl show -p Id,LoadState,ActiveState,SubState,
// ActiveEnterTimestamp,InactiveEnterTimestamp UNIT…` with TZ=UTC: one block of Key=Value lines
// per unit, blocks separated by an empty line.
class SystemdParser
{
    Q_DECLARE_TR_FUNCTIONS(SystemdParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode, QList<SystemdUnit>* units);
};

} // namespace vigie
