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

QString runStatusText(const RunRecord& run)
{
    const int step = run.failedStep + 1;
    switch (run.state) {
    case RunRecord::State::Running:
        if (run.stepCount > 0)
            return QCoreApplication::translate("RunState", "Running (step %1 of %2)")
                .arg(run.currentStep + 1)
                .arg(run.stepCount);
        break;
    case RunRecord::State::Succeeded:
        break;
    case RunRecord::State::Failed:
        if (step > 0)
            return QCoreApplication::translate("RunState", "Failed at step %1").arg(step);
        break;
    case RunRecord::State::RolledBack:
        if (step > 0)
            return QCoreApplication::translate("RunState", "Rolled back after step %1 failed")
                .arg(step);
        break;
    case RunRecord::State::Cancelled:
        if (step > 0)
            return QCoreApplication::translate("RunState", "Cancelled at step %1").arg(step);
        break;
    case RunRecord::State::Lost:
        if (step > 0)
            return QCoreApplication::translate("RunState", "Lost at step %1 (runner gone)")
                .arg(step);
        break;
    }
    return runStateText(run.state);
}

} // namespace vigie
