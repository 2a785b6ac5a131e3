#pragma once

#include "SshError.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <functional>

class QHostInfo;
class QSocketNotifier;

namespace vigie {

// Opens a non-blocking TCP connection for libssh2: resolves the name without blocking the
// thread (QHostInfo), then tries each address in turn. The socket is handed over with
// connected(); a connector destroyed before that closes whatever it opened.
class TcpConnector : public QObject
{
    Q_OBJECT
public:
    using ErrorFactory = std::function<SshError(SshError::Code, const QString&)>;

    explicit TcpConnector(ErrorFactory makeError, QObject* parent = nullptr);
    ~TcpConnector() override;

    void connectTo(const QString& host, quint16 port);
    static void closeSocket(qintptr socket);

signals:
    void resolved(); // the name has addresses; TCP connection attempts start
    void connected(qintptr socket);
    void failed(const vigie::SshError& error);

private:
    void onResolved(const QHostInfo& info);
    void tryNextAddress();
    void onWritable();

    ErrorFactory m_makeError;
    quint16 m_port = 0;
    QList<QHostAddress> m_addresses;
    SshError m_lastError;
    qintptr m_socket = -1;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace vigie
