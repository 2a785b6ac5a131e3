#include "RunTableModel.h"

#include "dashboards/DisplayFormat.h"

namespace vigie {

// --- RunTableModel ---------------------------------------------------------------------------

void RunTableModel::setRuns(const QList<RunRecord>& runs, const QDateTime& now)
{
    QStringList keys;
    for (const RunRecord& run : runs)
        keys.append(run.id);
    replaceRows(keys, [&] {
        m_runs = runs;
        m_now = now;
    });
}

int RunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunTableModel::columnTitle(int column) const
{
    switch (column) {
    case StatusColumn:
        return tr("Status");
    case WizardColumn:
        return tr("Operation");
    case TitleColumn:
        return tr("Title");
    case OperatorColumn:
        return tr("Operator");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

QString RunTableModel::wizardText(const QString& wizard)
{
    if (wizard == QLatin1String("provision"))
        return tr("Provision");
    if (wizard == QLatin1String("restore"))
        return tr("Restore");
    if (wizard == QLatin1String("deploy"))
        return tr("Deploy");
    if (wizard == QLatin1String("undo"))
        return tr("Undo");
    return wizard;
}

Health RunTableModel::stateHealth(RunRecord::State state)
{
    switch (state) {
    case RunRecord::State::Succeeded:
        return Health::Ok;
    case RunRecord::State::Running:
    case RunRecord::State::Cancelled:
    case RunRecord::State::RolledBack:
        return Health::Warning;
    case RunRecord::State::Failed:
    case RunRecord::State::Lost:
        return Health::Critical;
    }
    return Health::Unknown;
}

Health RunTableModel::health(int row) const
{
    return stateHealth(m_runs.at(row).state);
}

qint64 RunTableModel::durationSeconds(const RunRecord& run) const
{
    if (!run.started.isValid())
        return -1;
    return run.started.secsTo(run.finished.isValid() ? run.finished : m_now);
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunRecord& run = m_runs.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StatusColumn:
            return runStatusText(run);
        case WizardColumn:
            return wizardText(run.wizard);
        case TitleColumn:
            return run.title;
        case OperatorColumn:
            return run.operatorName;
        case StartedColumn:
            return DisplayFormat::dateTime(run.started);
        case DurationColumn:
            return DisplayFormat::duration(durationSeconds(run));
        }
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case StartedColumn:
            return run.started;
        case DurationColumn:
            return durationSeconds(run);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return commonData(index, role);
}

// --- LockTableModel --------------------------------------------------------------------------

void LockTableModel::setLocks(const QList<LockHolder>& locks)
{
    QStringList keys;
    for (const LockHolder& lock : locks)
        keys.append(lock.target);
    replaceRows(keys, [&] { m_locks = locks; });
}

int LockTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LockTableModel::columnTitle(int column) const
{
    switch (column) {
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case OperatorColumn:
        return tr("Held by");
    case SinceColumn:
        return tr("Since");
    case RunColumn:
        return tr("Run");
    }
    return {};
}

Health LockTableModel::health(int row) const
{
    return m_locks.at(row).stale ? Health::Critical : Health::Warning;
}

QVariant LockTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_locks.size())
        return {};
    const LockHolder& lock = m_locks.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TargetColumn:
            return lock.target;
        case StatusColumn:
            return lock.stale ? tr("Stale: its run is gone") : tr("Held by a running run");
        case OperatorColumn:
            return lock.operatorName;
        case SinceColumn:
            return DisplayFormat::dateTime(lock.since);
        case RunColumn:
            return lock.runId;
        }
        return {};
    }
    if (role == SortRole)
        return index.column() == SinceColumn ? QVariant(lock.since) : data(index, Qt::DisplayRole);
    return commonData(index, role);
}

} // namespace vigie
