#pragma once

#include "RunTypes.h"

#include <QByteArray>
#include <QList>

namespace vigie {

// Reads the lines RunLayout's scripts print about runs and locks:
//   run\t<id>  meta\t<meta.json>  started\t<epoch>  status\t<word> [step] <epoch>
//   current\t<step>  alive\t0|1  end
//   lock\t<stale 0|1>  holder\t<key=value> ...  end
//   refused  stale=0|1 target=… run=… operator=… since=<epoch>   (a refused start)
class RunRecordParser
{
public:
    struct Run
    {
        RunRecord record;
        bool alive = false;
    };
    struct Listing
    {
        QList<Run> runs;
        QList<LockHolder> locks;
        bool missing = false; // the run asked for does not exist
    };

    static Listing parse(const QByteArray& text);
    // key=value lines of a holder record (or of a refusal).
    static LockHolder parseHolder(const QList<QByteArray>& lines);
    // meta.json as Vigie writes it at the start of a run.
    static QByteArray metaJson(const RunRecord& record);
    // Fills state, failedStep and finished from the status file's words.
    static void applyStatus(RunRecord& record, const QByteArray& status, bool alive);
};

} // namespace vigie
