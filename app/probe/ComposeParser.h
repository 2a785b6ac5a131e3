#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace vigie {

// Section "compose": "@@ ps" then `docker ps -a --format '{{json .}}'` (one JSON object per line,
// compose containers only), then "@@ ls" and `docker compose ls --all --format json` when the
// compose plugin exists. With `projects` non-empty, only those projects are kept, and a project
// with no container at all is reported with state "missing".
class ComposeParser
{
    Q_DECLARE_TR_FUNCTIONS(ComposeParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode, const QStringList& projects,
                               QList<ComposeService>* services);
};

} // namespace vigie
