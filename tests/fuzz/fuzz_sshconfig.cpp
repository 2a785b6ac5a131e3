// ~/.ssh/config import.
#include "FuzzSupport.h"
#include "fleet/SshConfigImport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)vigie::SshConfigImport::parse(fuzzInput(data, size), QStringLiteral("/home/op"),
                                        QStringLiteral("op"));
    return 0;
}
