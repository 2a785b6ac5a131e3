#include "ConnectionTest.h"

#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"

namespace vigie {

namespace {
constexpr qsizetype OutputLimit = 64 * 1024;
}

ConnectionTest::ConnectionTest(SshConnection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{}

QString ConnectionTest::command()
{
    return QStringLiteral("uname -srm; uptime");
}

void ConnectionTest::start()
{
    m_timer.start();
    if (m_connection->state() == SshState::Ready)
        m_connectedAt = 0;
    connect(m_connection, &SshConnection::stateChanged, this, [this](SshState state) {
        if (state == SshState::AwaitingHostKeyDecision || state == SshState::AwaitingPassphrase)
            m_waitedForOperator = true;
    });
    connect(m_connection, &SshConnection::connected, this,
            [this] { m_connectedAt = m_timer.elapsed(); });
    m_job = m_connection->exec(command());
    m_job->setCollectOutput(OutputLimit);
    connect(m_job, &ExecJob::finished, this, &ConnectionTest::onFinished);
}

void ConnectionTest::onFinished(const ExecResult& result)
{
    ConnectionTestResult test;
    test.finishedAt = QDateTime::currentDateTime();
    test.ok = result.succeeded();
    test.output = QString::fromUtf8(m_job->collectedStdout());
    const QString errors = QString::fromUtf8(m_job->collectedStderr());
    if (!errors.isEmpty())
        test.output += (test.output.isEmpty() || test.output.endsWith(QLatin1Char('\n'))
                            ? QString()
                            : QStringLiteral("\n")) +
                       errors;
    if (m_connectedAt >= 0) {
        test.roundTripMs = m_timer.elapsed() - m_connectedAt;
        if (m_connectedAt > 0 && !m_waitedForOperator)
            test.connectMs = m_connectedAt;
    }
    if (!test.ok) {
        // A failed connection says why in its own words; otherwise describe the command's end.
        test.error = result.outcome == ExecResult::Outcome::Failed && result.error.isError()
                         ? result.error.message()
                         : tr("Test command: %1.").arg(result.describe());
    }
    m_job->deleteLater();
    emit finished(test);
    deleteLater();
}

} // namespace vigie
