#pragma once

#include "Snapshot.h"
#include "fleet/ServerProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace vigie {

// The one-round-trip probe, seen from the outside: what to send to `sh -s` and how to read
// what comes back. Everything else in app/probe/ is behind this.
class Probe
{
public:
    // Bound on what one refresh may return: past this the refresh fails, nothing is parsed.
    static constexpr qsizetype MaxOutputBytes = 32 * 1024 * 1024;

    static QByteArray newNonce();
    // The whole stdin for `sh -s`: quoted settings from the profile, then the probe script.
    static QByteArray script(const ServerProfile& profile, const QByteArray& nonce);
    static Snapshot parse(const QByteArray& output, const QByteArray& nonce,
                          const ServerProfile& profile, const QDateTime& receivedAt);
    static QJsonObject toJson(const Snapshot& snapshot);
};

} // namespace vigie
