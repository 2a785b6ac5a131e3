#pragma once

#include "DashboardTableModel.h"

namespace vigie {

// One row per backup target (Assessment::backups()): latest backup, its age and size,
// encryption, count, retention, the days without a backup, and a size trend.
class BackupTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TargetColumn,
        StatusColumn,
        AgeColumn,
        LatestColumn,
        SizeColumn,
        TrendColumn,
        MissingColumn,
        EncryptedColumn,
        CountColumn,
        RetentionColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setSummaries(const QList<BackupSummary>& summaries);
    const BackupSummary& summary(int row) const { return m_summaries.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override { return m_summaries.at(row).health; }
    int statusColumn() const override { return StatusColumn; }

    // "20 Nov, 21 Nov": the days without a backup, oldest first ("" when none).
    static QString missingDaysText(const BackupSummary& summary, int maxDays = 6);
    static QString problems(const BackupSummary& summary);       // plain words, for the tooltip
    static QList<qreal> sizeTrend(const BackupSummary& summary); // oldest first

protected:
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    bool isNumeric(int column) const override;

private:
    QList<BackupSummary> m_summaries;
};

} // namespace vigie
