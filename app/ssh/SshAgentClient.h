#pragma once

#include <QByteArray>
#include <QList>
#include <QLocalSocket>
#include <QObject>
#include <QString>

#include <functional>

namespace vigie {

// A client of the ssh-agent protocol (draft-miller-ssh-agent: REQUEST_IDENTITIES and
// SIGN_REQUEST only) over the agent's UNIX socket, entirely non-blocking. libssh2's own agent
// code reads and writes the socket blocking, on the I/O thread that drives every session: an
// agent waiting for a confirmation (ssh-add -c, a hardware token) froze them all. This client
// lives on that thread too, but never waits: a request is written, and `wake` is called when
// the answer is complete, so the session worker drives the authentication on.
class SshAgentClient : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Waiting, // a request is out
        Answered,
        Failed, // errorString() says why
    };
    struct Identity
    {
        QByteArray blob; // public key blob
        QString comment;
    };

    SshAgentClient(QString socketPath, std::function<void()> wake, QObject* parent = nullptr);
    ~SshAgentClient() override;

    void requestIdentities();
    // flags 0: the key's own signature type (what libssh2 1.10 asks for).
    void requestSignature(const QByteArray& keyBlob, const QByteArray& data);

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    // After Answered: the parsed answer (false and Failed when it is not one).
    bool takeIdentities(QList<Identity>* identities);
    // The signature without its algorithm name, as libssh2's sign callback returns it.
    // False when the agent refused (SSH_AGENT_FAILURE) or answered garbage.
    bool takeSignature(QByteArray* signature);

private:
    void send(const QByteArray& message);
    void onReadyRead();
    void fail(const QString& error);

    QString m_socketPath;
    std::function<void()> m_wake;
    QLocalSocket m_socket;
    State m_state = State::Idle;
    QByteArray m_input;
    QByteArray m_answer;
    QString m_error;
};

} // namespace vigie
