#include "CliContext.h"

#include "core/AppPaths.h"
#include "fleet/ServerConnections.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"

#include <QCommandLineParser>
#include <QFile>

#include <csignal>

namespace vigie::cli {

namespace {

struct ExecCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExecCommand)
};

// Like a shell: 128 + the signal number for a command killed by a signal.
int exitCodeForSignal(const QString& name)
{
    static const QHash<QString, int> numbers = {
        {QStringLiteral("HUP"), 1},   {QStringLiteral("INT"), 2},   {QStringLiteral("QUIT"), 3},
        {QStringLiteral("ABRT"), 6},  {QStringLiteral("KILL"), 9},  {QStringLiteral("SEGV"), 11},
        {QStringLiteral("PIPE"), 13}, {QStringLiteral("ALRM"), 14}, {QStringLiteral("TERM"), 15}};
    return 128 + numbers.value(name, 127);
}

} // namespace

int runExecCommand(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption portOption(QStringLiteral("port"), ExecCommand::tr("SSH port."),
                                        ExecCommand::tr("port"));
    const QCommandLineOption keyOption(
        QStringLiteral("key"), ExecCommand::tr("Key from the keychain."), ExecCommand::tr("name"));
    const QCommandLineOption agentOption(QStringLiteral("agent"),
                                         ExecCommand::tr("Use the SSH agent."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           ExecCommand::tr("Connection timeout in seconds."),
                                           ExecCommand::tr("seconds"), QStringLiteral("15"));
    parser.addOptions({portOption, keyOption, agentOption, timeoutOption});
    if (!parser.parse(QStringList{QStringLiteral("exec")} + args)) {
        context.printError(parser.errorText());
        return 2;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        context.printError(
            ExecCommand::tr("usage: vigie-cli exec [options] USER@HOST -- COMMAND..."));
        return 2;
    }
    if (!context.loadState())
        return 1;

    const QString target = positional.takeFirst();
    const QString command = positional.join(QLatin1Char(' '));

    // A server of the fleet by name, or USER@HOST with options.
    Server server;
    if (const auto known = context.fleet().find(target)) {
        server = *known;
    } else {
        const qsizetype at = target.lastIndexOf(QLatin1Char('@'));
        if (at <= 0) {
            context.printError(
                ExecCommand::tr("%1 is neither a server of the fleet nor USER@HOST").arg(target));
            return 2;
        }
        server.name = target;
        server.user = target.left(at);
        server.host = target.mid(at + 1);
        server.port = 22;
        server.auth = Server::Auth::Key;
        if (context.keyRing().keys().size() == 1)
            server.keyName = context.keyRing().keys().first().name;
    }
    if (parser.isSet(portOption)) {
        const uint port = parser.value(portOption).toUInt();
        if (port == 0 || port > 65535) {
            context.printError(ExecCommand::tr("invalid port: %1").arg(parser.value(portOption)));
            return 2;
        }
        server.port = quint16(port);
    }
    if (parser.isSet(agentOption)) {
        server.auth = Server::Auth::Agent;
    } else if (parser.isSet(keyOption)) {
        server.auth = Server::Auth::Key;
        server.keyName = parser.value(keyOption);
    }
    if (server.auth == Server::Auth::Key && !context.keyRing().find(server.keyName)) {
        context.printError(
            server.keyName.isEmpty()
                ? ExecCommand::tr(
                      "choose a key with --key NAME (see vigie-cli keys list) or --agent")
                : ExecCommand::tr("no key named %1 in the keychain").arg(server.keyName));
        return 2;
    }
    if (const QString invalid = server.validate(); !invalid.isEmpty()) {
        context.printError(invalid);
        return 2;
    }

    QByteArray stdinData;
    if (!CliContext::stdinIsTerminal()) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            stdinData = in.readAll();
    }

    auto* connections = new ServerConnections(&context.engine(), &context.keyRing(), qApp);
    const int timeoutSeconds = parser.value(timeoutOption).toInt();
    if (timeoutSeconds > 0)
        connections->setConnectTimeoutMs(timeoutSeconds * 1000);
    SshConnection* connection = connections->connectionFor(server);
    if (CliContext::stdinIsTerminal()) {
        QObject::connect(
            connection, &SshConnection::passphraseNeeded, connection,
            [connection](const QString& keyName, bool wrong) {
                const QString prompt =
                    wrong ? ExecCommand::tr("Wrong passphrase. Passphrase for %1: ").arg(keyName)
                          : ExecCommand::tr("Passphrase for %1: ").arg(keyName);
                connection->providePassphrase(CliContext::readSecretLine(prompt));
            });
    }
    ExecJob* job = connection->exec(command, stdinData);
    QObject::connect(job, &ExecJob::stdoutReceived, job,
                     [&context](const QByteArray& data) { context.writeRemote(stdout, data); });
    QObject::connect(job, &ExecJob::stderrReceived, job,
                     [&context](const QByteArray& data) { context.writeRemote(stderr, data); });
    QObject::connect(job, &ExecJob::finished, job, [&context](const ExecResult& result) {
        context.finishRemote();
        switch (result.outcome) {
        case ExecResult::Outcome::Exited:
            CliContext::finish(result.exitCode);
            return;
        case ExecResult::Outcome::Signalled:
            context.printError(result.describe());
            CliContext::finish(exitCodeForSignal(result.signalName));
            return;
        default:
            if (result.error.code == SshError::Code::HostKeyUnknown) {
                context.printError(ExecCommand::tr("%1 Run: vigie-cli hosts trust --port %2 %3")
                                       .arg(result.error.message())
                                       .arg(result.error.port)
                                       .arg(result.error.host));
            } else {
                context.printError(result.describe());
            }
            CliContext::finish(255);
            return;
        }
    });
    return -1;
}

} // namespace vigie::cli
