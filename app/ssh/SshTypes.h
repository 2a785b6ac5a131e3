#pragma once

#include "PublicKey.h"
#include "SshError.h"
#include "secrets/SecureBytes.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace vigie {

// How to log in. Key material is handed over in memory only (from the keychain).
struct SshCredentials
{
    enum class Method
    {
        Key,
        Agent
    };
    Method method = Method::Key;
    QString keyName; // for messages only
    // Shared, never copied: every copy of the credentials (queued to the I/O thread, kept by
    // a provider's lambda) points to the same SecretBytes, wiped when the last one goes.
    SharedSecret privateKey; // OpenSSH or PEM private key file contents
    SharedSecret passphrase; // empty: none known yet (asked if the key is encrypted)
    PublicKey publicKey;
    bool encrypted = false;
    int maxAgentIdentities = 5; // stay under the server's MaxAuthTries (fail2ban)
};

struct ConnectionSettings
{
    QString host;
    quint16 port = 22;
    QString user;
    SshCredentials credentials;
    int connectTimeoutMs = 15000; // TCP connect + handshake + authentication
    // Reading the key from the keychain, before any network traffic. Longer than the connect
    // timeout: a locked keychain may be waiting for the operator to type its password.
    int credentialsTimeoutMs = 60000;
    int keepaliveIntervalS = 15;
    int keepaliveCountMax = 3; // dead peer after interval * count without a byte
    QString knownHostsFile;    // Vigie's own, writable
    QStringList readOnlyKnownHostsFiles;
};

// First contact (or a key type never seen for this host): the operator decides.
struct HostKeyPrompt
{
    QString host;
    quint16 port = 0;
    PublicKey key;
    QStringList otherKnownTypes; // non-empty: keys of other types are known for this host
    QString knownHostsFile;      // where an accepted key will be written
};

struct ExecResult
{
    enum class Outcome
    {
        Exited,    // exit status known
        Signalled, // killed by a signal, name known
        Unknown,   // the command may or may not have finished: never treat as success
        Cancelled, // the operator cancelled it
        Failed,    // it could not be started
    };
    Outcome outcome = Outcome::Unknown;
    int exitCode = -1;
    QString signalName; // "KILL", "TERM"...
    SshError error;     // why, for Unknown / Failed

    bool succeeded() const { return outcome == Outcome::Exited && exitCode == 0; }
    QString describe() const; // translated one-liner
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::HostKeyPrompt)
Q_DECLARE_METATYPE(vigie::ExecResult)

namespace vigie {
// Lifecycle of one server connection.
enum class SshState
{
    Disconnected,
    LoadingCredentials, // reading the key (and passphrase) from the keychain
    Resolving,
    Connecting,
    Handshaking,
    AwaitingHostKeyDecision,
    Authenticating,
    AwaitingPassphrase,
    Ready,
    Failed,
};
} // namespace vigie

Q_DECLARE_METATYPE(vigie::SshState)
