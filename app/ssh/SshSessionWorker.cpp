#include "SshSessionWorker.h"

#include "Libssh2Errors.h"
#include "SshExecChannel.h"
#include "SshLibrary.h"
#include "secrets/SecureBytes.h"

#include <QHostInfo>
#include <QSocketNotifier>

#include <libssh2.h>

#include <cerrno>
#include <cstring>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace vigie {

namespace {

constexpr int MaxOpenChannels = 8;                // OpenSSH's MaxSessions defaults to 10
constexpr qsizetype ReadChunk = 32 * 1024;        // one signal per chunk
constexpr qsizetype MaxReadPerDrive = 512 * 1024; // then yield so other sessions get a turn
constexpr int MaxPassphraseAttempts = 3;

void closeSocket(qintptr socket)
{
#ifdef _WIN32
    ::closesocket(SOCKET(socket));
#else
    ::close(int(socket));
#endif
}

bool setNonBlocking(qintptr socket)
{
#ifdef _WIN32
    u_long on = 1;
    return ::ioctlsocket(SOCKET(socket), FIONBIO, &on) == 0;
#else
    const int flags = ::fcntl(int(socket), F_GETFL, 0);
    return flags >= 0 && ::fcntl(int(socket), F_SETFL, flags | O_NONBLOCK) == 0;
#endif
}

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
    secureZero(m_settings.credentials.privateKey);
    secureZero(m_settings.credentials.passphrase);
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
    m_authListed = false;
    m_passphraseAttempts = 0;
    m_agentAttempts = 0;
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
    QHostAddress literal;
    if (literal.setAddress(m_settings.host)) {
        m_addresses = {literal};
        setState(SshState::Connecting);
        connectNextAddress();
        return;
    }
    setState(SshState::Resolving);
    QHostInfo::lookupHost(m_settings.host, this, &SshSessionWorker::onResolved);
}

void SshSessionWorker::onResolved(const QHostInfo& info)
{
    if (m_state != SshState::Resolving)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(error(SshError::Code::HostNotFound, info.errorString()));
        return;
    }
    m_addresses = info.addresses();
    setState(SshState::Connecting);
    connectNextAddress();
}

void SshSessionWorker::connectNextAddress()
{
    while (!m_addresses.isEmpty()) {
        const QHostAddress address = m_addresses.takeFirst();
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(m_settings.port);
            const Q_IPV6ADDR raw = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, &raw, sizeof(raw));
            length = sizeof(sockaddr_in6);
        } else {
            auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
            in4->sin_family = AF_INET;
            in4->sin_port = htons(m_settings.port);
            in4->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        }
        const auto socket = qintptr(::socket(storage.ss_family, SOCK_STREAM, IPPROTO_TCP));
        if (socket < 0 || !setNonBlocking(socket)) {
            if (socket >= 0)
                closeSocket(socket);
            m_lastConnectError =
                error(SshError::Code::NetworkError, QString::fromLocal8Bit(std::strerror(errno)));
            continue;
        }
        const int one = 1;
        ::setsockopt(int(socket), IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char*>(&one),
                     sizeof(one));
        const int rc = ::connect(int(socket), reinterpret_cast<sockaddr*>(&storage), length);
        if (rc == 0 || errno == EINPROGRESS || errno == EWOULDBLOCK) {
            m_socket = socket;
            m_writeNotifier = new QSocketNotifier(m_socket, QSocketNotifier::Write, this);
            connect(m_writeNotifier, &QSocketNotifier::activated, this,
                    &SshSessionWorker::onConnectWritable);
            return;
        }
        m_lastConnectError = error(errno == ECONNREFUSED ? SshError::Code::ConnectionRefused
                                                         : SshError::Code::NetworkError,
                                   QString::fromLocal8Bit(std::strerror(errno)));
        closeSocket(socket);
    }
    fail(m_lastConnectError.isError() ? m_lastConnectError
                                      : error(SshError::Code::NetworkError, tr("no address")));
}

void SshSessionWorker::onConnectWritable()
{
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    int socketError = 0;
    socklen_t length = sizeof(socketError);
    ::getsockopt(int(m_socket), SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&socketError),
                 &length);
    if (socketError == 0) {
        onTcpConnected();
        return;
    }
    m_lastConnectError = error(socketError == ECONNREFUSED ? SshError::Code::ConnectionRefused
                               : socketError == ETIMEDOUT  ? SshError::Code::Timeout
                                                           : SshError::Code::NetworkError,
                               QString::fromLocal8Bit(std::strerror(socketError)));
    closeSocket(m_socket);
    m_socket = -1;
    connectNextAddress();
}

void SshSessionWorker::onTcpConnected()
{
    m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, this);
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
    const QByteArray user = m_settings.user.toUtf8();
    if (!m_authListed) {
        const char* list =
            libssh2_userauth_list(m_session, user.constData(), unsigned(user.size()));
        if (!list) {
            if (libssh2_userauth_authenticated(m_session)) {
                onAuthenticated();
                return;
            }
            if (libssh2_session_last_errno(m_session) == LIBSSH2_ERROR_EAGAIN)
                return;
            fail(error(SshError::Code::ConnectionLost, lastLibssh2Error()));
            return;
        }
        m_authListed = true;
        const QList<QByteArray> methods = QByteArray(list).split(',');
        if (!methods.contains("publickey")) {
            fail(error(SshError::Code::NoPublicKeyAuth,
                       tr("the server offers: %1").arg(QString::fromLatin1(list))));
            return;
        }
    }
    if (m_settings.credentials.method == SshCredentials::Method::Agent)
        authenticateWithAgent();
    else
        authenticateWithKey();
}

void SshSessionWorker::authenticateWithKey()
{
    SshCredentials& credentials = m_settings.credentials;
    if (credentials.privateKey.isEmpty()) {
        fail(error(SshError::Code::KeyUnavailable));
        return;
    }
    if (credentials.encrypted && credentials.passphrase.isEmpty()) {
        m_connectTimer.stop();
        setState(SshState::AwaitingPassphrase);
        emit passphraseNeeded(credentials.keyName, m_passphraseAttempts > 0);
        return;
    }
    const QByteArray user = m_settings.user.toUtf8();
    // The public key is derived from the private one by libssh2 (which also proves the
    // passphrase before anything is sent, so a wrong passphrase costs no server attempt).
    const int rc = libssh2_userauth_publickey_frommemory(
        m_session, user.constData(), size_t(user.size()), nullptr, 0,
        credentials.privateKey.constData(), size_t(credentials.privateKey.size()),
        credentials.passphrase.isEmpty() ? "" : credentials.passphrase.constData());
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return;
    if (rc == 0) {
        onAuthenticated();
        return;
    }
    const QString detail = lastLibssh2Error();
    switch (rc) {
    case LIBSSH2_ERROR_FILE:
    case LIBSSH2_ERROR_DECRYPT:
    case LIBSSH2_ERROR_KEYFILE_AUTH_FAILED:
        if (credentials.encrypted) {
            secureZero(credentials.passphrase);
            if (++m_passphraseAttempts < MaxPassphraseAttempts) {
                m_connectTimer.stop();
                setState(SshState::AwaitingPassphrase);
                emit passphraseNeeded(credentials.keyName, true);
                return;
            }
            fail(error(SshError::Code::WrongPassphrase));
            return;
        }
        fail(error(SshError::Code::KeyUnusable, detail));
        return;
    case LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED:
    case LIBSSH2_ERROR_AUTHENTICATION_FAILED:
        if (credentials.publicKey.isRsa() && !SshLibrary::canSignRsaSha2())
            fail(error(SshError::Code::RsaSha2Unsupported, detail));
        else
            fail(error(SshError::Code::KeyRejected, detail));
        return;
    default:
        fail(error(isLibssh2SessionError(rc) ? SshError::Code::ConnectionLost
                                             : SshError::Code::KeyUnusable,
                   detail));
        return;
    }
}

void SshSessionWorker::answerPassphrase(const QByteArray& passphrase)
{
    if (m_state != SshState::AwaitingPassphrase)
        return;
    if (passphrase.isEmpty()) {
        fail(error(m_passphraseAttempts > 0 ? SshError::Code::WrongPassphrase
                                            : SshError::Code::PassphraseRequired));
        return;
    }
    m_settings.credentials.passphrase = passphrase;
    m_connectTimer.start(m_settings.connectTimeoutMs);
    setState(SshState::Authenticating);
    drive();
}

void SshSessionWorker::authenticateWithAgent()
{
    if (!m_agent) {
#ifndef _WIN32
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            fail(error(SshError::Code::AgentUnavailable));
            return;
        }
#endif
        m_agent = libssh2_agent_init(m_session);
        if (!m_agent || libssh2_agent_connect(m_agent) != 0 ||
            libssh2_agent_list_identities(m_agent) != 0) {
            fail(error(SshError::Code::AgentUnavailable, lastLibssh2Error()));
            return;
        }
        m_agentIdentity = nullptr;
        if (libssh2_agent_get_identity(m_agent, &m_agentIdentity, nullptr) != 0) {
            fail(error(SshError::Code::AgentNoIdentities));
            return;
        }
    }
    const QByteArray user = m_settings.user.toUtf8();
    for (;;) {
        const int rc = libssh2_agent_userauth(m_agent, user.constData(), m_agentIdentity);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return;
        if (rc == 0) {
            onAuthenticated();
            return;
        }
        if (isLibssh2SessionError(rc)) {
            fail(error(SshError::Code::ConnectionLost, lastLibssh2Error()));
            return;
        }
        // Each identity tried costs one of the server's MaxAuthTries: stop early.
        libssh2_agent_publickey* previous = m_agentIdentity;
        if (++m_agentAttempts >= m_settings.credentials.maxAgentIdentities ||
            libssh2_agent_get_identity(m_agent, &m_agentIdentity, previous) != 0) {
            fail(error(SshError::Code::AgentNoIdentities, lastLibssh2Error()));
            return;
        }
    }
}

void SshSessionWorker::onAuthenticated()
{
    m_connectTimer.stop();
    // The key stays in memory only as long as a reconnect may need it (see SshConnection);
    // the worker's copy is no longer needed.
    secureZero(m_settings.credentials.privateKey);
    secureZero(m_settings.credentials.passphrase);
    if (m_agent) {
        libssh2_agent_disconnect(m_agent);
        libssh2_agent_free(m_agent);
        m_agent = nullptr;
    }
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
    if (!m_controlChannel && !m_controlChannelTried) {
        m_controlChannel = libssh2_channel_open_session(m_session);
        if (!m_controlChannel) {
            if (libssh2_session_last_errno(m_session) == LIBSSH2_ERROR_EAGAIN)
                return;
            m_controlChannelTried = true; // server refuses extra channels: live without it
        }
    }
    int open = 0;
    bool yielded = false;
    for (auto it = m_channels.begin(); it != m_channels.end();) {
        SshExecChannel& channel = **it;
        if (channel.isQueued() && open >= MaxOpenChannels) {
            ++it;
            continue;
        }
        ++open;
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
    if (m_agent) {
        libssh2_agent_disconnect(m_agent);
        libssh2_agent_free(m_agent);
        m_agent = nullptr;
    }
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
        closeSocket(m_socket);
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
