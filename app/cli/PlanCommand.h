#pragma once

#include "CliContext.h"
#include "fleet/ServerProfile.h"
#include "ops/Plan.h"

namespace vigie::cli {

// The end shared by the commands that build a plan (provision, restore): print it (--plan,
// text or --json) or run it through the run engine (--yes), streaming the run's log to stdout.
// Exit codes: 0 succeeded, 1 failed/cancelled/lost or could not start, 3 a lock is held,
// 4 the typed confirmation does not match. Returns -1 while the run goes on (event loop).
struct PlanCommandOptions
{
    bool json = false;           // --plan as JSON (Plan::toJson)
    bool run = false;            // --yes
    QString confirmation;        // --confirm: must equal Plan::confirmationWord when it has one
    QString failureHint;         // printed after a failed run (e.g. how to put a safety dump back)
    int failureHintFromStep = 0; // ... only when it failed at or after this step
};

int printOrRunPlan(CliContext& context, const Server& server, const ServerProfile& profile,
                   const Plan& plan, const PlanCommandOptions& options);

} // namespace vigie::cli
