#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vigie {

// A server of the fleet as the operator described it. No secrets: the key is named, its
// material lives in the keychain.
struct Server
{
    Q_DECLARE_TR_FUNCTIONS(Server)

public:
    enum class Auth
    {
        Key,
        Agent
    };

    QString id; // stable, independent of renames
    QString name;
    QString host;
    quint16 port = 22;
    QString user;
    Auth auth = Auth::Key;
    QString keyName; // for Auth::Key
    QString group;
    // A built-in preset ("pm2-nginx-postgres", "docker-compose") or "custom": the server's own
    // profile file in the config dir (see ProfileStore).
    QString profileId;
    // Areas ("services", "certificates", "backups", "tenants") the operator chose not to watch on
    // this server: their "not watched" does not count in the server's worst state.
    QStringList ignoredAreas;

    QString address() const; // "user@host:port" for display
    QJsonObject toJson() const;
    static Server fromJson(const QJsonObject& json);
    // Translated reason, empty when valid.
    QString validate() const;
};

} // namespace vigie
