#include "RunStepList.h"

#include "dashboards/DisplayFormat.h"
#include "widgets/HealthStyle.h"

#include <QHeaderView>

namespace vigie {

namespace {
enum Column
{
    StatusColumn,
    StepColumn,
    DurationColumn,
};

Health stateHealth(RunStepList::StepState state)
{
    switch (state) {
    case RunStepList::StepState::Succeeded:
        return Health::Ok;
    case RunStepList::StepState::Running:
    case RunStepList::StepState::Cancelled:
        return Health::Warning;
    case RunStepList::StepState::Failed:
        return Health::Critical;
    case RunStepList::StepState::Waiting:
    case RunStepList::StepState::NotRun:
        break;
    }
    return Health::Unknown;
}
} // namespace

RunStepList::RunStepList(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("runStepList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setHeaderLabels({tr("Status"), tr("Step"), tr("Duration")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(DurationColumn, QHeaderView::ResizeToContents);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RunStepList::updateDurations);
}

QString RunStepList::stateText(StepState state, int exitCode)
{
    switch (state) {
    case StepState::Waiting:
        return tr("Waiting");
    case StepState::Running:
        return tr("Running…");
    case StepState::Succeeded:
        return tr("Done");
    case StepState::Failed:
        return exitCode != 0 ? tr("Failed (exit %1)").arg(exitCode) : tr("Failed");
    case StepState::Cancelled:
        return tr("Cancelled");
    case StepState::NotRun:
        return tr("Not run");
    }
    return {};
}

void RunStepList::setPlan(const Plan& plan)
{
    clear();
    m_rows.clear();
    m_recoveryHeader = nullptr;
    m_plan = plan;
    for (int i = 0; i < plan.steps.size(); ++i) {
        Row row;
        row.item = new QTreeWidgetItem(this);
        row.item->setText(StepColumn, tr("%1. %2").arg(i + 1).arg(plan.steps.at(i).title));
        row.item->setToolTip(StepColumn, plan.steps.at(i).command);
        m_rows.append(row);
        setState(i, StepState::Waiting);
    }
}

void RunStepList::recoveryStarted()
{
    if (m_recoveryHeader || m_plan.recoverySteps.isEmpty())
        return;
    m_recoveryHeader = new QTreeWidgetItem(this);
    m_recoveryHeader->setText(StepColumn, tr("Rolling back:"));
    m_recoveryHeader->setFirstColumnSpanned(true);
    for (int i = 0; i < m_plan.recoverySteps.size(); ++i) {
        Row row;
        row.item = new QTreeWidgetItem(this);
        row.item->setText(StepColumn,
                          tr("R%1. %2").arg(i + 1).arg(m_plan.recoverySteps.at(i).title));
        row.item->setToolTip(StepColumn, m_plan.recoverySteps.at(i).command);
        m_rows.append(row);
        setState(int(m_rows.size()) - 1, StepState::Waiting);
    }
}

void RunStepList::stepStarted(int index)
{
    if (index >= m_plan.steps.size())
        recoveryStarted(); // recovery steps are numbered after the plan's steps
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index].clock.start();
    setState(index, StepState::Running);
    scrollToItem(m_rows.at(index).item);
    m_tick.start();
}

void RunStepList::stepFinished(int index, int exitCode)
{
    if (index < 0 || index >= m_rows.size())
        return;
    setState(index, exitCode == 0 ? StepState::Succeeded : StepState::Failed, exitCode);
    updateDurations();
}

void RunStepList::finish(const RunRecord& record)
{
    m_tick.stop();
    updateDurations();
    const int planSteps = int(m_plan.steps.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const StepState state = m_rows.at(i).state;
        if (record.state == RunRecord::State::Succeeded && i < planSteps) {
            if (state != StepState::Failed)
                setState(i, StepState::Succeeded);
            continue;
        }
        if (i < planSteps && i < record.failedStep && state != StepState::Failed)
            setState(i, StepState::Succeeded); // attached late: what came before the failure ran
        else if (i == record.failedStep && state != StepState::Failed)
            setState(i,
                     record.state == RunRecord::State::Cancelled ? StepState::Cancelled
                                                                 : StepState::Failed,
                     m_rows.at(i).exitCode);
        else if (state == StepState::Waiting || state == StepState::Running)
            setState(i, StepState::NotRun);
    }
}

RunStepList::StepState RunStepList::stepState(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).state : StepState::NotRun;
}

void RunStepList::setState(int index, StepState state, int exitCode)
{
    Row& row = m_rows[index];
    row.state = state;
    row.exitCode = exitCode;
    row.item->setIcon(StatusColumn, HealthStyle::icon(stateHealth(state)));
    row.item->setText(StatusColumn, stateText(state, exitCode));
    QFont font = row.item->font(StepColumn);
    font.setBold(state == StepState::Running);
    row.item->setFont(StepColumn, font);
}

void RunStepList::updateDurations()
{
    bool running = false;
    for (Row& row : m_rows) {
        if (!row.clock.isValid())
            continue;
        if (row.state == StepState::Running)
            running = true;
        else if (!row.item->text(DurationColumn).isEmpty() && row.state != StepState::Running &&
                 row.item->data(DurationColumn, Qt::UserRole).toBool())
            continue; // settled
        const qint64 ms = row.clock.elapsed();
        row.item->setText(DurationColumn, ms < 1000 ? DisplayFormat::milliseconds(ms)
                                                    : DisplayFormat::duration(ms / 1000));
        row.item->setData(DurationColumn, Qt::UserRole, row.state != StepState::Running);
    }
    if (!running)
        m_tick.stop();
}

} // namespace vigie
