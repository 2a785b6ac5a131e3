#include "SshSessionWorker.h"

#include "Libssh2Errors.h"
#include "SshAllocator.h"
#include "SshAuthenticator.h"
#include "SshExecChannel.h"
#include "SshLibrary.h"
#include "TcpConnector.h"

#include <QSocketNotifier>

#include <libssh2.h>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace vigie {

namespace {

constexpr int MaxOpenChannels = 8; // OpenSSH's MaxSessions defaults to 10
constexpr int AgentAnswerTimeoutMs = 120000;

// Host key algorithms libssh2 supports, the host's known types first (as OpenSSH does), so a
// host known by its ECDSA key is not suddenly asked for its Ed25519 one.
QByteArray hostKeyPreference(LIBSSH2_SESSION* session, const QStringList& knownTypes)
{
    const char** algs = nullptr;
    const int count = libssh2_session_supported_algs(session, LIBSSH2_METHOD_HOSTKEY, &algs);
    if (count <= 0)
        return {};
    QList<QByteArray> supported;
    for (int i = 0; i < count; ++i)
        supported.append(QByteArray(algs[i]));
    libssh2_free(session, algs);
    // Algorithms that produce each known key type.
    QList<QByteArray> ordered;
    for (const QString& type : knownTypes) {
        QList<QByteArray> algorithms = {type.toLatin1()};
        if (type == QLatin1String("ssh-rsa"))
            algorithms = {"rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"};
        for (const QByteArray& alg : algorithms) {
            if (supported.contains(alg) && !ordered.contains(alg))
                ordered.append(alg);
        }
    }
    static const QList<QByteArray> defaults = {"ssh-ed25519",
                                               "ecdsa-sha2-nistp256",
                                               "ecdsa-sha2-nistp384",
                                               "ecdsa-sha2-nistp521",
                                               "rsa-sha2-512",
                                               "rsa-sha2-256",
                                               "ssh-rsa"};
    for (const QByteArray& alg : defaults) {
        if (supported.contains(alg) && !ordered.contains(alg))
            ordered.append(alg);
    }
    return ordered.join(',');
}

} // namespace

SshSessionWorker::SshSessionWorker(ConnectionSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_connectTimer(this)
    , m_keepaliveTimer(this)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_state == SshState::Resolving || m_state == SshState::Connecting)
            fail(error(SshError::Code::Timeout, tr("no TCP connection")));
        else
            fail(error(SshError::Code::Timeout, tr("no answer during the SSH handshake")));
    });
    m_keepaliveTimer.setInterval(1000);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &SshSessionWorker::sendKeepalive);
}

SshSessionWorker::~SshSessionWorker()
{
    teardown();
}

SshError SshSessionWorker::error(SshError::Code code, const QString& detail) const
{
    return SshError::make(code, m_settings.host, m_settings.port, detail);
}

QString SshSessionWorker::lastLibssh2Error() const
{
    return libssh2LastError(m_session);
}

void SshSessionWorker::setState(SshState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SshSessionWorker::start()
{
    if (m_state != SshState::Disconnected && m_state != SshState::Failed)
        return;
    teardown();
    m_controlChannelTried = false;

    // Fail closed before any traffic if a known_hosts file cannot be understood.
    QStringList files = m_settings.readOnlyKnownHostsFiles;
    if (!m_settings.knownHostsFile.isEmpty())
        files.prepend(m_settings.knownHostsFile);
    KnownHosts::ParseError parseError;
    if (!m_knownHosts.load(files, &parseError)) {
        SshError e = error(SshError::Code::KnownHostsUnreadable, parseError.reason);
        e.knownHostsFile = parseError.file;
        e.knownHostsLine = parseError.line;
        fail(e);
        return;
    }

    m_connectTimer.start(m_settings.connectTimeoutMs);
    setState(SshState::Resolving);
    m_connector = new TcpConnector(
        [this](SshError::Code code, const QString& detail) { return error(code, detail); }, this);
    connect(m_connector, &TcpConnector::resolved, this, [this] { setState(SshState::Connecting); });
    connect(m_connector, &TcpConnector::failed, this, &SshSessionWorker::fail);
    connect(m_connector, &TcpConnector::connected, this, [this](qintptr socket) {
        m_connector->deleteLater();
        m_connector = nullptr;
        m_socket = socket;
        onTcpConnected();
    });
    m_connector->connectTo(m_settings.host, m_settings.port);
}

void SshSessionWorker::onTcpConnected()
{
    m_session = libssh2_session_init_ex(sshAlloc, sshFree, sshRealloc, this);
    if (!m_session) {
        fail(error(SshError::Code::NetworkError, tr("cannot create an SSH session")));
        return;
    }
    libssh2_session_set_blocking(m_session, 0);
    const QByteArray preference =
        hostKeyPreference(m_session, m_knownHosts.knownKeyTypes(m_settings.host, m_settings.port));
    if (!preference.isEmpty())
        libssh2_session_method_pref(m_session, LIBSSH2_METHOD_HOSTKEY, preference.constData());
    libssh2_keepalive_config(m_session, 1, unsigned(qMax(1, m_settings.keepaliveIntervalS)));

    m_readNotifier = new QSocketNotifier(m_socket, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_socket, QSocketNotifier::Write, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SshSessionWorker::onSocketActivity);
    connect(m_writeNotifier, &QSocketNotifier::activated, this,
            &SshSessionWorker::onSocketActivity);
    m_sinceLastReceived.start();
    setState(SshState::Handshaking);
    drive();
}

void SshSessionWorker::onSocketActivity()
{
    if (sender() == m_readNotifier)
        m_sinceLastReceived.restart();
    drive();
}

void SshSessionWorker::drive()
{
    // drive() can be re-entered through a signal handler on this thread; run it again instead.
    if (m_driving) {
        m_driveAgain = true;
        return;
    }
    m_driving = true;
    do {
        m_driveAgain = false;
        switch (m_state) {
        case SshState::Handshaking: {
            const int rc = libssh2_session_handshake(m_session, libssh2_socket_t(m_socket));
            if (rc == LIBSSH2_ERROR_EAGAIN)
                break;
            if (rc != 0) {
                fail(error(rc == LIBSSH2_ERROR_SOCKET_RECV || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT
                               ? SshError::Code::ConnectionLost
                               : SshError::Code::HandshakeFailed,
                           lastLibssh2Error()));
                break;
            }
            verifyHostKey();
            break;
        }
        case SshState::Authenticating:
            authenticate();
            break;
        case SshState::Ready:
            driveChannels();
            break;
        default:
            break;
        }
    } while (m_driveAgain && m_session);
    m_driving = false;
    updateNotifiers();
}

void SshSessionWorker::verifyHostKey()
{
    size_t length = 0;
    int type = 0;
    const char* raw = libssh2_session_hostkey(m_session, &length, &type);
    m_offeredHostKey = raw ? PublicKey::fromBlob(QByteArray(raw, qsizetype(length))) : PublicKey();
    if (!m_offeredHostKey.isValid()) {
        fail(error(SshError::Code::HandshakeFailed, tr("unsupported host key type")));
        return;
    }
    const KnownHosts::CheckResult check =
        m_knownHosts.check(m_settings.host, m_settings.port, m_offeredHostKey);
    switch (check.match) {
    case KnownHosts::Match::Known:
        emit hostKeyTrusted(m_offeredHostKey.fingerprintSha256());
        setState(SshState::Authenticating);
        m_driveAgain = true;
        return;
    case KnownHosts::Match::Changed:
    case KnownHosts::Match::Revoked: {
        SshError e =
            error(check.match == KnownHosts::Match::Changed ? SshError::Code::HostKeyChanged
                                                            : SshError::Code::HostKeyRevoked);
        e.knownFingerprint =
            check.entry.key.isValid() ? check.entry.key.fingerprintSha256() : check.entry.keyType;
        e.offeredFingerprint = m_offeredHostKey.fingerprintSha256();
        e.knownHostsFile = check.entry.file;
        e.knownHostsLine = check.entry.line;
        fail(e);
        return;
    }
    case KnownHosts::Match::OtherTypesKnown:
    case KnownHosts::Match::Unknown:
        break;
    }
    // Nothing is written and no credential is sent until the operator decides.
    m_connectTimer.stop();
    setState(SshState::AwaitingHostKeyDecision);
    HostKeyPrompt prompt;
    prompt.host = m_settings.host;
    prompt.port = m_settings.port;
    prompt.key = m_offeredHostKey;
    prompt.otherKnownTypes = check.otherKnownTypes;
    prompt.knownHostsFile = m_settings.knownHostsFile;
    emit hostKeyDecisionNeeded(prompt);
}

void SshSessionWorker::answerHostKey(bool accepted, SshError::Code refusal)
{
    if (m_state != SshState::AwaitingHostKeyDecision)
        return;
    if (!accepted) {
        SshError e = error(refusal);
        e.offeredFingerprint = m_offeredHostKey.fingerprintSha256();
        fail(e);
        return;
    }
    QString writeError;
    if (m_settings.knownHostsFile.isEmpty() ||
        !KnownHosts::append(m_settings.knownHostsFile, m_settings.host, m_settings.port,
                            m_offeredHostKey, &writeError)) {
        SshError e = error(SshError::Code::KnownHostsUnreadable, writeError);
        e.knownHostsFile = m_settings.knownHostsFile;
        fail(e);
        return;
    }
    m_connectTimer.start(m_settings.connectTimeoutMs);
    emit hostKeyTrusted(m_offeredHostKey.fingerprintSha256());
    setState(SshState::Authenticating);
    drive();
}

void SshSessionWorker::authenticate()
{
    if (!m_authenticator) {
        // The authenticator holds the worker's only reference to the key material now.
        SshCredentials credentials = m_settings.credentials;
        m_settings.credentials.privateKey.reset();
        m_settings.credentials.passphrase.reset();
        m_authenticator = std::make_unique<SshAuthenticator>(
            std::move(credentials), m_settings.user,
            [this](SshError::Code code, const QString& detail) { return error(code, detail); },
            [this] {
                // Queued: the agent client must not be deleted (a failure tears the
                // authenticator down) inside its own signal.
                QMetaObject::invokeMethod(this, &SshSessionWorker::drive, Qt::QueuedConnection);
            });
    }
    switch (m_authenticator->advance(m_session)) {
    case SshAuthenticator::Step::Pending:
        // An agent may be waiting for the operator (ssh-add -c, a hardware token): give it
        // more than a network round trip, counted from its last answer.
        if (m_authenticator->waitingForAgent())
            m_connectTimer.start(qMax(m_settings.connectTimeoutMs, AgentAnswerTimeoutMs));
        return;
    case SshAuthenticator::Step::Done:
        onAuthenticated();
        return;
    case SshAuthenticator::Step::NeedPassphrase:
        m_connectTimer.stop(); // the operator takes the time they need
        setState(SshState::AwaitingPassphrase);
        emit passphraseNeeded(m_authenticator->keyName(),
                              m_authenticator->previousPassphraseWasWrong());
        return;
    case SshAuthenticator::Step::Failed:
        fail(m_authenticator->failure());
        return;
    }
}

void SshSessionWorker::answerPassphrase(const SharedSecret& passphrase)
{
    if (m_state != SshState::AwaitingPassphrase || !m_authenticator)
        return;
    if (isEmptySecret(passphrase)) {
        fail(m_authenticator->passphraseRefused());
        return;
    }
    m_authenticator->setPassphrase(passphrase);
    m_connectTimer.start(m_settings.connectTimeoutMs);
    setState(SshState::Authenticating);
    drive();
}

void SshSessionWorker::onAuthenticated()
{
    m_connectTimer.stop();
    m_authenticator.reset(); // wipes the key material
    setState(SshState::Ready);
    m_keepaliveTimer.start();
    emit authenticated(m_offeredHostKey.fingerprintSha256());
    m_driveAgain = true;
}

void SshSessionWorker::exec(quint64 id, const QByteArray& command, const QByteArray& stdinData)
{
    if (m_state == SshState::Failed) {
        // A worker does not reconnect by itself: SshConnection makes a new one with fresh
        // credentials from the keychain.
        ExecResult result;
        result.outcome = ExecResult::Outcome::Failed;
        result.error = m_failure;
        emit execFinished(id, result);
        return;
    }
    m_channels.push_back(std::make_unique<SshExecChannel>(id, command, stdinData));
    if (m_state == SshState::Ready)
        drive();
}

void SshSessionWorker::cancel(quint64 id)
{
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        SshExecChannel& channel = **it;
        if (channel.id() != id || channel.isInternal() || channel.isCancelled())
            continue;
        channel.cancel(error(SshError::Code::Cancelled));
        // The caller hears "cancelled" now, whatever the server still has to do.
        report(channel, channel.result());
        if (channel.isQueued()) {
            m_channels.erase(it);
            return;
        }
        // Closing the channel alone would leave a command that neither reads nor writes
        // running until it ends by itself: its process group gets TERM, then KILL.
        if (const auto pid = channel.remotePid()) {
            const QByteArray group = QByteArray::number(-*pid);
            m_channels.push_back(std::make_unique<SshExecChannel>(
                0,
                "kill -TERM -- " + group + " 2>/dev/null; sleep 3; kill -KILL -- " + group +
                    " 2>/dev/null; exit 0",
                QByteArray(), true));
        }
        drive();
        return;
    }
}

void SshSessionWorker::driveChannels()
{
    int open = 0;
    bool yielded = false;
    for (auto it = m_channels.begin(); it != m_channels.end();) {
        SshExecChannel& channel = **it;
        if (channel.isQueued() && open >= MaxOpenChannels) {
            ++it;
            continue;
        }
        ++open;
        // The idle control channel is an open session channel: the command takes it and skips
        // the open round trip; a new one is opened below, ahead of the next command.
        if (m_controlChannel && channel.adoptOpenChannel(m_controlChannel))
            m_controlChannel = nullptr;
        const quint64 id = channel.id();
        const SshExecChannel::Callbacks callbacks{
            [this, id](const QByteArray& data) { emit execStdout(id, data); },
            [this, id](const QByteArray& data) { emit execStderr(id, data); },
            [this](SshError::Code code, const QString& detail) {
                return error(code, detail);
            }};
        switch (channel.drive(m_session, callbacks)) {
        case SshExecChannel::Progress::Pending:
            ++it;
            break;
        case SshExecChannel::Progress::Yield:
            yielded = true;
            ++it;
            break;
        case SshExecChannel::Progress::Finished:
            report(channel, channel.result());
            it = m_channels.erase(it);
            break;
        case SshExecChannel::Progress::SessionFailed:
            // fail() frees every channel: nothing below may touch them any more.
            fail(channel.failure());
            return;
        }
    }
    if (yielded) // a fast producer: let other sessions and the event loop breathe, then go on
        QTimer::singleShot(0, this, &SshSessionWorker::drive);
    // Session channels are interchangeable, so an open still in flight may complete for a
    // command above instead: this one then simply opens another.
    if (!m_controlChannel && !m_controlChannelTried) {
        m_controlChannel = libssh2_channel_open_session(m_session);
        if (!m_controlChannel) {
            if (libssh2_session_last_errno(m_session) != LIBSSH2_ERROR_EAGAIN)
                m_controlChannelTried = true; // server refuses extra channels: live without it
            return;
        }
    }
    // Keep libssh2 reading the socket while nothing else does (keepalive replies, the
    // server's own keepalives, a disconnect message).
    if (m_controlChannel) {
        char scratch[256];
        const ssize_t rc = libssh2_channel_read(m_controlChannel, scratch, sizeof(scratch));
        if (rc < 0 && rc != LIBSSH2_ERROR_EAGAIN && isLibssh2SessionError(int(rc)))
            fail(error(SshError::Code::ConnectionLost, lastLibssh2Error()));
    }
}

void SshSessionWorker::report(SshExecChannel& channel, const ExecResult& result)
{
    if (channel.isReported() || channel.isInternal())
        return;
    channel.setReported();
    emit execFinished(channel.id(), result);
}

void SshSessionWorker::sendKeepalive()
{
    if (m_state != SshState::Ready || !m_session)
        return;
    int nextSeconds = 0;
    const int rc = libssh2_keepalive_send(m_session, &nextSeconds);
    if (rc != 0 && rc != LIBSSH2_ERROR_EAGAIN) {
        fail(error(SshError::Code::ConnectionLost, lastLibssh2Error()));
        return;
    }
    const qint64 deadAfterMs =
        qint64(m_settings.keepaliveIntervalS) * qMax(1, m_settings.keepaliveCountMax) * 1000 + 1000;
    if (m_sinceLastReceived.elapsed() > deadAfterMs) {
        fail(error(SshError::Code::ConnectionLost,
                   tr("no answer to keepalives for %1 s").arg(deadAfterMs / 1000)));
        return;
    }
    updateNotifiers();
}

void SshSessionWorker::fail(SshError failure)
{
    // Commands that were running may have finished on the server: their status is unknown.
    // Commands not started yet did not run.
    for (auto& channel : m_channels) {
        ExecResult result = channel->result();
        if (channel->isCancelled()) {
            result.outcome = ExecResult::Outcome::Cancelled;
        } else if (!channel->mayHaveStarted()) {
            result.outcome = ExecResult::Outcome::Failed;
            result.error = failure;
        } else if (result.outcome != ExecResult::Outcome::Failed) {
            result.outcome = ExecResult::Outcome::Unknown;
            result.exitCode = -1;
            result.error = failure;
        }
        report(*channel, result);
    }
    teardown();
    m_failure = failure;
    setState(SshState::Failed);
    emit connectionFailed(failure);
}

void SshSessionWorker::shutdown()
{
    for (auto& channel : m_channels) {
        ExecResult result = channel->result();
        result.outcome =
            channel->isQueued() ? ExecResult::Outcome::Failed : ExecResult::Outcome::Cancelled;
        result.error = error(SshError::Code::Cancelled);
        report(*channel, result);
    }
    teardown();
    setState(SshState::Disconnected);
}

void SshSessionWorker::teardown()
{
    m_connectTimer.stop();
    m_keepaliveTimer.stop();
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_connector) {
        // May be in the middle of emitting: let it finish, then go (closing its socket).
        m_connector->disconnect(this);
        m_connector->deleteLater();
        m_connector = nullptr;
    }
    m_authenticator.reset(); // frees its agent connection before the session goes
    if (m_session) {
        // One polite, non-blocking goodbye; then cut the socket so nothing can wait on it.
        if (m_state == SshState::Ready)
            libssh2_session_disconnect(m_session, "Vigie closing");
#ifndef _WIN32
        if (m_socket >= 0)
            ::shutdown(int(m_socket), SHUT_RDWR);
#endif
        // libssh2_session_free() releases every channel still open.
        for (auto& channel : m_channels)
            channel->detach();
        m_controlChannel = nullptr;
        libssh2_session_free(m_session);
        m_session = nullptr;
    }
    m_channels.clear();
    if (m_socket >= 0) {
        TcpConnector::closeSocket(m_socket);
        m_socket = -1;
    }
}

void SshSessionWorker::updateNotifiers()
{
    if (!m_session || !m_readNotifier || !m_writeNotifier)
        return;
    const int directions = libssh2_session_block_directions(m_session);
    // Without the control channel nothing would consume an idle socket's data: stop
    // watching it until the next command instead of spinning.
    const bool idleWithoutReader =
        m_state == SshState::Ready && !m_controlChannel && m_channels.empty();
    m_readNotifier->setEnabled(!idleWithoutReader);
    m_writeNotifier->setEnabled((directions & LIBSSH2_SESSION_BLOCK_OUTBOUND) != 0);
}

} // namespace vigie
