#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace vigie {

// Every way an SSH operation can fail, each with its own translated message. `detail` carries
// the technical reason (libssh2's text, errno) for logs and "details" boxes; it never holds a
// secret: key material and passphrases never reach an error.
struct SshError
{
    Q_DECLARE_TR_FUNCTIONS(SshError)
public:
    enum class Code
    {
        None,
        ConnectionRefused,
        Timeout,
        HostNotFound,
        NetworkError,
        HandshakeFailed,
        HostKeyUnknown,
        HostKeyChanged,
        HostKeyRevoked,
        HostKeyNotAccepted,
        KnownHostsUnreadable,
        KeyRejected,
        WrongPassphrase,
        PassphraseRequired,
        NoPublicKeyAuth,
        RsaSha2Unsupported,
        AgentUnavailable,
        AgentNoIdentities,
        KeyUnusable,
        KeyUnavailable,
        ConnectionLost,
        ChannelFailed,
        Cancelled,
    };

    Code code = Code::None;
    QString host;
    quint16 port = 0;
    QString detail; // technical; shown only for KeyUnavailable, where it is a translated reason
    // HostKeyChanged / HostKeyRevoked / KnownHostsUnreadable
    QString knownFingerprint;
    QString offeredFingerprint;
    QString knownHostsFile;
    int knownHostsLine = 0;

    bool isError() const { return code != Code::None; }
    // One translated sentence (or two) saying what happened and what to do.
    QString message() const;
    // Stable identifier for JSON output and tests, e.g. "host-key-changed".
    QString id() const;

    static SshError make(Code code, const QString& host, quint16 port, const QString& detail = {});
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::SshError)
