#include "SshAgentClient.h"

#include "SshWire.h"

#include <QtEndian>

namespace vigie {

namespace {
// draft-miller-ssh-agent message numbers.
constexpr char AgentFailure = 5;
constexpr char RequestIdentities = 11;
constexpr char IdentitiesAnswer = 12;
constexpr char SignRequest = 13;
constexpr char SignResponse = 14;
constexpr quint32 MaxAnswer = 256 * 1024; // an agent holds a few keys, a signature is small
} // namespace

SshAgentClient::SshAgentClient(QString socketPath, std::function<void()> wake, QObject* parent)
    : QObject(parent)
    , m_socketPath(std::move(socketPath))
    , m_wake(std::move(wake))
{
    connect(&m_socket, &QLocalSocket::readyRead, this, &SshAgentClient::onReadyRead);
    connect(&m_socket, &QLocalSocket::errorOccurred, this,
            [this] { fail(m_socket.errorString()); });
    connect(&m_socket, &QLocalSocket::disconnected, this,
            [this] { fail(tr("the agent closed the connection")); });
}

// The socket outlives the other members (declared before them) and says "disconnected" while
// it is destroyed: its signals must not reach this half-destroyed object.
SshAgentClient::~SshAgentClient()
{
    QObject::disconnect(&m_socket, nullptr, this, nullptr);
}

void SshAgentClient::send(const QByteArray& message)
{
    m_state = State::Waiting;
    m_answer.clear();
    if (m_socket.state() == QLocalSocket::UnconnectedState)
        m_socket.connectToServer(m_socketPath); // asynchronous; writes are queued meanwhile
    QByteArray framed(4, '\0');
    qToBigEndian(quint32(message.size()), framed.data());
    framed.append(message);
    m_socket.write(framed);
}

void SshAgentClient::requestIdentities()
{
    send(QByteArray(1, RequestIdentities));
}

void SshAgentClient::requestSignature(const QByteArray& keyBlob, const QByteArray& data)
{
    WireWriter writer;
    writer.writeBytes(QByteArray(1, SignRequest));
    writer.writeString(keyBlob);
    writer.writeString(data);
    writer.writeUint32(0);
    send(writer.data());
}

void SshAgentClient::onReadyRead()
{
    m_input.append(m_socket.readAll());
    if (m_state != State::Waiting || m_input.size() < 4)
        return;
    const quint32 length = qFromBigEndian<quint32>(m_input.constData());
    if (length == 0 || length > MaxAnswer) {
        fail(tr("the agent sent a malformed answer"));
        return;
    }
    if (quint32(m_input.size()) < 4 + length)
        return;
    m_answer = m_input.mid(4, length);
    m_input.remove(0, 4 + length);
    m_state = State::Answered;
    if (m_wake)
        m_wake();
}

void SshAgentClient::fail(const QString& error)
{
    if (m_state == State::Failed)
        return;
    const bool wasWaiting = m_state == State::Waiting;
    m_state = State::Failed;
    m_error = error;
    if (wasWaiting && m_wake)
        m_wake();
}

bool SshAgentClient::takeIdentities(QList<Identity>* identities)
{
    identities->clear();
    WireReader reader(std::exchange(m_answer, QByteArray()));
    QByteArray type;
    std::uint32_t count = 0;
    bool ok =
        reader.readBytes(1, type) && type.at(0) == IdentitiesAnswer && reader.readUint32(count);
    for (std::uint32_t i = 0; ok && i < count; ++i) {
        Identity identity;
        QByteArray comment;
        ok = reader.readString(identity.blob) && reader.readString(comment);
        identity.comment = QString::fromUtf8(comment);
        identities->append(identity);
    }
    m_state = State::Idle;
    if (!ok)
        fail(tr("the agent sent a malformed list of keys"));
    return ok;
}

bool SshAgentClient::takeSignature(QByteArray* signature)
{
    WireReader reader(std::exchange(m_answer, QByteArray()));
    m_state = State::Idle;
    QByteArray type;
    if (!reader.readBytes(1, type) || type.at(0) == AgentFailure || type.at(0) != SignResponse)
        return false;
    QByteArray blob;
    if (!reader.readString(blob))
        return false;
    WireReader inner(blob);
    QByteArray algorithm;
    return inner.readString(algorithm) && inner.readString(*signature);
}

} // namespace vigie
