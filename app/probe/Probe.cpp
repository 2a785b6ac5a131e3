#include "Probe.h"

#include "ProbeScript.h"
#include "SnapshotJson.h"
#include "SnapshotParser.h"

namespace vigie {

QByteArray Probe::newNonce()
{
    return ProbeScript::newNonce();
}

QByteArray Probe::script(const ServerProfile& profile, const QByteArray& nonce)
{
    return ProbeScript(profile, nonce).text();
}

Snapshot Probe::parse(const QByteArray& output, const QByteArray& nonce,
                      const ServerProfile& profile, const QDateTime& receivedAt)
{
    return parseProbeOutput(output, nonce, profile, receivedAt);
}

QJsonObject Probe::toJson(const Snapshot& snapshot)
{
    return snapshotToJson(snapshot);
}

} // namespace vigie
