#include "SshError.h"

#include "SshLibrary.h"

namespace vigie {

SshError SshError::make(Code code, const QString& host, quint16 port, const QString& detail)
{
    SshError error;
    error.code = code;
    error.host = host;
    error.port = port;
    error.detail = detail;
    return error;
}

QString SshError::message() const
{
    const QString where =
        port == 22 || port == 0 ? host : QStringLiteral("%1:%2").arg(host).arg(port);
    switch (code) {
    case Code::None:
        return {};
    case Code::ConnectionRefused:
        return tr("%1 refused the connection. Check the host and the SSH port, and that sshd is "
                  "running.")
            .arg(where);
    case Code::Timeout:
        return tr("%1 did not answer in time. The server may be down, overloaded or behind a "
                  "firewall.")
            .arg(where);
    case Code::HostNotFound:
        return tr("The host name %1 could not be resolved. Check its spelling and your DNS.")
            .arg(host);
    case Code::NetworkError:
        return tr("Network error while connecting to %1.").arg(where);
    case Code::HandshakeFailed:
        return tr("The SSH handshake with %1 failed: no common algorithms, or this is not an SSH "
                  "server.")
            .arg(where);
    case Code::HostKeyUnknown:
        return tr("The host key of %1 is not known yet. Check its fingerprint and trust it "
                  "before connecting.")
            .arg(where);
    case Code::HostKeyChanged:
        return tr("WARNING: the host key of %1 has CHANGED. Someone may be intercepting the "
                  "connection, or the server was reinstalled. Vigie refused to connect and sent "
                  "no credentials. Known: %2 (%3, line %4). Offered now: %5.")
            .arg(where, knownFingerprint, knownHostsFile)
            .arg(knownHostsLine)
            .arg(offeredFingerprint);
    case Code::HostKeyRevoked:
        return tr("The host key offered by %1 is marked as revoked in %2 (line %3). Vigie refused "
                  "to connect.")
            .arg(where, knownHostsFile)
            .arg(knownHostsLine);
    case Code::HostKeyNotAccepted:
        return tr("The host key of %1 was not accepted. Nothing was sent to the server.")
            .arg(where);
    case Code::KnownHostsUnreadable:
        return tr("The known hosts file %1 cannot be read (line %2). Vigie will not connect until "
                  "it is fixed.")
            .arg(knownHostsFile)
            .arg(knownHostsLine);
    case Code::KeyRejected:
        return tr("%1 rejected the key. Add its public key to the user's authorized_keys on the "
                  "server, or choose another key.")
            .arg(where);
    case Code::WrongPassphrase:
        return tr("Wrong passphrase for the private key.");
    case Code::PassphraseRequired:
        return tr("The private key is protected by a passphrase and none was given.");
    case Code::NoPublicKeyAuth:
        return tr("%1 does not accept public key authentication for this user. Vigie only logs in "
                  "with keys.")
            .arg(where);
    case Code::RsaSha2Unsupported:
        return tr("%1 refused the RSA key: this build of Vigie uses libssh2 %2, which cannot sign "
                  "with rsa-sha2 as current OpenSSH servers require. Use an Ed25519 or ECDSA key "
                  "(Vigie can generate an Ed25519 key), or a build with libssh2 1.11 or later.")
            .arg(where, SshLibrary::versionText());
    case Code::AgentUnavailable:
        return tr("No SSH agent is running (SSH_AUTH_SOCK is not set or not reachable).");
    case Code::AgentNoIdentities:
        return tr("The SSH agent holds no keys, or %1 accepted none of them.").arg(where);
    case Code::KeyUnusable:
        return tr("The private key cannot be used: its format is not supported.");
    case Code::KeyUnavailable:
        // The keychain side words its own reason (key gone, keychain locked or silent).
        return detail.isEmpty() ? tr("The private key could not be read from the keychain.")
                                : detail;
    case Code::ConnectionLost:
        return tr("The connection to %1 was lost.").arg(where);
    case Code::ChannelFailed:
        return tr("%1 refused to run the command (channel failure).").arg(where);
    case Code::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString SshError::id() const
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Code::Timeout:
        return QStringLiteral("timeout");
    case Code::HostNotFound:
        return QStringLiteral("host-not-found");
    case Code::NetworkError:
        return QStringLiteral("network-error");
    case Code::HandshakeFailed:
        return QStringLiteral("handshake-failed");
    case Code::HostKeyUnknown:
        return QStringLiteral("host-key-unknown");
    case Code::HostKeyChanged:
        return QStringLiteral("host-key-changed");
    case Code::HostKeyRevoked:
        return QStringLiteral("host-key-revoked");
    case Code::HostKeyNotAccepted:
        return QStringLiteral("host-key-not-accepted");
    case Code::KnownHostsUnreadable:
        return QStringLiteral("known-hosts-unreadable");
    case Code::KeyRejected:
        return QStringLiteral("key-rejected");
    case Code::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case Code::PassphraseRequired:
        return QStringLiteral("passphrase-required");
    case Code::NoPublicKeyAuth:
        return QStringLiteral("no-public-key-auth");
    case Code::RsaSha2Unsupported:
        return QStringLiteral("rsa-sha2-unsupported");
    case Code::AgentUnavailable:
        return QStringLiteral("agent-unavailable");
    case Code::AgentNoIdentities:
        return QStringLiteral("agent-no-identities");
    case Code::KeyUnusable:
        return QStringLiteral("key-unusable");
    case Code::KeyUnavailable:
        return QStringLiteral("key-unavailable");
    case Code::ConnectionLost:
        return QStringLiteral("connection-lost");
    case Code::ChannelFailed:
        return QStringLiteral("channel-failed");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace vigie
