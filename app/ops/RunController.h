#pragma once

#include "Plan.h"
#include "RunTypes.h"
#include "ssh/SshError.h"
#include "ssh/SshTypes.h"

#include <QObject>
#include <QPointer>

namespace vigie {

class ExecJob;
class SshConnection;

// Starts one plan DETACHED on a server, or reattaches to a run by id, and follows it: live
// log, step progress, final status. The run lives on the server (run directory, flock locks);
// this object only watches it, so a dropped connection or a closed window never stops it:
// after a connection loss it reattaches by itself and resumes the log where it stopped.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(SshConnection* connection, QObject* parent = nullptr);
    ~RunController() override;

    // "alice@laptop" by default (local user and host name).
    void setOperatorName(const QString& name);
    static QString defaultOperatorName();
    // Empty: /var/lib/vigie/runs for root, ~/.local/state/vigie/runs otherwise (decided on
    // the server). Set from the server's profile (operations.runsDirectory).
    void setRunsDirectory(const QString& directory);

    void start(const Plan& plan);
    void attach(const QString& runId);
    void cancel(); // stops the run's process group on the server; finished() says where

    QString runId() const { return m_runId; }
    const RunRecord& record() const { return m_record; }
    // What was received so far, markers removed, bounded: past MaxLogHeadChars the beginning
    // is kept, then a line saying how much was dropped, then the newest MaxLogTailChars (a
    // step printing gigabytes, or one endless line, must not grow the application).
    QString log() const;
    qint64 receivedLogChars() const { return m_logReceived; }
    static constexpr qsizetype MaxLogHeadChars = 1024 * 1024;
    static constexpr qsizetype MaxLogTailChars = 3 * 1024 * 1024;

signals:
    void started(const QString& runId);
    // attach() found the run: its record (plan, operator, state so far) before any log.
    void attached(const vigie::RunRecord& record);
    // The lock on a target is held (or stale): nothing ran.
    void refused(const vigie::LockHolder& holder);
    void failedToStart(const QString& message);
    void logReceived(const QString& text);
    // Plan steps are 0..stepCount-1; recovery step k is reported as stepCount + k.
    void stepStarted(int index);
    void stepFinished(int index, int exitCode);
    void recoveryStarted(int failedStep);
    void connectionLost(const vigie::SshError& error); // reattaching by itself
    void reattached();
    void finished(const vigie::RunRecord& record);

private:
    void follow();
    void onFollowData(const QByteArray& data);
    void onFollowFinished(const ExecResult& result);
    void onHeader(const QByteArray& header);
    void feedLog(const QByteArray& data);
    void retryLater(int delayMs);
    void finishRun(const RunRecord& record);
    void releaseJob();
    void keepLog(const QString& text);

    struct Private;
    Private* d;
    QPointer<SshConnection> m_connection;
    QString m_runId;
    RunRecord m_record;
    QString m_log;     // the head: the first MaxLogHeadChars
    QString m_logTail; // then the newest output, trimmed to MaxLogTailChars now and then
    qint64 m_logReceived = 0;
};

} // namespace vigie
