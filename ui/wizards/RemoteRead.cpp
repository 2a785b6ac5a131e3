#include "RemoteRead.h"

#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"

#include <QCoreApplication>
#include <QPointer>

namespace vigie {

QString RemoteReadResult::problem() const
{
    if (result.succeeded())
        return {};
    const QList<QByteArray> lines = err.trimmed().split('\n');
    const QString last = QString::fromUtf8(lines.isEmpty() ? QByteArray() : lines.last()).trimmed();
    return last.isEmpty()
               ? result.describe()
               : QCoreApplication::translate("RemoteRead", "%1 (%2)").arg(result.describe(), last);
}

void readRemote(SshConnection* connection, const QString& command, QObject* context,
                std::function<void(const RemoteReadResult&)> done)
{
    constexpr qsizetype OutputLimit = 4 << 20;
    if (!connection) {
        RemoteReadResult failed;
        failed.result.outcome = ExecResult::Outcome::Failed;
        done(failed);
        return;
    }
    ExecJob* job = connection->exec(command);
    job->setCollectOutput(OutputLimit);
    QObject::connect(job, &ExecJob::finished, context,
                     [job, done = std::move(done)](const ExecResult& result) {
                         RemoteReadResult read;
                         read.result = result;
                         read.out = job->collectedStdout();
                         read.err = job->collectedStderr();
                         job->deleteLater();
                         done(read);
                     });
    // A context destroyed first: the job still ends and must not leak.
    QObject::connect(context, &QObject::destroyed, job, [job] {
        job->cancel();
        job->deleteLater();
    });
}

} // namespace vigie
