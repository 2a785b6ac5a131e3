#include "ExecJob.h"

#include "SshConnection.h"

namespace vigie {

ExecJob::ExecJob(quint64 id, SshConnection* connection)
    : QObject(connection)
    , m_id(id)
    , m_connection(connection)
{}

void ExecJob::cancel()
{
    if (!m_finished && m_connection)
        m_connection->cancelJob(m_id);
}

void ExecJob::setCollectOutput(qsizetype limit)
{
    m_collectLimit = limit;
}

void ExecJob::deliverStdout(const QByteArray& data)
{
    if (m_collectLimit >= 0) {
        const qsizetype room = m_collectLimit - m_stdout.size();
        m_stdout.append(data.left(qMax<qsizetype>(0, room)));
        m_truncated = m_truncated || data.size() > room;
    }
    emit stdoutReceived(data);
}

void ExecJob::deliverStderr(const QByteArray& data)
{
    if (m_collectLimit >= 0) {
        const qsizetype room = m_collectLimit - m_stderr.size();
        m_stderr.append(data.left(qMax<qsizetype>(0, room)));
        m_truncated = m_truncated || data.size() > room;
    }
    emit stderrReceived(data);
}

void ExecJob::finish(const ExecResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    emit finished(result);
}

} // namespace vigie
