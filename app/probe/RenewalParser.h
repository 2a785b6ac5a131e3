#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "renewal": "timer<TAB>" + each line of `systemctl list-timers --all --no-legend
// '*certbot*'` (TZ=UTC), "cron<TAB>source<TAB>line" for cron lines mentioning certbot, and
// "end" last (so that empty output is never taken for "no renewal configured").
class RenewalParser
{
    Q_DECLARE_TR_FUNCTIONS(RenewalParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode, CertificateRenewal* renewal);
};

} // namespace vigie
