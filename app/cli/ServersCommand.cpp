#include "CliContext.h"

#include "fleet/ProfileStore.h"
#include "fleet/SshConfigImport.h"
#include "probe/Assessment.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::cli {

namespace {
struct ServersCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServersCommand)
};
// Adds every Host of an ssh_config as a server; with importKeys, each IdentityFile goes into
// the keychain (named after the file) and becomes the server's key.
int importSshConfig(CliContext& context, QString path, bool importKeys, bool yes)
{
    if (path.isEmpty())
        path = QDir::homePath() + QStringLiteral("/.ssh/config");
    QString error;
    const QList<SshConfigImport::Candidate> candidates = SshConfigImport::readFile(path, &error);
    if (!error.isEmpty()) {
        context.printError(error);
        return 1;
    }
    if (!yes && !CliContext::stdinIsTerminal()) {
        for (const auto& candidate : candidates)
            context.out() << candidate.server.name << '\t' << candidate.server.address()
                          << Qt::endl;
        context.err() << ServersCommand::tr("Nothing added: pass --yes to add these servers.")
                      << Qt::endl;
        return 0;
    }
    auto pendingKeys = std::make_shared<int>(0);
    auto failures = std::make_shared<int>(0);
    for (SshConfigImport::Candidate candidate : candidates) {
        for (const QString& warning : std::as_const(candidate.warnings))
            context.err() << candidate.server.name << ": " << warning << Qt::endl;
        if (context.fleet().find(candidate.server.name)) {
            context.err()
                << ServersCommand::tr("%1 already exists: skipped").arg(candidate.server.name)
                << Qt::endl;
            continue;
        }
        QString keyName;
        for (const QString& identity : std::as_const(candidate.identityFiles)) {
            if (!QFile::exists(identity))
                continue;
            const QString name = QFileInfo(identity).fileName();
            if (const auto existing = context.keyRing().find(name)) {
                keyName = existing->name;
                break;
            }
            if (importKeys) {
                keyName = name;
                ++*pendingKeys;
                context.keyRing().importFile(
                    name, identity, {}, false, &context.keyRing(),
                    [&context, pendingKeys, failures, name](const KeyResult& result) {
                        if (!result.ok()) {
                            context.printError(name + QStringLiteral(": ") + result.error);
                            ++*failures;
                        }
                        if (--*pendingKeys == 0)
                            CliContext::finish(*failures ? 1 : 0);
                    });
                break;
            }
        }
        candidate.server.keyName = keyName;
        if (keyName.isEmpty())
            candidate.server.auth = Server::Auth::Agent; // no key available: the agent may have it
        if (const QString added = context.fleet().add(candidate.server); !added.isEmpty()) {
            context.printError(candidate.server.name + QStringLiteral(": ") + added);
            ++*failures;
            continue;
        }
        context.err() << ServersCommand::tr("Added %1 (%2)")
                             .arg(candidate.server.name, candidate.server.address())
                      << Qt::endl;
    }
    if (*pendingKeys > 0)
        return -1;
    return *failures ? 1 : 0;
}

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
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           ServersCommand::tr("Built-in profile preset."),
                                           ServersCommand::tr("preset"));
    const QCommandLineOption profileFileOption(QStringLiteral("profile-file"),
                                               ServersCommand::tr("Profile JSON file to copy."),
                                               ServersCommand::tr("file"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"), ServersCommand::tr("ssh_config file."), ServersCommand::tr("file"));
    const QCommandLineOption importKeysOption(
        QStringLiteral("import-keys"),
        ServersCommand::tr("Import each IdentityFile into the keychain."));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       ServersCommand::tr("Add every host without asking."));
    parser.addOptions({nameOption, hostOption, portOption, userOption, keyOption, agentOption,
                       groupOption, jsonOption, profileOption, profileFileOption, fileOption,
                       importKeysOption, yesOption});
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
        std::optional<ServerProfile> ownProfile;
        if (parser.isSet(profileFileOption)) {
            QFile file(parser.value(profileFileOption));
            const QJsonDocument document = file.open(QIODevice::ReadOnly)
                                               ? QJsonDocument::fromJson(file.readAll())
                                               : QJsonDocument();
            QString profileError;
            if (document.isObject())
                ownProfile = ServerProfile::fromJson(document.object(), &profileError);
            if (!document.isObject() || !profileError.isEmpty()) {
                context.printError(ServersCommand::tr("%1 is not a valid profile: %2")
                                       .arg(file.fileName(), profileError));
                return 1;
            }
            server.profileId = QStringLiteral("custom");
        } else if (parser.isSet(profileOption)) {
            server.profileId = parser.value(profileOption);
            if (!ProfileStore::preset(server.profileId)) {
                QStringList ids;
                for (const ServerProfile& preset : ProfileStore::presets())
                    ids.append(preset.id);
                context.printError(ServersCommand::tr("unknown profile %1 (presets: %2)")
                                       .arg(server.profileId, ids.join(QStringLiteral(", "))));
                return 1;
            }
        }
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
        if (ownProfile) {
            QString error;
            if (!ProfileStore().save(*fleet.find(server.name), *ownProfile, &error)) {
                context.printError(error);
                return 1;
            }
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
        ProfileStore().remove(*server);
        return 0;
    }
    if (sub == QLatin1String("ignore")) {
        // servers ignore NAME [AREA ...]: exactly these areas are ignored when not watched
        // (none given: none ignored).
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty()) {
            context.printError(
                ServersCommand::tr("usage: vigie-cli servers ignore NAME [AREA ...]"));
            return 2;
        }
        std::optional<Server> server = fleet.find(positional.first());
        if (!server) {
            context.printError(ServersCommand::tr("no server named %1").arg(positional.first()));
            return 1;
        }
        QStringList areas;
        for (const QString& id : positional.mid(1)) {
            if (!Assessment::areaFromId(id)) {
                context.printError(
                    ServersCommand::tr("unknown area %1 (areas: services, certificates, "
                                       "backups, tenants)")
                        .arg(id));
                return 2;
            }
            if (!areas.contains(id))
                areas.append(id);
        }
        server->ignoredAreas = areas;
        if (const QString error = fleet.update(*server); !error.isEmpty()) {
            context.printError(error);
            return 1;
        }
        return 0;
    }
    if (sub == QLatin1String("import-ssh-config"))
        return importSshConfig(context, parser.value(fileOption), parser.isSet(importKeysOption),
                               parser.isSet(yesOption));
    context.printError(ServersCommand::tr("servers: unknown subcommand %1").arg(sub));
    return 2;
}

} // namespace vigie::cli
