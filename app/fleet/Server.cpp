#include "Server.h"

#include "ssh/KnownHosts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace vigie {

QString Server::address() const
{
    QString text = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    if (port != 22)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

QJsonObject Server::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("host"), host},
                     {QStringLiteral("port"), int(port)},
                     {QStringLiteral("user"), user},
                     {QStringLiteral("auth"),
                      auth == Auth::Agent ? QStringLiteral("agent") : QStringLiteral("key")}};
    if (auth == Auth::Key)
        json.insert(QStringLiteral("key"), keyName);
    if (!group.isEmpty())
        json.insert(QStringLiteral("group"), group);
    if (!profileId.isEmpty())
        json.insert(QStringLiteral("profile"), profileId);
    if (!ignoredAreas.isEmpty())
        json.insert(QStringLiteral("ignoredAreas"), QJsonArray::fromStringList(ignoredAreas));
    return json;
}

Server Server::fromJson(const QJsonObject& json)
{
    Server server;
    server.id = json.value(QStringLiteral("id")).toString();
    server.name = json.value(QStringLiteral("name")).toString();
    server.host = json.value(QStringLiteral("host")).toString();
    const int port = json.value(QStringLiteral("port")).toInt(22);
    server.port = port > 0 && port < 65536 ? quint16(port) : 0;
    server.user = json.value(QStringLiteral("user")).toString();
    server.auth = json.value(QStringLiteral("auth")).toString() == QLatin1String("agent")
                      ? Auth::Agent
                      : Auth::Key;
    server.keyName = json.value(QStringLiteral("key")).toString();
    server.group = json.value(QStringLiteral("group")).toString();
    server.profileId = json.value(QStringLiteral("profile")).toString();
    for (const QJsonValue& area : json.value(QStringLiteral("ignoredAreas")).toArray()) {
        if (area.isString() && !server.ignoredAreas.contains(area.toString()))
            server.ignoredAreas.append(area.toString());
    }
    return server;
}

QString Server::validate() const
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("Server", text);
    };
    if (name.trimmed().isEmpty())
        return tr("The server needs a name.");
    // Host names and IP literals only: no spaces, no shell or ssh option characters, nothing
    // that would make a known_hosts entry a wildcard or a second line.
    if (!KnownHosts::isValidHostName(host))
        return tr("The host must be a host name or an IP address.");
    if (port == 0)
        return tr("The port must be between 1 and 65535.");
    // Anchored whole: '$' would also accept a final newline, which splits the login line.
    static const QRegularExpression userRe(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z_][a-z0-9_.-]{0,31}")));
    if (!userRe.match(user).hasMatch())
        return tr("The user name is not a valid Unix login name.");
    if (auth == Auth::Key && keyName.isEmpty())
        return tr("Choose a key from the keychain, or the SSH agent.");
    return {};
}

} // namespace vigie
