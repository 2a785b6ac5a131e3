#pragma once

#include "SshTypes.h"

#include <QCoreApplication>

#include <functional>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_AGENT;
struct libssh2_agent_publickey;

namespace vigie {

// Public-key authentication on a non-blocking libssh2 session, with the key from the keychain
// (used from memory) or with the SSH agent. advance() goes as far as the socket allows; the
// session worker calls it again when the socket is ready.
class SshAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(SshAuthenticator)
public:
    using ErrorFactory = std::function<SshError(SshError::Code, const QString&)>;

    enum class Step
    {
        Pending,        // waiting for the socket
        Done,           // authenticated
        NeedPassphrase, // ask the operator, then setPassphrase()
        Failed,         // failure() says why
    };

    SshAuthenticator(SshCredentials credentials, const QString& user, ErrorFactory makeError);
    ~SshAuthenticator(); // wipes the key material, frees the agent connection
    SshAuthenticator(const SshAuthenticator&) = delete;
    SshAuthenticator& operator=(const SshAuthenticator&) = delete;

    Step advance(_LIBSSH2_SESSION* session);
    void setPassphrase(const QByteArray& passphrase);
    // The operator gave up on the passphrase prompt.
    SshError passphraseRefused() const;

    const QString& keyName() const { return m_credentials.keyName; }
    bool previousPassphraseWasWrong() const { return m_passphraseAttempts > 0; }
    const SshError& failure() const { return m_failure; }

private:
    Step withKey(_LIBSSH2_SESSION* session);
    Step withAgent(_LIBSSH2_SESSION* session);
    Step failWith(SshError::Code code, const QString& detail = {});
    void releaseSecrets();

    SshCredentials m_credentials;
    QByteArray m_user;
    ErrorFactory m_makeError;
    bool m_methodsListed = false;
    int m_passphraseAttempts = 0;
    _LIBSSH2_AGENT* m_agent = nullptr;
    libssh2_agent_publickey* m_agentIdentity = nullptr;
    int m_agentAttempts = 0;
    SshError m_failure;
};

} // namespace vigie
