// A TCP proxy on loopback that adds a fixed one-way delay to each direction, for kernels (or
// containers) without netem. Each LISTEN=TARGET pair forwards 127.0.0.1:LISTEN to
// 127.0.0.1:TARGET. With --echo PORT it also serves a delayed echo on PORT, so the bench can
// measure the round trip it really gets.
//
//   vigie-delay-proxy --delay-ms 10 [--echo PORT] LISTEN=TARGET...
//
// The upstream connection is opened 1.5 round trips after the client connects: a real
// client's first byte reaches the server only after SYN, SYN-ACK, ACK, and the server's banner
// comes back half a round trip later. Prints "ready" once every port listens.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <deque>

namespace {

QElapsedTimer g_clock;

qint64 nowUs()
{
    return g_clock.nsecsElapsed() / 1000;
}

// One direction of a connection: bytes are written out `delayMs` after they were read.
class DelayedPipe : public QObject
{
public:
    DelayedPipe(QTcpSocket* from, QTcpSocket* to, qint64 delayUs, QObject* parent)
        : QObject(parent)
        , m_from(from)
        , m_to(to)
        , m_delayUs(delayUs)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
        connect(from, &QTcpSocket::readyRead, this, [this] { take(); });
    }

    // Called once the receiving side can be written to.
    void open()
    {
        m_open = true;
        flush();
    }
    bool drained() const { return m_queue.empty(); }
    std::function<void()> onDrained;

    void take()
    {
        const QByteArray data = m_from->readAll();
        if (data.isEmpty())
            return;
        m_queue.push_back({nowUs() + m_delayUs, data});
        schedule();
    }

private:
    void schedule()
    {
        if (!m_open || m_queue.empty() || m_timer.isActive())
            return;
        // Timers have millisecond steps: wake up early and send what is due within 0.5 ms.
        m_timer.start(int(qMax<qint64>(0, (m_queue.front().due - nowUs()) / 1000)));
    }
    void flush()
    {
        if (!m_open)
            return;
        const qint64 now = nowUs() + 500;
        while (!m_queue.empty() && m_queue.front().due <= now) {
            m_to->write(m_queue.front().data);
            m_queue.pop_front();
        }
        schedule();
        if (m_queue.empty() && onDrained)
            onDrained();
    }

    struct Chunk
    {
        qint64 due;
        QByteArray data;
    };
    QTcpSocket* m_from;
    QTcpSocket* m_to;
    qint64 m_delayUs;
    bool m_open = false;
    std::deque<Chunk> m_queue;
    QTimer m_timer;
};

// Client <-> upstream, each direction delayed. A close travels with the same delay, after the
// data that preceded it.
class ProxiedConnection : public QObject
{
public:
    ProxiedConnection(QTcpSocket* client, quint16 target, qint64 delayUs, QObject* parent)
        : QObject(parent)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        client->setParent(this);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_up = new DelayedPipe(client, m_upstream, delayUs, this);
        m_down = new DelayedPipe(m_upstream, client, delayUs, this);
        const int delayMs = int(delayUs / 1000);
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_up->open();
            m_down->open();
        });
        connect(client, &QTcpSocket::disconnected, this, [this, delayMs] {
            m_up->take();
            QTimer::singleShot(delayMs, this, [this] { closeWhenDrained(m_up, m_upstream); });
        });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this, delayMs] {
            m_down->take();
            QTimer::singleShot(delayMs, this, [this] { closeWhenDrained(m_down, m_client); });
        });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](auto) {
            if (m_upstream->state() != QAbstractSocket::ConnectedState)
                m_client->abort();
        });
        QTimer::singleShot(delayMs * 3, this, [this, target] {
            m_upstream->connectToHost(QHostAddress::LocalHost, target);
        });
    }

private:
    void closeWhenDrained(DelayedPipe* pipe, QTcpSocket* to)
    {
        auto close = [this, to] {
            to->disconnectFromHost();
            if (++m_closed == 2 || to->state() == QAbstractSocket::UnconnectedState)
                deleteLater();
        };
        if (pipe->drained())
            close();
        else
            pipe->onDrained = close;
    }

    QTcpSocket* m_client;
    QTcpSocket* m_upstream;
    DelayedPipe* m_up;
    DelayedPipe* m_down;
    int m_closed = 0;
};

bool listen(QTcpServer* server, quint16 port)
{
    if (!server->listen(QHostAddress::LocalHost, port)) {
        std::fprintf(stderr, "vigie-delay-proxy: cannot listen on %u: %s\n", port,
                     qPrintable(server->errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    g_clock.start();
    const QStringList args = app.arguments().mid(1);
    qint64 delayUs = 0;
    QList<QPair<quint16, quint16>> pairs;
    quint16 echoPort = 0;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--delay-ms") && i + 1 < args.size()) {
            delayUs = qint64(args[++i].toDouble() * 1000);
        } else if (args[i] == QLatin1String("--echo") && i + 1 < args.size()) {
            echoPort = quint16(args[++i].toUInt());
        } else if (const QStringList pair = args[i].split(u'='); pair.size() == 2) {
            pairs.append({quint16(pair[0].toUInt()), quint16(pair[1].toUInt())});
        } else {
            std::fprintf(stderr, "usage: vigie-delay-proxy --delay-ms MS [--echo PORT] "
                                 "LISTEN=TARGET...\n");
            return 2;
        }
    }

    if (echoPort != 0) {
        // The echo server itself answers at once; its listener goes through the proxy.
        auto* echo = new QTcpServer(&app);
        if (!listen(echo, 0))
            return 1;
        QObject::connect(echo, &QTcpServer::newConnection, echo, [echo] {
            while (QTcpSocket* socket = echo->nextPendingConnection()) {
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [socket] { socket->write(socket->readAll()); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        pairs.append({echoPort, echo->serverPort()});
    }
    for (const auto& [listenPort, target] : std::as_const(pairs)) {
        auto* server = new QTcpServer(&app);
        if (!listen(server, listenPort))
            return 1;
        QObject::connect(server, &QTcpServer::newConnection, server,
                         [server, target = target, delayUs] {
                             while (QTcpSocket* client = server->nextPendingConnection())
                                 new ProxiedConnection(client, target, delayUs, server);
                         });
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
