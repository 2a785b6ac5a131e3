#pragma once

#include "RunTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vigie {

// One deploy of one app, as the server's run records tell it.
struct DeployHistoryEntry
{
    QString runId;
    QString app;
    QString commit;       // the commit the run deployed (Plan::parameters "commit")
    QString operatorName; // who
    QDateTime started;    // when
    QDateTime finished;   // invalid while running
    RunRecord::State result = RunRecord::State::Running;
    bool migrations = false;
    QString snapshotFile; // empty when no snapshot was taken
};

// Deploy history per app, derived from the runs (wizard "deploy"); pure, no I/O.
class DeployHistory
{
public:
    // Deploy runs of `app` (every app when empty), newest first.
    static QList<DeployHistoryEntry> fromRuns(const QList<RunRecord>& runs,
                                              const QString& app = {});
    // The newest succeeded deploy of `app`, or an entry with an empty runId.
    static DeployHistoryEntry lastSucceeded(const QList<RunRecord>& runs, const QString& app);
};

} // namespace vigie
