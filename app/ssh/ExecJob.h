#pragma once

#include "SshTypes.h"

#include <QByteArray>
#include <QObject>

namespace vigie {

class SshConnection;

// One remote command, seen from the GUI (or CLI) thread. Output arrives in chunks as it is
// produced; finished() comes exactly once. Like QNetworkReply, the caller deletes it
// (deleteLater) once done; its parent is the connection.
class ExecJob : public QObject
{
    Q_OBJECT
public:
    quint64 id() const { return m_id; }
    bool isFinished() const { return m_finished; }
    const ExecResult& result() const { return m_result; }
    void cancel();

    // Optional convenience for short commands: keep the output, up to `limit` bytes per stream
    // (the rest is dropped and flagged), on top of the signals.
    void setCollectOutput(qsizetype limit);
    const QByteArray& collectedStdout() const { return m_stdout; }
    const QByteArray& collectedStderr() const { return m_stderr; }
    bool outputTruncated() const { return m_truncated; }

signals:
    void stdoutReceived(const QByteArray& data);
    void stderrReceived(const QByteArray& data);
    void finished(const vigie::ExecResult& result);

private:
    friend class SshConnection;
    ExecJob(quint64 id, SshConnection* connection);
    void deliverStdout(const QByteArray& data);
    void deliverStderr(const QByteArray& data);
    void finish(const ExecResult& result);

    quint64 m_id;
    SshConnection* m_connection;
    bool m_finished = false;
    ExecResult m_result;
    qsizetype m_collectLimit = -1;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_truncated = false;
};

} // namespace vigie
