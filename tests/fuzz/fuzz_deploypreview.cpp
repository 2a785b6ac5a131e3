// The deploy preview's output (git head, target, commits, local changes, changed files).
#include "FuzzSupport.h"
#include "ops/DeployPreview.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    vigie::DeployPreviewResult result;
    QString error;
    (void)vigie::DeployPreview::parse(fuzzInput(data, size), QStringLiteral("./migrations/"),
                                      &result, &error);
    return 0;
}
