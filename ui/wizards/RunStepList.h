#pragma once

#include "ops/Plan.h"
#include "ops/RunTypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QTreeWidget>

namespace vigie {

// The steps of a run with their progress: a status icon AND its text (never colour alone), the
// step's title, and how long it took (the running step's time counts up).
class RunStepList : public QTreeWidget
{
    Q_OBJECT
public:
    enum class StepState
    {
        Waiting,
        Running,
        Succeeded,
        Failed,
        Cancelled,
        NotRun,
    };

    explicit RunStepList(QWidget* parent = nullptr);

    void setPlan(const Plan& plan); // every step Waiting; recovery steps shown once they start
    void stepStarted(int index);
    void stepFinished(int index, int exitCode);
    void recoveryStarted();
    // Settles every row from the final record: what never ran says so.
    void finish(const RunRecord& record);

    int stepCount() const { return int(m_rows.size()); }
    StepState stepState(int index) const;
    static QString stateText(StepState state, int exitCode = 0);

private:
    struct Row
    {
        QTreeWidgetItem* item = nullptr;
        StepState state = StepState::Waiting;
        int exitCode = 0;
        QElapsedTimer clock;
    };
    void setState(int index, StepState state, int exitCode = 0);
    void updateDurations();

    Plan m_plan;
    QList<Row> m_rows; // plan steps, then recovery steps
    QTreeWidgetItem* m_recoveryHeader = nullptr;
    QTimer m_tick;
};

} // namespace vigie
