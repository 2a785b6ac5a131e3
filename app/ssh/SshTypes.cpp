#include "SshTypes.h"

#include <QCoreApplication>

namespace vigie {

QString ExecResult::describe() const
{
    switch (outcome) {
    case Outcome::Exited:
        return QCoreApplication::translate("ExecResult", "exited with status %1").arg(exitCode);
    case Outcome::Signalled:
        return QCoreApplication::translate("ExecResult", "killed by signal %1").arg(signalName);
    case Outcome::Unknown:
        return QCoreApplication::translate("ExecResult", "exit status unknown: %1")
            .arg(error.isError() ? error.message()
                                 : QCoreApplication::translate(
                                       "ExecResult", "the server reported no exit status"));
    case Outcome::Cancelled:
        return QCoreApplication::translate("ExecResult", "cancelled");
    case Outcome::Failed:
        return QCoreApplication::translate("ExecResult", "could not run: %1").arg(error.message());
    }
    return {};
}

} // namespace vigie
