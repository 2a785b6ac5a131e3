#include "CliContext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::cli {

namespace {
struct ServersCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServersCommand)
};
} // namespace

int runServersCommand(CliContext& context, const QStringList& allArgs)
{
    if (allArgs.isEmpty()) {
        context.printError(ServersCommand::tr("servers: missing subcommand"));
        return 2;
    }
    const QString sub = allArgs.first();
    if (!context.loadState())
        return 1;
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), ServersCommand::tr("Server name."),
                                        ServersCommand::tr("name"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        ServersCommand::tr("Host name or address."),
                                        ServersCommand::tr("host"));
    const QCommandLineOption portOption(QStringLiteral("port"), ServersCommand::tr("SSH port."),
                                        ServersCommand::tr("port"), QStringLiteral("22"));
    const QCommandLineOption userOption(QStringLiteral("user"), ServersCommand::tr("Login user."),
                                        ServersCommand::tr("user"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
                                       ServersCommand::tr("Key from the keychain."),
                                       ServersCommand::tr("name"));
    const QCommandLineOption agentOption(QStringLiteral("agent"),
                                         ServersCommand::tr("Use the SSH agent."));
    const QCommandLineOption groupOption(QStringLiteral("group"), ServersCommand::tr("Group."),
                                         ServersCommand::tr("group"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), ServersCommand::tr("JSON output."));
    parser.addOptions({nameOption, hostOption, portOption, userOption, keyOption, agentOption,
                       groupOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("servers")} + allArgs.mid(1))) {
        context.printError(parser.errorText());
        return 2;
    }
    Fleet& fleet = context.fleet();
    if (sub == QLatin1String("add")) {
        Server server;
        server.name = parser.value(nameOption);
        server.host = parser.value(hostOption);
        const uint port = parser.value(portOption).toUInt();
        server.port = port > 0 && port < 65536 ? quint16(port) : 0;
        server.user = parser.value(userOption);
        server.auth = parser.isSet(agentOption) ? Server::Auth::Agent : Server::Auth::Key;
        server.keyName = parser.value(keyOption);
        server.group = parser.value(groupOption);
        if (server.auth == Server::Auth::Key && !server.keyName.isEmpty() &&
            !context.keyRing().find(server.keyName)) {
            context.printError(
                ServersCommand::tr("no key named %1 in the keychain").arg(server.keyName));
            return 1;
        }
        if (const QString error = fleet.add(server); !error.isEmpty()) {
            context.printError(error);
            return 1;
        }
        context.err() << ServersCommand::tr("Added %1 (%2)").arg(server.name, server.address())
                      << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("list")) {
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const Server& server : fleet.servers())
                array.append(server.toJson());
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
            return 0;
        }
        for (const Server& server : fleet.servers()) {
            context.out() << server.name << '\t' << server.address() << '\t'
                          << (server.auth == Server::Auth::Agent ? ServersCommand::tr("agent")
                                                                 : server.keyName)
                          << '\t' << server.group << Qt::endl;
        }
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.printError(ServersCommand::tr("servers remove needs exactly one NAME"));
            return 2;
        }
        const auto server = fleet.find(positional.first());
        if (!server) {
            context.printError(ServersCommand::tr("no server named %1").arg(positional.first()));
            return 1;
        }
        if (const QString error = fleet.remove(server->id); !error.isEmpty()) {
            context.printError(error);
            return 1;
        }
        return 0;
    }
    context.printError(ServersCommand::tr("servers: unknown subcommand %1").arg(sub));
    return 2;
}

} // namespace vigie::cli
