#include "CliContext.h"
#include "PlanCommand.h"

#include "fleet/ProfileStore.h"
#include "ops/ProvisionPlanner.h"

#include <QCommandLineParser>

namespace vigie::cli {

namespace {
struct ProvisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProvisionCommand)
};
} // namespace

// vigie-cli provision SERVER --name NAME [--subdomain S] [--tenant-id UUID] (--plan [--json] |
// --yes) Every name is checked before any SSH traffic: a refused name never reaches the server.
int runProvisionCommand(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        ProvisionCommand::tr("The tenant's display name."),
                                        ProvisionCommand::tr("name"));
    const QCommandLineOption subdomainOption(
        QStringLiteral("subdomain"),
        ProvisionCommand::tr("The tenant's subdomain (default: suggested from the name)."),
        ProvisionCommand::tr("label"));
    const QCommandLineOption idOption(QStringLiteral("tenant-id"),
                                      ProvisionCommand::tr("The new tenant's UUID (default: a "
                                                           "new one)."),
                                      ProvisionCommand::tr("uuid"));
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        ProvisionCommand::tr("Print the plan and stop."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        ProvisionCommand::tr("With --plan: print it as JSON."));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       ProvisionCommand::tr("Run the plan without questions."));
    parser.addOptions({nameOption, subdomainOption, idOption, planOption, jsonOption, yesOption});
    const QString usage = ProvisionCommand::tr(
        "usage: vigie-cli provision SERVER --name NAME [--subdomain LABEL] [--tenant-id UUID] "
        "(--plan [--json] | --yes)");
    if (!parser.parse(QStringList{QStringLiteral("provision")} + args) ||
        parser.positionalArguments().size() != 1 || !parser.isSet(nameOption) ||
        parser.isSet(planOption) == parser.isSet(yesOption)) {
        if (!parser.errorText().isEmpty())
            context.printError(parser.errorText());
        context.printError(usage);
        return 2;
    }
    if (!context.loadState())
        return 1;
    const QString serverName = parser.positionalArguments().first();
    const auto server = context.fleet().find(serverName);
    if (!server) {
        context.printError(ProvisionCommand::tr("no server named %1").arg(serverName));
        return 2;
    }
    QString error;
    const ServerProfile profile = ProfileStore().profileFor(*server, &error);
    if (!error.isEmpty()) {
        context.printError(error);
        return 1;
    }
    ProvisionRequest request;
    request.name = parser.value(nameOption);
    request.subdomain = parser.value(subdomainOption);
    request.tenantId = parser.value(idOption);
    const Plan plan = ProvisionPlanner::plan(profile, request, &error);
    if (plan.steps.isEmpty()) {
        context.printError(error);
        return 2;
    }
    PlanCommandOptions options;
    options.json = parser.isSet(jsonOption);
    options.run = parser.isSet(yesOption);
    return printOrRunPlan(context, *server, profile, plan, options);
}

} // namespace vigie::cli
