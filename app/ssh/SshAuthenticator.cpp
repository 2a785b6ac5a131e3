#include "SshAuthenticator.h"

#include "Libssh2Errors.h"
#include "SshAgentClient.h"
#include "SshAllocator.h"
#include "SshLibrary.h"
#include "secrets/SecureBytes.h"

#include <cstring>

#include <libssh2.h>

namespace vigie {

namespace {
constexpr int MaxPassphraseAttempts = 3;
} // namespace

SshAuthenticator::SshAuthenticator(SshCredentials credentials, const QString& user,
                                   ErrorFactory makeError, std::function<void()> wake)
    : m_credentials(std::move(credentials))
    , m_user(user.toUtf8())
    , m_makeError(std::move(makeError))
    , m_wake(std::move(wake))
{}

SshAuthenticator::~SshAuthenticator()
{
    releaseSecrets();
}

void SshAuthenticator::releaseSecrets()
{
    // Dropping the last reference wipes (SecretBytes); the worker kept none.
    m_credentials.privateKey.reset();
    m_credentials.passphrase.reset();
#ifdef _WIN32
    if (m_agent) {
        libssh2_agent_disconnect(m_agent);
        libssh2_agent_free(m_agent);
        m_agent = nullptr;
    }
#else
    m_agentClient.reset();
#endif
}

bool SshAuthenticator::waitingForAgent() const
{
#ifdef _WIN32
    return false;
#else
    return m_agentClient && m_agentClient->state() == SshAgentClient::State::Waiting;
#endif
}

SshAuthenticator::Step SshAuthenticator::failWith(SshError::Code code, const QString& detail)
{
    m_failure = m_makeError(code, detail);
    return Step::Failed;
}

SshAuthenticator::Step SshAuthenticator::advance(LIBSSH2_SESSION* session)
{
    if (!m_methodsListed) {
        const char* list =
            libssh2_userauth_list(session, m_user.constData(), unsigned(m_user.size()));
        if (!list) {
            if (libssh2_userauth_authenticated(session))
                return Step::Done; // the server took "none"
            if (libssh2_session_last_errno(session) == LIBSSH2_ERROR_EAGAIN)
                return Step::Pending;
            return failWith(SshError::Code::ConnectionLost, libssh2LastError(session));
        }
        m_methodsListed = true;
        if (!QByteArray(list).split(',').contains("publickey")) {
            return failWith(SshError::Code::NoPublicKeyAuth,
                            tr("the server offers: %1").arg(QString::fromLatin1(list)));
        }
    }
    const Step step = m_credentials.method == SshCredentials::Method::Agent ? withAgent(session)
                                                                            : withKey(session);
    if (step == Step::Done)
        releaseSecrets(); // a reconnection reads the keychain again
    return step;
}

SshAuthenticator::Step SshAuthenticator::withKey(LIBSSH2_SESSION* session)
{
    if (isEmptySecret(m_credentials.privateKey))
        return failWith(SshError::Code::KeyUnavailable);
    if (m_credentials.encrypted && isEmptySecret(m_credentials.passphrase))
        return Step::NeedPassphrase;
    // The public key is derived from the private one by libssh2, which also proves the
    // passphrase before anything is sent: a wrong passphrase costs no server attempt.
    const int rc = libssh2_userauth_publickey_frommemory(
        session, m_user.constData(), size_t(m_user.size()), nullptr, 0,
        m_credentials.privateKey->constData(), size_t(m_credentials.privateKey->size()),
        isEmptySecret(m_credentials.passphrase) ? "" : m_credentials.passphrase->constData());
    if (rc == LIBSSH2_ERROR_EAGAIN)
        return Step::Pending;
    if (rc == 0)
        return Step::Done;
    const QString detail = libssh2LastError(session);
    switch (rc) {
    case LIBSSH2_ERROR_FILE:
    case LIBSSH2_ERROR_DECRYPT:
    case LIBSSH2_ERROR_KEYFILE_AUTH_FAILED:
        if (!m_credentials.encrypted)
            return failWith(SshError::Code::KeyUnusable, detail);
        m_credentials.passphrase.reset();
        if (++m_passphraseAttempts < MaxPassphraseAttempts)
            return Step::NeedPassphrase;
        return failWith(SshError::Code::WrongPassphrase);
    case LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED:
    case LIBSSH2_ERROR_AUTHENTICATION_FAILED:
        if (m_credentials.publicKey.isRsa() && !SshLibrary::canSignRsaSha2())
            return failWith(SshError::Code::RsaSha2Unsupported, detail);
        return failWith(SshError::Code::KeyRejected, detail);
    default:
        return failWith(isLibssh2SessionError(rc) ? SshError::Code::ConnectionLost
                                                  : SshError::Code::KeyUnusable,
                        detail);
    }
}

void SshAuthenticator::setPassphrase(SharedSecret passphrase)
{
    m_credentials.passphrase = std::move(passphrase);
}

SshError SshAuthenticator::passphraseRefused() const
{
    return m_makeError(m_passphraseAttempts > 0 ? SshError::Code::WrongPassphrase
                                                : SshError::Code::PassphraseRequired,
                       QString());
}

#ifdef _WIN32
SshAuthenticator::Step SshAuthenticator::withAgent(LIBSSH2_SESSION* session)
{
    if (!m_agent) {
        // Connecting and listing talk to the local agent only (Pageant on Windows).
        m_agent = libssh2_agent_init(session);
        if (!m_agent || libssh2_agent_connect(m_agent) != 0 ||
            libssh2_agent_list_identities(m_agent) != 0)
            return failWith(SshError::Code::AgentUnavailable, libssh2LastError(session));
        m_agentIdentity = nullptr;
        if (libssh2_agent_get_identity(m_agent, &m_agentIdentity, nullptr) != 0)
            return failWith(SshError::Code::AgentNoIdentities);
    }
    for (;;) {
        const int rc = libssh2_agent_userauth(m_agent, m_user.constData(), m_agentIdentity);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return Step::Pending;
        if (rc == 0)
            return Step::Done;
        if (isLibssh2SessionError(rc))
            return failWith(SshError::Code::ConnectionLost, libssh2LastError(session));
        // Each identity tried costs one of the server's MaxAuthTries: stop early.
        libssh2_agent_publickey* previous = m_agentIdentity;
        if (++m_agentAttempts >= m_credentials.maxAgentIdentities ||
            libssh2_agent_get_identity(m_agent, &m_agentIdentity, previous) != 0)
            return failWith(SshError::Code::AgentNoIdentities, libssh2LastError(session));
    }
}

#else
// The agent is asked through SshAgentClient, never through libssh2's agent code: that one
// reads and writes the agent's socket blocking, on the I/O thread every session shares, so an
// agent waiting for a confirmation (ssh-add -c, a hardware token) froze every other server
// until their keepalives gave up. Here the session stays on its one thread (libssh2 sessions
// are not thread-safe) and nothing waits: libssh2_userauth_publickey() gets each public key
// with a sign callback that sends the agent a SIGN_REQUEST and returns EAGAIN, which libssh2
// 1.10 supports (it calls the callback again, with the same data, when re-entered). The
// agent's answer wakes the worker, which calls advance() again, and the callback then returns
// the signature.
SshAuthenticator::Step SshAuthenticator::withAgent(LIBSSH2_SESSION* session)
{
    if (!m_agentClient) {
        const QString socket = qEnvironmentVariable("SSH_AUTH_SOCK");
        if (socket.isEmpty())
            return failWith(SshError::Code::AgentUnavailable);
        m_agentClient = std::make_unique<SshAgentClient>(socket, m_wake);
        m_listingAgentKeys = true;
        m_agentClient->requestIdentities();
    }
    if (m_listingAgentKeys) {
        switch (m_agentClient->state()) {
        case SshAgentClient::State::Waiting:
        case SshAgentClient::State::Idle:
            return Step::Pending;
        case SshAgentClient::State::Failed:
            return failWith(SshError::Code::AgentUnavailable, m_agentClient->errorString());
        case SshAgentClient::State::Answered:
            break;
        }
        QList<SshAgentClient::Identity> identities;
        if (!m_agentClient->takeIdentities(&identities))
            return failWith(SshError::Code::AgentUnavailable, m_agentClient->errorString());
        m_listingAgentKeys = false;
        for (const SshAgentClient::Identity& identity : std::as_const(identities))
            m_agentKeys.append(identity.blob);
        if (m_agentKeys.isEmpty())
            return failWith(SshError::Code::AgentNoIdentities);
    }
    return nextAgentIdentity(session);
}

SshAuthenticator::Step SshAuthenticator::nextAgentIdentity(LIBSSH2_SESSION* session)
{
    for (;;) {
        const QByteArray& blob = m_agentKeys.at(m_agentAttempts);
        const int rc = libssh2_userauth_publickey(
            session, m_user.constData(), reinterpret_cast<const unsigned char*>(blob.constData()),
            size_t(blob.size()), &SshAuthenticator::signWithAgent, &m_signContext);
        if (rc == LIBSSH2_ERROR_EAGAIN)
            return Step::Pending;
        if (rc == 0)
            return Step::Done;
        if (isLibssh2SessionError(rc))
            return failWith(SshError::Code::ConnectionLost, libssh2LastError(session));
        m_signRequested = false;
        // Each identity tried costs one of the server's MaxAuthTries: stop early.
        if (++m_agentAttempts >= m_credentials.maxAgentIdentities ||
            m_agentAttempts >= m_agentKeys.size())
            return failWith(SshError::Code::AgentNoIdentities, libssh2LastError(session));
    }
}

int SshAuthenticator::signWithAgent(LIBSSH2_SESSION*, unsigned char** signature,
                                    size_t* signatureLength, const unsigned char* data,
                                    size_t dataLength, void** abstract)
{
    auto* self = static_cast<SshAuthenticator*>(*abstract);
    SshAgentClient* agent = self->m_agentClient.get();
    if (!self->m_signRequested) {
        self->m_signRequested = true;
        agent->requestSignature(
            self->m_agentKeys.at(self->m_agentAttempts),
            QByteArray(reinterpret_cast<const char*>(data), qsizetype(dataLength)));
    }
    switch (agent->state()) {
    case SshAgentClient::State::Waiting:
        return LIBSSH2_ERROR_EAGAIN;
    case SshAgentClient::State::Idle:
    case SshAgentClient::State::Failed:
        self->m_signRequested = false;
        return -1; // libssh2: "callback returned error", this identity is not used
    case SshAgentClient::State::Answered:
        break;
    }
    self->m_signRequested = false;
    QByteArray answer;
    if (!agent->takeSignature(&answer))
        return -1; // refused (e.g. the operator declined the confirmation)
    // Freed by libssh2 through the session's allocator.
    *signature = static_cast<unsigned char*>(sshAlloc(size_t(answer.size()), nullptr));
    if (!*signature)
        return -1;
    std::memcpy(*signature, answer.constData(), size_t(answer.size()));
    *signatureLength = size_t(answer.size());
    return 0;
}
#endif

} // namespace vigie
