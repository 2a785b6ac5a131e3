#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "ufw": `ufw status verbose` ("Status: active", a few "Key: value" lines, then the
// rule table after its "--" underline).
class UfwParser
{
    Q_DECLARE_TR_FUNCTIONS(UfwParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode, FirewallStatus* firewall);
};

} // namespace vigie
