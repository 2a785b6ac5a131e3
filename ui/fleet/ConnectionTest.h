#pragma once

#include "ssh/SshTypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace vigie {

class ExecJob;
class SshConnection;

struct ConnectionTestResult
{
    bool ok = false;
    QDateTime finishedAt;
    QString output; // the command's stdout (then stderr), as received
    QString error;  // translated, when !ok
    qint64 connectMs =
        -1; // connection set-up, when it happened now without waiting for the operator
    qint64 roundTripMs = -1; // the command itself, on the authenticated session
};

// "Connect and test": opens the server's connection if needed and runs a harmless command on
// it, timing the connection and the command's round trip. Deletes itself once finished.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    ConnectionTest(SshConnection* connection, QObject* parent = nullptr);

    static QString command(); // "uname -srm; uptime"
    void start();

signals:
    void finished(const vigie::ConnectionTestResult& result);

private:
    void onFinished(const ExecResult& result);

    QPointer<SshConnection> m_connection;
    QPointer<ExecJob> m_job;
    QElapsedTimer m_timer;
    qint64 m_connectedAt = -1;
    bool m_waitedForOperator = false;
};

} // namespace vigie
