#include "SshAuthenticator.h"

#include "Libssh2Errors.h"
#include "SshLibrary.h"
#include "secrets/SecureBytes.h"

#include <libssh2.h>

namespace vigie {

namespace {
constexpr int MaxPassphraseAttempts = 3;
} // namespace

SshAuthenticator::SshAuthenticator(SshCredentials credentials, const QString& user,
                                   ErrorFactory makeError)
    : m_credentials(std::move(credentials))
    , m_user(user.toUtf8())
    , m_makeError(std::move(makeError))
{}

SshAuthenticator::~SshAuthenticator()
{
    releaseSecrets();
}

void SshAuthenticator::releaseSecrets()
{
    secureZero(m_credentials.privateKey);
    secureZero(m_credentials.passphrase);
    if (m_agent) {
        libssh2_agent_disconnect(m_agent);
        libssh2_agent_free(m_agent);
        m_agent = nullptr;
    }
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
    if (m_credentials.privateKey.isEmpty())
        return failWith(SshError::Code::KeyUnavailable);
    if (m_credentials.encrypted && m_credentials.passphrase.isEmpty())
        return Step::NeedPassphrase;
    // The public key is derived from the private one by libssh2, which also proves the
    // passphrase before anything is sent: a wrong passphrase costs no server attempt.
    const int rc = libssh2_userauth_publickey_frommemory(
        session, m_user.constData(), size_t(m_user.size()), nullptr, 0,
        m_credentials.privateKey.constData(), size_t(m_credentials.privateKey.size()),
        m_credentials.passphrase.isEmpty() ? "" : m_credentials.passphrase.constData());
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
        secureZero(m_credentials.passphrase);
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

void SshAuthenticator::setPassphrase(const QByteArray& passphrase)
{
    m_credentials.passphrase = passphrase;
}

SshError SshAuthenticator::passphraseRefused() const
{
    return m_makeError(m_passphraseAttempts > 0 ? SshError::Code::WrongPassphrase
                                                : SshError::Code::PassphraseRequired,
                       QString());
}

SshAuthenticator::Step SshAuthenticator::withAgent(LIBSSH2_SESSION* session)
{
    if (!m_agent) {
#ifndef _WIN32
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
            return failWith(SshError::Code::AgentUnavailable);
#endif
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

} // namespace vigie
