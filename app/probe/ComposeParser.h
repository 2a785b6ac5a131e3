#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace vigie {

// Section "compose" (resources/probe/probe.sh):
//   @@ tool docker compose | docker-compose | none
//   @@ ps        `docker ps -a --no-trunc --format '{{json .}}'`, compose containers only
//   @@ inspect   "<id> <RestartCount> <State.StartedAt> <State.ExitCode>" per container
// ("@@ ls", from older probes, is accepted and ignored.) With `projects` non-empty, only those
// projects are kept, and a project with no container at all is reported with state "missing".
// A daemon that does not answer fills engine->daemonError and fails the section.
class ComposeParser
{
    Q_DECLARE_TR_FUNCTIONS(ComposeParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode, const QStringList& projects,
                               QList<ComposeService>* services, ComposeEngine* engine = nullptr);
};

} // namespace vigie
