#include "CliContext.h"
#include "PlanCommand.h"

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
    parser.addOptions({nameOption, subdomainOption, idOption});
    PlanCommandLine line(parser);
    const QString usage = ProvisionCommand::tr(
        "usage: vigie-cli provision SERVER --name NAME [--subdomain LABEL] [--tenant-id UUID] "
        "(--plan [--json] | --yes)");
    if (!line.parse(context, QStringLiteral("provision"), args, nameOption, usage))
        return 2;
    if (const int code = line.resolveServer(context))
        return code;
    const Server& server = line.server();
    const ServerProfile& profile = line.profile();
    QString error;
    ProvisionRequest request;
    request.name = parser.value(nameOption);
    request.subdomain = parser.value(subdomainOption);
    request.tenantId = parser.value(idOption);
    const Plan plan = ProvisionPlanner::plan(profile, request, &error);
    if (plan.steps.isEmpty()) {
        context.printError(error);
        return 2;
    }
    return printOrRunPlan(context, server, profile, plan, line.options());
}

} // namespace vigie::cli
