#pragma once

#include "KnownHosts.h"
#include "SshAuthenticator.h"
#include "SshExecChannel.h"
#include "SshTypes.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <list>
#include <memory>
#include <optional>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_CHANNEL;
class QSocketNotifier;

namespace vigie {

// One SSH connection, driven entirely on the I/O thread: a non-blocking socket watched by
// socket notifiers, a non-blocking libssh2 session and its exec channels, advanced by drive()
// whenever the socket is ready. Never touched from another thread: SshConnection talks to it
// through queued calls and signals only.
class SshSessionWorker : public QObject
{
    Q_OBJECT
public:
    explicit SshSessionWorker(ConnectionSettings settings, QObject* parent = nullptr);
    ~SshSessionWorker() override;

    // All of these must be called on the worker's thread (queued from SshConnection).
    void start();
    // refusal: HostKeyNotAccepted when the operator said no, HostKeyUnknown when nobody could ask.
    void answerHostKey(bool accepted, SshError::Code refusal = SshError::Code::HostKeyNotAccepted);
    void answerPassphrase(const SharedSecret& passphrase); // empty: the operator gave up
    void exec(quint64 id, const QByteArray& command, const QByteArray& stdinData);
    void cancel(quint64 id);
    void shutdown();

signals:
    void stateChanged(vigie::SshState state);
    void hostKeyDecisionNeeded(const vigie::HostKeyPrompt& prompt);
    void passphraseNeeded(const QString& keyName, bool previousWasWrong);
    // The host key is trusted (known, or just accepted): nothing secret was sent before this.
    void hostKeyTrusted(const QString& fingerprint);
    void authenticated(const QString& hostKeyFingerprint);
    void connectionFailed(const vigie::SshError& error);
    void execStdout(quint64 id, const QByteArray& data);
    void execStderr(quint64 id, const QByteArray& data);
    void execFinished(quint64 id, const vigie::ExecResult& result);

private:
    void setState(SshState state);
    void onTcpConnected();
    void onSocketActivity();
    void drive();
    void verifyHostKey();
    void authenticate();
    void onAuthenticated();
    void driveChannels();
    // Sends execFinished once per command (never for Vigie's internal helper commands).
    void report(SshExecChannel& channel, const ExecResult& result);
    void sendKeepalive();
    void fail(SshError error);
    void teardown();
    void updateNotifiers();
    SshError error(SshError::Code code, const QString& detail = {}) const;
    QString lastLibssh2Error() const;

    ConnectionSettings m_settings;
    SshState m_state = SshState::Disconnected;
    SshError m_failure;
    KnownHosts m_knownHosts;
    PublicKey m_offeredHostKey;

    class TcpConnector* m_connector = nullptr; // until the TCP connection is up
    qintptr m_socket = -1;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    QTimer m_connectTimer;
    QTimer m_keepaliveTimer;
    QElapsedTimer m_sinceLastReceived;

    _LIBSSH2_SESSION* m_session = nullptr;
    _LIBSSH2_CHANNEL* m_controlChannel = nullptr; // keeps the transport read while idle
    bool m_controlChannelTried = false;
    std::unique_ptr<SshAuthenticator> m_authenticator; // while authenticating only
    bool m_driving = false;
    bool m_driveAgain = false;

    std::list<std::unique_ptr<SshExecChannel>> m_channels;
};

} // namespace vigie
