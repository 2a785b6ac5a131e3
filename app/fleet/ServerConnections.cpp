#include "ServerConnections.h"

#include "core/AppPaths.h"
#include "secrets/KeyRing.h"
#include "ssh/SshConnection.h"

namespace vigie {

ServerConnections::ServerConnections(SshEngine* engine, KeyRing* keyRing, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_keyRing(keyRing)
{}

ConnectionSettings ServerConnections::settingsFor(const Server& server) const
{
    ConnectionSettings settings;
    settings.host = server.host;
    settings.port = server.port;
    settings.user = server.user;
    settings.connectTimeoutMs = m_connectTimeoutMs;
    settings.keepaliveIntervalS = m_keepaliveIntervalS;
    settings.credentialsTimeoutMs = m_credentialsTimeoutMs;
    settings.knownHostsFile =
        m_knownHostsFile.isEmpty() ? AppPaths::knownHostsFile() : m_knownHostsFile;
    settings.readOnlyKnownHostsFiles = {AppPaths::userKnownHostsFile()};
    settings.credentials.method = server.auth == Server::Auth::Agent ? SshCredentials::Method::Agent
                                                                     : SshCredentials::Method::Key;
    settings.credentials.keyName = server.keyName;
    return settings;
}

SshConnection* ServerConnections::connectionFor(const Server& server)
{
    Entry& entry = m_connections[server.id];
    if (entry.connection && entry.serverJson == server.toJson())
        return entry.connection;
    delete entry.connection;
    entry.serverJson = server.toJson();
    auto* connection = new SshConnection(m_engine, settingsFor(server), this);
    if (server.auth == Server::Auth::Key) {
        KeyRing* keyRing = m_keyRing;
        const QString keyName = server.keyName;
        const QString host = server.host;
        const quint16 port = server.port;
        connection->setCredentialsProvider(
            [keyRing, keyName, host, port](QObject* context, SshConnection::CredentialsReady done) {
                keyRing->loadPrivateKey(
                    keyName, context,
                    [done, keyName, host, port](const PrivateKeyMaterial& material) {
                        SshCredentials credentials;
                        credentials.method = SshCredentials::Method::Key;
                        credentials.keyName = keyName;
                        if (!material.ok()) {
                            done(credentials, SshError::make(SshError::Code::KeyUnavailable, host,
                                                             port, material.error));
                            return;
                        }
                        credentials.privateKey = material.privateKey; // shared, not copied
                        credentials.passphrase = material.passphrase;
                        credentials.publicKey = material.key.publicKey;
                        credentials.encrypted = material.key.encrypted;
                        done(credentials, {});
                    });
            });
    }
    entry.connection = connection;
    emit connectionCreated(server, connection);
    return connection;
}

void ServerConnections::drop(const QString& serverId)
{
    const Entry entry = m_connections.take(serverId);
    delete entry.connection;
}

} // namespace vigie
