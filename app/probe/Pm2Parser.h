#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "pm2": `pm2 jlist`, a JSON array on one line (the probe may have reduced each entry to
// the fields read here, so that no process environment leaves the server). pm2's own chatter
// lines ("[PM2] …", ">>>> In-memory PM2 is out-of-date …") may precede it; anything else, or
// JSON that does not parse completely, makes the section unparseable.
class Pm2Parser
{
    Q_DECLARE_TR_FUNCTIONS(Pm2Parser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode, QList<Pm2Process>* processes);
};

} // namespace vigie
