// Pre-flight checks of provision and restore, backup verification and the restore's row
// counts: all read output of commands run on the server.
#include "FuzzProfile.h"
#include "FuzzSupport.h"
#include "ops/OperationChecks.h"
#include "ops/RestorePlanner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const vigie::ServerProfile profile = fuzzProfile();
    const QByteArray output = fuzzInput(data, size);
    (void)vigie::OperationChecks::parseProvision(output, profile, QStringLiteral("gamma"));
    (void)vigie::OperationChecks::parseRestore(output, profile,
                                               QStringLiteral("medicalpro_clinic_gamma"));
    (void)vigie::OperationChecks::parseVerify(output, size % 3, output.right(200));
    (void)vigie::RestorePlanner::parseRowCounts(QString::fromUtf8(output));
    return 0;
}
