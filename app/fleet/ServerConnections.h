#pragma once

#include "Server.h"
#include "ssh/SshTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace vigie {

class KeyRing;
class SshConnection;
class SshEngine;

// One persistent SshConnection per server, with credentials read from the keychain at each
// (re)connection and Vigie's known_hosts files.
class ServerConnections : public QObject
{
    Q_OBJECT
public:
    ServerConnections(SshEngine* engine, KeyRing* keyRing, QObject* parent = nullptr);

    // The connection for this server; a new one when the server's address or key changed.
    SshConnection* connectionFor(const Server& server);
    void drop(const QString& serverId);

    ConnectionSettings settingsFor(const Server& server) const;
    // Applies to connections made from now on.
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    void setKeepaliveIntervalS(int seconds) { m_keepaliveIntervalS = seconds; }
    void setCredentialsTimeoutMs(int ms) { m_credentialsTimeoutMs = ms; }
    // Empty: AppPaths::knownHostsFile().
    void setKnownHostsFile(const QString& file) { m_knownHostsFile = file; }

signals:
    // A new connection object (first use, or the server's address or key changed): the GUI
    // attaches its host-key and passphrase prompts here, whoever asked for the connection.
    void connectionCreated(const vigie::Server& server, vigie::SshConnection* connection);

private:
    SshEngine* m_engine;
    KeyRing* m_keyRing;
    int m_connectTimeoutMs = 15000;
    int m_keepaliveIntervalS = 15;
    int m_credentialsTimeoutMs = ConnectionSettings().credentialsTimeoutMs;
    QString m_knownHostsFile;
    struct Entry
    {
        QJsonObject serverJson;
        QPointer<SshConnection> connection;
    };
    QHash<QString, Entry> m_connections;
};

} // namespace vigie
