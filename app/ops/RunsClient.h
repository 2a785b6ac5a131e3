#pragma once

#include "RunTypes.h"
#include "ssh/SshError.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace vigie {

class SshConnection;

// Reads what the server knows about runs and locks, for every operator: the Runs tab and
// `vigie-cli runs`. One exec per request.
class RunsClient : public QObject
{
    Q_OBJECT
public:
    explicit RunsClient(SshConnection* connection, QObject* parent = nullptr);

    // Empty: /var/lib/vigie/runs for root, ~/.local/state/vigie/runs otherwise (decided on
    // the server). Set from the server's profile (operations.runsDirectory).
    void setRunsDirectory(const QString& directory);

    void listRuns();                            // -> runsListed
    void readLog(const QString& runId);         // -> logRead (markers removed)
    void clearStaleLock(const QString& target); // refuses a live lock -> lockCleared / failed

signals:
    void runsListed(const QList<vigie::RunRecord>& runs, const QList<vigie::LockHolder>& locks);
    void logRead(const QString& runId, const QString& log);
    void lockCleared(const QString& target);
    void failed(const QString& message);

private:
    QPointer<SshConnection> m_connection;
    QString m_runsDirectory;
};

} // namespace vigie
