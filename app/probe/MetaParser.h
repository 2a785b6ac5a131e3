#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "meta": key=value lines (time, user, uid, hostname, kernel, os, sudo, systemd).
// Fills the server's clock, who the probe ran as and whether systemd runs.
class MetaParser
{
    Q_DECLARE_TR_FUNCTIONS(MetaParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode, Snapshot* snapshot);
};

} // namespace vigie
