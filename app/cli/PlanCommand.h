#pragma once

#include "CliContext.h"
#include "fleet/Server.h"
#include "fleet/ServerProfile.h"
#include "ops/Plan.h"

#include <QCommandLineParser>

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

// The start shared by the plan commands: SERVER, the --plan [--json] | --yes [--confirm] options
// (added to the command's own parser), the usage on a bad command line, and the server with its
// profile. Everything here runs before any SSH traffic.
class PlanCommandLine
{
public:
    // confirmHelp: what --confirm expects; empty: the command has no --confirm.
    PlanCommandLine(QCommandLineParser& parser, const QString& confirmHelp = {});

    // Parses `command args`. False (usage printed) unless there is exactly one SERVER, the
    // `required` option is set and exactly one of --plan and --yes is given.
    bool parse(CliContext& context, const QString& command, const QStringList& args,
               const QCommandLineOption& required, const QString& usage);
    // Finds SERVER in the fleet and its profile: 0, or the exit code after printing why.
    int resolveServer(CliContext& context);

    const Server& server() const { return m_server; }
    const ServerProfile& profile() const { return m_profile; }
    PlanCommandOptions options() const; // json, run and confirmation from the command line

private:
    QCommandLineParser& m_parser;
    QCommandLineOption m_plan;
    QCommandLineOption m_json;
    QCommandLineOption m_yes;
    QCommandLineOption m_confirm;
    bool m_hasConfirm;
    Server m_server;
    ServerProfile m_profile;
};

int printOrRunPlan(CliContext& context, const Server& server, const ServerProfile& profile,
                   const Plan& plan, const PlanCommandOptions& options);

} // namespace vigie::cli
