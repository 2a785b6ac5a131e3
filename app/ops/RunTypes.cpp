#include "RunTypes.h"

#include <QCoreApplication>

namespace vigie {

QString runStateName(RunRecord::State state)
{
    switch (state) {
    case RunRecord::State::Running:
        return QStringLiteral("running");
    case RunRecord::State::Succeeded:
        return QStringLiteral("succeeded");
    case RunRecord::State::Failed:
        return QStringLiteral("failed");
    case RunRecord::State::RolledBack:
        return QStringLiteral("rolled-back");
    case RunRecord::State::Cancelled:
        return QStringLiteral("cancelled");
    case RunRecord::State::Lost:
        return QStringLiteral("lost");
    }
    return QStringLiteral("running");
}

QString runStateText(RunRecord::State state)
{
    switch (state) {
    case RunRecord::State::Running:
        return QCoreApplication::translate("RunState", "Running");
    case RunRecord::State::Succeeded:
        return QCoreApplication::translate("RunState", "Succeeded");
    case RunRecord::State::Failed:
        return QCoreApplication::translate("RunState", "Failed");
    case RunRecord::State::RolledBack:
        return QCoreApplication::translate("RunState", "Rolled back");
    case RunRecord::State::Cancelled:
        return QCoreApplication::translate("RunState", "Cancelled");
    case RunRecord::State::Lost:
        return QCoreApplication::translate("RunState", "Lost (runner gone)");
    }
    return {};
}

} // namespace vigie
