#pragma once

#include "dashboards/DashboardTableModel.h"
#include "ops/RunTypes.h"

namespace vigie {

// The runs recorded on one server, from every operator: status (colour AND text), wizard,
// title, operator, when it started and how long it took (so far, while it runs).
class RunTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        WizardColumn,
        TitleColumn,
        OperatorColumn,
        StartedColumn,
        DurationColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setRuns(const QList<RunRecord>& runs, const QDateTime& now);
    const RunRecord& run(int row) const { return m_runs.at(row); }
    int rowOfRun(const QString& runId) const { return rowOfKey(runId); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override;
    int statusColumn() const override { return StatusColumn; }

    static QString wizardText(const QString& wizard); // translated: "Provision", "Restore" …
    static Health stateHealth(RunRecord::State state);

protected:
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override { return column == DurationColumn; }

private:
    qint64 durationSeconds(const RunRecord& run) const;

    QList<RunRecord> m_runs;
    QDateTime m_now;
};

// The locks held on one server right now: target, holder, since when, by which run.
class LockTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TargetColumn,
        StatusColumn,
        OperatorColumn,
        SinceColumn,
        RunColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setLocks(const QList<LockHolder>& locks);
    const LockHolder& lock(int row) const { return m_locks.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override;
    int statusColumn() const override { return StatusColumn; }

protected:
    QString columnTitle(int column) const override;

private:
    QList<LockHolder> m_locks;
};

} // namespace vigie
