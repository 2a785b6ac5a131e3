#include "JournalTableModel.h"

#include "dashboards/DisplayFormat.h"
#include "ops/RunTypes.h"
#include "widgets/HealthStyle.h"

namespace vigie {

namespace {

Health healthOf(JournalEntry::Result result)
{
    switch (result) {
    case JournalEntry::Result::Succeeded:
        return Health::Ok;
    case JournalEntry::Result::Running:
        return Health::Unknown;
    case JournalEntry::Result::RolledBack:
    case JournalEntry::Result::Cancelled:
    case JournalEntry::Result::Refused:
        return Health::Warning;
    case JournalEntry::Result::Failed:
    case JournalEntry::Result::Lost:
    case JournalEntry::Result::FailedToStart:
        return Health::Critical;
    }
    return Health::Unknown;
}

} // namespace

JournalTableModel::JournalTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void JournalTableModel::setEntries(const QList<JournalEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int JournalTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

QString JournalTableModel::resultWithStepText(const JournalEntry& entry)
{
    // The run's own words, so a run reads the same here and in the Runs tab.
    RunRecord run;
    run.failedStep = entry.failedStep;
    switch (entry.result) {
    case JournalEntry::Result::Failed:
        run.state = RunRecord::State::Failed;
        break;
    case JournalEntry::Result::RolledBack:
        run.state = RunRecord::State::RolledBack;
        break;
    case JournalEntry::Result::Cancelled:
        run.state = RunRecord::State::Cancelled;
        break;
    default:
        return JournalEntry::resultText(entry.result);
    }
    return entry.failedStep >= 0 ? runStatusText(run) : JournalEntry::resultText(entry.result);
}

QString JournalTableModel::wizardText(const QString& wizard)
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

int JournalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const JournalEntry& entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    const qint64 duration = entry.durationSeconds();
    if (role == SortRole) {
        switch (index.column()) {
        case When:
            return entry.started.toMSecsSinceEpoch();
        case Duration:
            return duration;
        case Result:
            return int(entry.result);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return DisplayFormat::dateTime(entry.started.toLocalTime());
        case Server:
            return entry.server;
        case Wizard:
            return wizardText(entry.wizard);
        case Title:
            return entry.title;
        case Result:
            return resultWithStepText(entry);
        case Duration:
            return duration >= 0 ? DisplayFormat::duration(duration) : DisplayFormat::none();
        case Operator:
            return entry.operatorName;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Result)
        return HealthStyle::icon(healthOf(entry.result));
    if (role == Qt::ToolTipRole && index.column() == Result && !entry.message.isEmpty())
        return entry.message;
    if (role == Qt::ToolTipRole && index.column() == When)
        return DisplayFormat::longDateTime(entry.started.toLocalTime());
    return {};
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Server:
        return tr("Server");
    case Wizard:
        return tr("Operation");
    case Title:
        return tr("Title");
    case Result:
        return tr("Result");
    case Duration:
        return tr("Duration");
    case Operator:
        return tr("Operator");
    }
    return {};
}

} // namespace vigie
