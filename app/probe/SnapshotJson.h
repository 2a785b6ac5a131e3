#pragma once

#include "Snapshot.h"

#include <QJsonObject>

namespace vigie {

// The Snapshot as `vigie-cli status --json` prints it: every field, dates in ISO 8601 UTC (null
// when unknown), sections with their state as a stable lowercase id.
QJsonObject snapshotToJson(const Snapshot& snapshot);
QString sectionStateId(SectionStatus::State state); // "ok", "absent", "needs-privileges", …

} // namespace vigie
