#include "CliContext.h"

#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "fleet/ServiceCommands.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"

#include <QCommandLineParser>

#include <cstdio>

namespace vigie::cli {

namespace {
struct LogsCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogsCommand)
};
} // namespace

int runLogsCommand(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption followOption(QStringLiteral("follow"),
                                          LogsCommand::tr("Keep printing new lines."));
    const QCommandLineOption linesOption(QStringLiteral("lines"), LogsCommand::tr("Lines to show."),
                                         LogsCommand::tr("count"), QStringLiteral("100"));
    parser.addOptions({followOption, linesOption});
    if (!parser.parse(QStringList{QStringLiteral("logs")} + args) ||
        parser.positionalArguments().size() != 2) {
        context.printError(parser.errorText().isEmpty()
                               ? LogsCommand::tr("usage: vigie-cli logs SERVER SOURCE [--follow]")
                               : parser.errorText());
        return 2;
    }
    if (!context.loadState())
        return 1;
    const auto server = context.fleet().find(parser.positionalArguments().at(0));
    if (!server) {
        context.printError(
            LogsCommand::tr("no server named %1").arg(parser.positionalArguments().at(0)));
        return 2;
    }
    const ServerProfile profile = ProfileStore().profileFor(*server);
    QString error;
    const QString command = ServiceCommands::logTail(profile, parser.positionalArguments().at(1),
                                                     parser.value(linesOption).toInt(),
                                                     parser.isSet(followOption), &error);
    if (command.isEmpty()) {
        context.printError(error);
        context.err()
            << LogsCommand::tr("Sources: %1")
                   .arg(ServiceCommands::logSources(profile, {}).join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    auto* connections = new ServerConnections(&context.engine(), &context.keyRing(), qApp);
    ExecJob* job = connections->connectionFor(*server)->exec(command);
    QObject::connect(job, &ExecJob::stdoutReceived, job,
                     [&context](const QByteArray& data) { context.writeRemote(stdout, data); });
    QObject::connect(job, &ExecJob::stderrReceived, job,
                     [&context](const QByteArray& data) { context.writeRemote(stderr, data); });
    QObject::connect(job, &ExecJob::finished, job, [&context](const ExecResult& result) {
        context.finishRemote();
        if (!result.succeeded())
            context.printError(result.describe());
        CliContext::finish(result.succeeded() ? 0 : 1);
    });
    return -1;
}

} // namespace vigie::cli
