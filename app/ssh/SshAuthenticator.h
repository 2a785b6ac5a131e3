#pragma once

#include "SshTypes.h"

#include <QCoreApplication>

#include <QList>

#include <functional>
#include <memory>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_AGENT;
struct libssh2_agent_publickey;

namespace vigie {

class SshAgentClient;

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

    // `wake` is called (on this thread) when the SSH agent has answered: advance() again then.
    SshAuthenticator(SshCredentials credentials, const QString& user, ErrorFactory makeError,
                     std::function<void()> wake = {});
    ~SshAuthenticator(); // wipes the key material, frees the agent connection
    SshAuthenticator(const SshAuthenticator&) = delete;
    SshAuthenticator& operator=(const SshAuthenticator&) = delete;

    Step advance(_LIBSSH2_SESSION* session);
    void setPassphrase(SharedSecret passphrase);
    // The operator gave up on the passphrase prompt.
    SshError passphraseRefused() const;

    const QString& keyName() const { return m_credentials.keyName; }
    bool previousPassphraseWasWrong() const { return m_passphraseAttempts > 0; }
    const SshError& failure() const { return m_failure; }
    // Pending because the agent has not answered yet (it may be waiting for the operator).
    bool waitingForAgent() const;

private:
    Step withKey(_LIBSSH2_SESSION* session);
    Step withAgent(_LIBSSH2_SESSION* session);
    Step nextAgentIdentity(_LIBSSH2_SESSION* session);
    static int signWithAgent(_LIBSSH2_SESSION* session, unsigned char** signature,
                             size_t* signatureLength, const unsigned char* data, size_t dataLength,
                             void** abstract);
    Step failWith(SshError::Code code, const QString& detail = {});
    void releaseSecrets();

    SshCredentials m_credentials;
    QByteArray m_user;
    ErrorFactory m_makeError;
    bool m_methodsListed = false;
    int m_passphraseAttempts = 0;
    std::function<void()> m_wake;
#ifdef _WIN32
    // Pageant speaks through window messages, not a socket: libssh2's agent code (blocking).
    _LIBSSH2_AGENT* m_agent = nullptr;
    libssh2_agent_publickey* m_agentIdentity = nullptr;
#else
    std::unique_ptr<SshAgentClient> m_agentClient;
    bool m_listingAgentKeys = false;
    QList<QByteArray> m_agentKeys; // public key blobs, in the agent's order
    bool m_signRequested = false;
    void* m_signContext = this; // libssh2 hands the sign callback a pointer to this
#endif
    int m_agentAttempts = 0;
    SshError m_failure;
};

} // namespace vigie
