#include "TcpConnector.h"

#include <QHostInfo>
#include <QSocketNotifier>

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

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

TcpConnector::TcpConnector(ErrorFactory makeError, QObject* parent)
    : QObject(parent)
    , m_makeError(std::move(makeError))
{}

TcpConnector::~TcpConnector()
{
    delete m_notifier;
    if (m_socket >= 0)
        closeSocket(m_socket);
}

void TcpConnector::closeSocket(qintptr socket)
{
#ifdef _WIN32
    ::closesocket(SOCKET(socket));
#else
    ::close(int(socket));
#endif
}

void TcpConnector::connectTo(const QString& host, quint16 port)
{
    m_port = port;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_addresses = {literal};
        emit resolved();
        tryNextAddress();
        return;
    }
    QHostInfo::lookupHost(host, this, &TcpConnector::onResolved);
}

void TcpConnector::onResolved(const QHostInfo& info)
{
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        emit failed(m_makeError(SshError::Code::HostNotFound, info.errorString()));
        return;
    }
    m_addresses = info.addresses();
    emit resolved();
    tryNextAddress();
}

void TcpConnector::tryNextAddress()
{
    while (!m_addresses.isEmpty()) {
        const QHostAddress address = m_addresses.takeFirst();
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
            in6->sin6_family = AF_INET6;
            in6->sin6_port = htons(m_port);
            const Q_IPV6ADDR raw = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, &raw, sizeof(raw));
            length = sizeof(sockaddr_in6);
        } else {
            auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
            in4->sin_family = AF_INET;
            in4->sin_port = htons(m_port);
            in4->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        }
        const auto socket = qintptr(::socket(storage.ss_family, SOCK_STREAM, IPPROTO_TCP));
        if (socket < 0 || !setNonBlocking(socket)) {
            m_lastError = m_makeError(SshError::Code::NetworkError, systemError(errno));
            if (socket >= 0)
                closeSocket(socket);
            continue;
        }
        const int one = 1;
        ::setsockopt(int(socket), IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char*>(&one),
                     sizeof(one));
        const int rc = ::connect(int(socket), reinterpret_cast<sockaddr*>(&storage), length);
        if (rc == 0 || errno == EINPROGRESS || errno == EWOULDBLOCK) {
            m_socket = socket;
            m_notifier = new QSocketNotifier(m_socket, QSocketNotifier::Write, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &TcpConnector::onWritable);
            return;
        }
        m_lastError = m_makeError(errno == ECONNREFUSED ? SshError::Code::ConnectionRefused
                                                        : SshError::Code::NetworkError,
                                  systemError(errno));
        closeSocket(socket);
    }
    emit failed(m_lastError.isError()
                    ? m_lastError
                    : m_makeError(SshError::Code::NetworkError, tr("no address")));
}

void TcpConnector::onWritable()
{
    delete m_notifier;
    m_notifier = nullptr;
    int socketError = 0;
    socklen_t length = sizeof(socketError);
    ::getsockopt(int(m_socket), SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&socketError),
                 &length);
    if (socketError == 0) {
        const qintptr socket = m_socket;
        m_socket = -1; // handed over
        emit connected(socket);
        return;
    }
    m_lastError = m_makeError(socketError == ECONNREFUSED ? SshError::Code::ConnectionRefused
                              : socketError == ETIMEDOUT  ? SshError::Code::Timeout
                                                          : SshError::Code::NetworkError,
                              systemError(socketError));
    closeSocket(m_socket);
    m_socket = -1;
    tryNextAddress();
}

} // namespace vigie
