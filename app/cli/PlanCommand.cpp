#include "PlanCommand.h"

#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "ops/RunController.h"

#include <QJsonDocument>

#include <cstdio>

namespace vigie::cli {

namespace {
struct PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)
};
} // namespace

PlanCommandLine::PlanCommandLine(QCommandLineParser& parser, const QString& confirmHelp)
    : m_parser(parser)
    , m_plan(QStringLiteral("plan"), PlanCommand::tr("Print the plan and stop."))
    , m_json(QStringLiteral("json"), PlanCommand::tr("With --plan: print it as JSON."))
    , m_yes(QStringLiteral("yes"), PlanCommand::tr("Run the plan without questions."))
    , m_confirm(QStringLiteral("confirm"), confirmHelp, PlanCommand::tr("name"))
    , m_hasConfirm(!confirmHelp.isEmpty())
{
    parser.addOptions({m_plan, m_json, m_yes});
    if (m_hasConfirm)
        parser.addOption(m_confirm);
}

bool PlanCommandLine::parse(CliContext& context, const QString& command, const QStringList& args,
                            const QCommandLineOption& required, const QString& usage)
{
    if (m_parser.parse(QStringList{command} + args) && m_parser.positionalArguments().size() == 1 &&
        m_parser.isSet(required) && m_parser.isSet(m_plan) != m_parser.isSet(m_yes))
        return true;
    if (!m_parser.errorText().isEmpty())
        context.printError(m_parser.errorText());
    context.printError(usage);
    return false;
}

int PlanCommandLine::resolveServer(CliContext& context)
{
    if (!context.loadState())
        return 1;
    const QString name = m_parser.positionalArguments().first();
    const std::optional<Server> server = context.fleet().find(name);
    if (!server) {
        context.printError(PlanCommand::tr("no server named %1").arg(name));
        return 2;
    }
    m_server = *server;
    QString error;
    m_profile = ProfileStore().profileFor(m_server, &error);
    if (!error.isEmpty()) {
        context.printError(error);
        return 1;
    }
    return 0;
}

PlanCommandOptions PlanCommandLine::options() const
{
    PlanCommandOptions options;
    options.json = m_parser.isSet(m_json);
    options.run = m_parser.isSet(m_yes);
    if (m_hasConfirm)
        options.confirmation = m_parser.value(m_confirm);
    return options;
}

int printOrRunPlan(CliContext& context, const Server& server, const ServerProfile& profile,
                   const Plan& plan, const PlanCommandOptions& options)
{
    if (!options.run) {
        if (options.json)
            context.out() << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
        else
            context.out() << plan.toText();
        context.out() << Qt::flush;
        return 0;
    }
    if (!plan.confirmationWord.isEmpty() && options.confirmation != plan.confirmationWord) {
        context.printError(PlanCommand::tr("this plan has destructive steps: add --confirm %1")
                               .arg(plan.confirmationWord));
        return 4;
    }
    auto* connections = new ServerConnections(&context.engine(), &context.keyRing(), qApp);
    auto* controller = new RunController(connections->connectionFor(server), qApp);
    controller->setRunsDirectory(profile.runsDirectory);
    QObject::connect(controller, &RunController::started, controller,
                     [&context](const QString& runId) {
                         context.err() << PlanCommand::tr("run %1 started").arg(runId) << Qt::endl;
                     });
    QObject::connect(
        controller, &RunController::logReceived, controller,
        [&context](const QString& text) { context.writeRemote(stdout, text.toUtf8()); });
    QObject::connect(
        controller, &RunController::refused, controller, [&context](const LockHolder& holder) {
            context.printError(holder.stale
                                   ? PlanCommand::tr("%1 is locked by run %2 (%3), which died "
                                                     "without releasing it")
                                         .arg(holder.target, holder.runId, holder.operatorName)
                                   : PlanCommand::tr("%1 is locked by run %2 of %3")
                                         .arg(holder.target, holder.runId, holder.operatorName));
            CliContext::finish(3);
        });
    QObject::connect(controller, &RunController::failedToStart, controller,
                     [&context](const QString& message) {
                         context.printError(message);
                         CliContext::finish(1);
                     });
    QObject::connect(
        controller, &RunController::finished, controller,
        [&context, plan, options](const RunRecord& record) {
            context.finishRemote();
            context.err()
                << PlanCommand::tr("run %1: %2").arg(record.id, runStateText(record.state))
                << Qt::endl;
            if (record.state == RunRecord::State::Failed && record.failedStep >= 0) {
                const Plan undo = plan.undoPlan(record.failedStep);
                if (!undo.steps.isEmpty())
                    context.err() << PlanCommand::tr("To undo what succeeded:") << '\n'
                                  << undo.toText() << Qt::flush;
            }
            if (record.state != RunRecord::State::Succeeded && !options.failureHint.isEmpty() &&
                record.failedStep >= options.failureHintFromStep)
                context.err() << options.failureHint << Qt::endl;
            CliContext::finish(record.state == RunRecord::State::Succeeded ? 0 : 1);
        });
    controller->start(plan);
    return -1;
}

} // namespace vigie::cli
