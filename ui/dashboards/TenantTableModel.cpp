#include "TenantTableModel.h"

#include "DisplayFormat.h"

#include <QColor>

#include <limits>

namespace vigie {

void TenantTableModel::setTenants(const QList<TenantSummary>& tenants,
                                  const QList<CertificateInfo>& certificates,
                                  const ServerProfile& profile, const QDateTime& now)
{
    QStringList keys;
    QList<Row> rows;
    for (const TenantSummary& summary : tenants) {
        keys.append(summary.tenant.id);
        Row row;
        row.summary = summary;
        const QString subdomain = summary.tenant.subdomain;
        row.host = profile.tenantDomain.isEmpty() || subdomain.isEmpty()
                       ? subdomain
                       : subdomain + QLatin1Char('.') + profile.tenantDomain;
        for (const CertificateInfo& certificate : certificates) {
            if (!row.host.isEmpty() && certificate.error.isEmpty() &&
                (!certificate.notAfter.isValid() || certificate.notAfter > now) &&
                certificate.covers(row.host)) {
                row.certificate = certificate.name;
                break;
            }
        }
        rows.append(row);
    }
    replaceRows(keys, [&] { m_rows = rows; });
}

int TenantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TenantTableModel::problemsText(const TenantSummary& tenant)
{
    return tenant.gaps.join(QStringLiteral("; "));
}

QString TenantTableModel::cellText(const Row& row, int column) const
{
    const TenantInfo& tenant = row.summary.tenant;
    switch (column) {
    case NameColumn:
        return tenant.name.isEmpty() ? tenant.id : tenant.name;
    case StatusColumn:
        return Assessment::healthName(row.summary.health);
    case HostColumn:
        return row.host.isEmpty() ? DisplayFormat::none() : row.host;
    case ProvisionedColumn:
        return DisplayFormat::yesNo(tenant.provisioned);
    case DatabaseColumn:
        return tenant.databaseExists ? DisplayFormat::size(tenant.databaseSizeBytes)
                                     : tr("missing", "database");
    case DnsColumn:
        if (row.host.isEmpty())
            return tr("not checked (no tenant domain)");
        if (!tenant.dnsResolves)
            return tr("does not resolve");
        return tenant.resolvedAddress.isEmpty() ? tr("resolves") : tenant.resolvedAddress;
    case CertificateColumn:
        return row.certificate.isEmpty() ? tr("none", "no certificate") : row.certificate;
    case HttpsColumn:
        if (row.host.isEmpty())
            return tr("not checked");
        if (tenant.httpsStatus > 0)
            return QString::number(tenant.httpsStatus);
        return tenant.httpsError.isEmpty() ? tr("no answer")
                                           : tr("no answer: %1").arg(tenant.httpsError);
    case BackupColumn:
        return row.summary.latestBackupAgeSeconds
                   ? DisplayFormat::age(*row.summary.latestBackupAgeSeconds)
                   : tr("none", "no backup");
    case ProblemsColumn:
        return row.summary.gaps.isEmpty() ? DisplayFormat::none() : problemsText(row.summary);
    }
    return {};
}

QVariant TenantTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const TenantInfo& tenant = row.summary.tenant;
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(row.summary.health);
        case DatabaseColumn:
            return tenant.databaseExists ? tenant.databaseSizeBytes : -1;
        case HttpsColumn:
            return tenant.httpsStatus;
        case BackupColumn:
            return row.summary.latestBackupAgeSeconds.value_or(std::numeric_limits<qint64>::max());
        case ProblemsColumn:
            return int(row.summary.gaps.size());
        }
        return {};
    case Qt::ToolTipRole: {
        if (row.summary.gaps.isEmpty())
            return tr("%1: no problem found").arg(cellText(row, NameColumn));
        QStringList lines{tr("%1:").arg(cellText(row, NameColumn))};
        for (const QString& gap : row.summary.gaps)
            lines.append(QStringLiteral("• ") + gap);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() == ProblemsColumn && !row.summary.gaps.isEmpty() &&
            row.summary.health == Health::Critical)
            return QColor(0xb0, 0x24, 0x24);
        break;
    default:
        break;
    }
    return commonData(index, role);
}

QString TenantTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Tenant");
    case StatusColumn:
        return tr("Status");
    case HostColumn:
        return tr("Host name");
    case ProvisionedColumn:
        return tr("Provisioned");
    case DatabaseColumn:
        return tr("Database");
    case DnsColumn:
        return tr("DNS");
    case CertificateColumn:
        return tr("Certificate");
    case HttpsColumn:
        return tr("HTTPS");
    case BackupColumn:
        return tr("Latest backup");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}

QString TenantTableModel::columnToolTip(int column) const
{
    switch (column) {
    case DnsColumn:
        return tr("The address the host name resolves to, seen from the server");
    case CertificateColumn:
        return tr("The certificate whose names cover the host name");
    case HttpsColumn:
        return tr("The HTTP status of the tenant's health URL over HTTPS");
    }
    return {};
}

} // namespace vigie
