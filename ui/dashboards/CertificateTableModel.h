#pragma once

#include "DashboardTableModel.h"
#include "fleet/ServerProfile.h"

#include <QHash>

namespace vigie {

// Certificates found on the server, judged with the profile's thresholds
// (Assessment::certificateHealth), plus a "Live check" column the owner fills later with what
// the server actually serves.
class CertificateTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        DaysLeftColumn,
        NotAfterColumn,
        NamesColumn,
        IssuerColumn,
        KeyColumn,
        LiveCheckColumn,
        NotBeforeColumn,
        SubjectColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setCertificates(const QList<CertificateInfo>& certificates, const ServerProfile& profile,
                         const QDateTime& now);
    // Kept across refreshes (by path) until replaced.
    void setLiveCheck(const QString& path, const QString& result, Health health);
    void clearLiveChecks();

    const CertificateInfo& certificate(int row) const { return m_rows.at(row).info; }
    int daysLeft(int row) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override { return m_rows.at(row).health; }
    int statusColumn() const override { return StatusColumn; }

    QString statusText(int row) const;

protected:
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    bool isNumeric(int column) const override { return column == DaysLeftColumn; }

private:
    struct Row
    {
        CertificateInfo info;
        Health health = Health::Unknown;
        qint64 secondsLeft = 0;
    };
    struct LiveCheck
    {
        QString result;
        Health health = Health::Unknown;
    };
    QString daysLeftText(const Row& row) const;

    QList<Row> m_rows;
    QHash<QString, LiveCheck> m_live;
};

} // namespace vigie
