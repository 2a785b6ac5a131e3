// One section's payload, framed correctly, so the fuzzer spends its time inside the section
// parsers rather than on the framing. The first byte picks the section and its exit code.
#include "FuzzProfile.h"
#include "FuzzSupport.h"
#include "probe/Probe.h"

#include <QDateTime>

#include <array>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::array<const char*, 15> sections = {
        "meta",    "vitals",    "systemd",   "pm2",          "compose",
        "health",  "ufw",       "fail2ban",  "certificates", "renewal",
        "backups", "backuplog", "databases", "tenants",      "mail"};
    if (size < 1)
        return 0;
    static const vigie::ServerProfile profile = fuzzProfile();
    static const QDateTime receivedAt = QDateTime::fromSecsSinceEpoch(1795398281);
    const QByteArray name = sections[data[0] % sections.size()];
    const int rc = (data[0] / sections.size()) % 3 == 2 ? 1 : 0;
    const QByteArray payload = fuzzInput(data + 1, size - 1);
    const QByteArray nonce = fuzzProbeNonce;
    const QByteArray output =
        "@@VIGIE " + nonce + " BEGIN " + name + '\n' + payload + "\n@@VIGIE " + nonce + " END " +
        name + " rc=" + QByteArray::number(rc) +
        " ms=1 bytes=" + QByteArray::number(payload.size()) + " truncated=0\n";
    (void)vigie::Probe::parse(output, nonce, profile, receivedAt);
    return 0;
}
