#pragma once

#include "DashboardTableModel.h"
#include "fleet/ServerProfile.h"

namespace vigie {

// One row per tenant (Assessment::tenants()): provisioning, its database, DNS, the certificate
// covering its host name, HTTPS, latest backup, and its problems in plain words.
class TenantTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        ProblemsColumn,
        HostColumn,
        ProvisionedColumn,
        DatabaseColumn,
        DnsColumn,
        CertificateColumn,
        HttpsColumn,
        BackupColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setTenants(const QList<TenantSummary>& tenants, const QList<CertificateInfo>& certificates,
                    const ServerProfile& profile, const QDateTime& now);
    const TenantSummary& tenant(int row) const { return m_rows.at(row).summary; }
    QString hostName(int row) const { return m_rows.at(row).host; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override { return m_rows.at(row).summary.health; }
    int statusColumn() const override { return StatusColumn; }

    static QString problemsText(const TenantSummary& tenant); // "not provisioned; DNS missing"

protected:
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;

private:
    struct Row
    {
        TenantSummary summary;
        QString host;
        QString certificate; // the live/ name of the certificate covering host, if any
    };
    QString cellText(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace vigie
