#include "BackupTableModel.h"

#include "DisplayFormat.h"
#include "widgets/HealthStyle.h"

#include <algorithm>

namespace vigie {

void BackupTableModel::setSummaries(const QList<BackupSummary>& summaries)
{
    QStringList keys;
    for (const BackupSummary& summary : summaries)
        keys.append(summary.target.name);
    replaceRows(keys, [&] { m_summaries = summaries; });
}

int BackupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupTableModel::missingDaysText(const BackupSummary& summary, int maxDays)
{
    QList<QDate> days = summary.missingDays;
    std::sort(days.begin(), days.end());
    QStringList texts;
    for (qsizetype i = 0; i < days.size() && i < maxDays; ++i)
        texts.append(DisplayFormat::dayMonth(days.at(i)));
    QString text = texts.join(QStringLiteral(", "));
    if (days.size() > maxDays)
        text = tr("%1 and %Ln more", "", days.size() - maxDays).arg(text);
    return text;
}

QString BackupTableModel::problems(const BackupSummary& summary)
{
    QStringList lines;
    if (!summary.latest) {
        lines.append(tr("no backup found in %1 matching %2")
                         .arg(summary.target.directory, summary.target.pattern));
    } else {
        if (summary.ageSeconds > qint64(summary.target.maxAgeHours) * 3600)
            lines.append(tr("the latest backup is %1 old, more than %n hour(s)", "",
                            summary.target.maxAgeHours)
                             .arg(DisplayFormat::coarseDuration(summary.ageSeconds)));
        if (summary.latest->sizeBytes == 0)
            lines.append(tr("the latest backup is empty"));
        if (!summary.allEncrypted)
            lines.append(tr("not every backup is encrypted"));
    }
    if (!summary.missingDays.isEmpty())
        lines.append(tr("missing: %1").arg(missingDaysText(summary, 31)));
    return lines.join(QLatin1Char('\n'));
}

QList<qreal> BackupTableModel::sizeTrend(const BackupSummary& summary)
{
    QList<qreal> values;
    values.reserve(summary.files.size());
    for (auto it = summary.files.crbegin(); it != summary.files.crend(); ++it)
        values.append(qreal(it->sizeBytes));
    return values;
}

QVariant BackupTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_summaries.size())
        return {};
    const BackupSummary& summary = m_summaries.at(index.row());
    const bool hasLatest = summary.latest.has_value();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TargetColumn:
            return summary.target.name;
        case StatusColumn:
            return hasLatest ? Assessment::healthName(summary.health) : tr("no backup");
        case LatestColumn:
            return hasLatest ? DisplayFormat::dateTime(summary.latest->modified)
                             : DisplayFormat::none();
        case AgeColumn:
            return hasLatest ? DisplayFormat::age(summary.ageSeconds) : DisplayFormat::none();
        case SizeColumn:
            return hasLatest ? DisplayFormat::size(summary.latest->sizeBytes)
                             : DisplayFormat::none();
        case EncryptedColumn:
            return hasLatest ? DisplayFormat::yesNo(summary.allEncrypted) : DisplayFormat::none();
        case CountColumn:
            return DisplayFormat::number(summary.files.size());
        case RetentionColumn:
            return tr("%Ln day(s)", "", summary.target.retentionDays);
        case MissingColumn:
            return summary.missingDays.isEmpty() ? tr("none", "no missing day")
                                                 : missingDaysText(summary);
        case TrendColumn:
            return {};
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == MissingColumn && !summary.missingDays.isEmpty())
            return HealthStyle::icon(Health::Warning);
        if (index.column() == EncryptedColumn && hasLatest && !summary.allEncrypted)
            return HealthStyle::icon(Health::Warning);
        break;
    case Qt::ForegroundRole:
        if (index.column() == MissingColumn && !summary.missingDays.isEmpty())
            return HealthStyle::color(Health::Critical).darker(115);
        break;
    case ValuesRole:
        if (index.column() == TrendColumn)
            return QVariant::fromValue(sizeTrend(summary));
        return {};
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(summary.health);
        case LatestColumn:
            return hasLatest ? summary.latest->modified : QDateTime();
        case AgeColumn:
            return summary.ageSeconds;
        case SizeColumn:
            return hasLatest ? summary.latest->sizeBytes : -1;
        case CountColumn:
            return int(summary.files.size());
        case RetentionColumn:
            return summary.target.retentionDays;
        case MissingColumn:
            return int(summary.missingDays.size());
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == TargetColumn)
            return QString(summary.target.directory + QLatin1Char('/') + summary.target.pattern);
        if (index.column() == LatestColumn && hasLatest)
            return summary.latest->path;
        if (index.column() == MissingColumn && !summary.missingDays.isEmpty())
            return tr("Days without a backup within the retention window: %1")
                .arg(missingDaysText(summary, 31));
        const QString text = problems(summary);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    default:
        break;
    }
    return commonData(index, role);
}

QString BackupTableModel::columnTitle(int column) const
{
    switch (column) {
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case LatestColumn:
        return tr("Latest backup");
    case AgeColumn:
        return tr("Age");
    case SizeColumn:
        return tr("Size");
    case EncryptedColumn:
        return tr("Encrypted");
    case CountColumn:
        return tr("Backups");
    case RetentionColumn:
        return tr("Retention");
    case MissingColumn:
        return tr("Missing days");
    case TrendColumn:
        return tr("Size trend");
    }
    return {};
}

QString BackupTableModel::columnToolTip(int column) const
{
    switch (column) {
    case AgeColumn:
        return tr("Age of the latest backup, by the server's clock");
    case CountColumn:
        return tr("Backup files found for this target");
    case MissingColumn:
        return tr("Days without a backup within the retention window (today excluded)");
    case TrendColumn:
        return tr("Size of each backup, oldest on the left, newest on the right");
    }
    return {};
}

bool BackupTableModel::isNumeric(int column) const
{
    return column == SizeColumn || column == CountColumn;
}

} // namespace vigie
