// known_hosts contents (the user's file is read as is), then a lookup for a host.
#include "FuzzSupport.h"
#include "ssh/KnownHosts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    vigie::KnownHosts hosts;
    vigie::KnownHosts::ParseError error;
    if (hosts.parse(fuzzInput(data, size), QStringLiteral("known_hosts"), &error)) {
        (void)hosts.knownKeyTypes(QStringLiteral("127.0.0.1"), 2222);
        (void)hosts.entriesFor(QStringLiteral("server.example.test"), 22);
    }
    return 0;
}
