#include "CliContext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ServersCommand", text);
}
} // namespace

int runServersCommand(CliContext& context, const QStringList& allArgs)
{
    if (allArgs.isEmpty()) {
        context.printError(tr("servers: missing subcommand"));
        return 2;
    }
    const QString sub = allArgs.first();
    if (!context.loadState())
        return 1;
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Server name."), tr("name"));
    const QCommandLineOption hostOption(QStringLiteral("host"), tr("Host name or address."),
                                        tr("host"));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("SSH port."), tr("port"),
                                        QStringLiteral("22"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("Login user."), tr("user"));
    const QCommandLineOption keyOption(QStringLiteral("key"), tr("Key from the keychain."),
                                       tr("name"));
    const QCommandLineOption agentOption(QStringLiteral("agent"), tr("Use the SSH agent."));
    const QCommandLineOption groupOption(QStringLiteral("group"), tr("Group."), tr("group"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("JSON output."));
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
            context.printError(tr("no key named %1 in the keychain").arg(server.keyName));
            return 1;
        }
        if (const QString error = fleet.add(server); !error.isEmpty()) {
            context.printError(error);
            return 1;
        }
        context.err() << tr("Added %1 (%2)").arg(server.name, server.address()) << Qt::endl;
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
                          << (server.auth == Server::Auth::Agent ? tr("agent") : server.keyName)
                          << '\t' << server.group << Qt::endl;
        }
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.printError(tr("servers remove needs exactly one NAME"));
            return 2;
        }
        const auto server = fleet.find(positional.first());
        if (!server) {
            context.printError(tr("no server named %1").arg(positional.first()));
            return 1;
        }
        if (const QString error = fleet.remove(server->id); !error.isEmpty()) {
            context.printError(error);
            return 1;
        }
        return 0;
    }
    context.printError(tr("servers: unknown subcommand %1").arg(sub));
    return 2;
}

} // namespace vigie::cli
