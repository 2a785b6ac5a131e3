#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace vigie {

// The holder of a lock on one target (tenant, database, app), as recorded on the server.
struct LockHolder
{
    QString target; // "db:medicalpro_central"
    QString runId;
    QString operatorName; // "alice@laptop"
    QDateTime since;
    // The holder's run is gone (killed, server rebooted) but never released the lock: the target
    // may be half-changed, so clearing it needs the operator's confirmation.
    bool stale = false;
};

// One run as recorded on the server (run directory), readable by every operator.
struct RunRecord
{
    enum class State
    {
        Running,
        Succeeded,
        Failed,     // a step failed (failedStep), no recovery or recovery failed
        RolledBack, // a step failed and the recovery steps succeeded
        Cancelled,  // stopped by an operator at failedStep
        Lost,       // the runner died without writing a final status
    };

    QString id;
    QString wizard;
    QString title;
    QString operatorName;
    QDateTime started;
    QDateTime finished; // invalid while running
    State state = State::Running;
    int stepCount = 0;
    int currentStep = -1; // last step begun
    int failedStep = -1;  // for Failed / RolledBack / Cancelled
    QJsonObject parameters;
    QJsonObject plan; // Plan::toJson()

    bool isFinal() const { return state != State::Running; }
};

QString runStateName(RunRecord::State state); // "running", "succeeded", … (stable, for files)
QString runStateText(RunRecord::State state); // translated
// The state with the step it concerns, as one translated sentence ("Failed at step 3").
QString runStatusText(const RunRecord& run);

} // namespace vigie

Q_DECLARE_METATYPE(vigie::LockHolder)
Q_DECLARE_METATYPE(vigie::RunRecord)
