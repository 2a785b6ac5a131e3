#pragma once

#include "Snapshot.h"
#include "fleet/ServerProfile.h"

#include <QByteArray>
#include <QDateTime>

namespace vigie {

// Turns the whole stdout of one probe run into a Snapshot: frames first (ProbeOutput), then
// each section's frame verdict (SectionCheck), then its parser. Every section named by
// ProbeScript::sectionNames() gets a status, present or not.
Snapshot parseProbeOutput(const QByteArray& output, const QByteArray& nonce,
                          const ServerProfile& profile, const QDateTime& receivedAt);

} // namespace vigie
