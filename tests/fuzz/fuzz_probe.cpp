// The whole probe output, as it comes back from the server, through Probe::parse: framing
// (ProbeOutput), every section parser, SectionCheck and the assessment's inputs.
#include "FuzzProfile.h"
#include "FuzzSupport.h"
#include "probe/Probe.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const vigie::ServerProfile profile = fuzzProfile();
    static const QDateTime receivedAt = QDateTime::fromSecsSinceEpoch(1795398281);
    const vigie::Snapshot snapshot =
        vigie::Probe::parse(fuzzInput(data, size), fuzzProbeNonce, profile, receivedAt);
    (void)vigie::Probe::toJson(snapshot);
    return 0;
}
