#include "FleetOverviewModel.h"

#include "DisplayFormat.h"
#include "widgets/HealthStyle.h"

#include <QLocale>

#include <algorithm>

namespace vigie {

void FleetOverviewModel::setServers(const QList<ServerRef>& servers)
{
    QStringList keys;
    QList<Entry> entries;
    for (const ServerRef& server : servers) {
        keys.append(server.id);
        const int row = rowOfKey(server.id);
        Entry entry = row >= 0 ? m_entries.at(row) : Entry();
        entry.name = server.name;
        entries.append(entry);
    }
    replaceRows(keys, [&] { m_entries = entries; });
}

void FleetOverviewModel::changed(const QString& serverId, int firstColumn, int lastColumn)
{
    const int row = rowOfKey(serverId);
    if (row >= 0)
        emit dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void FleetOverviewModel::setConnectionStatus(const QString& serverId, const ServerStatus& status)
{
    const int row = rowOfKey(serverId);
    if (row < 0)
        return;
    m_entries[row].connection = status;
    changed(serverId, ConnectionColumn, ConnectionColumn);
}

void FleetOverviewModel::setAssessment(const QString& serverId, const Assessment& assessment,
                                       const QDateTime& refreshedAt)
{
    const int row = rowOfKey(serverId);
    if (row < 0)
        return;
    Entry& entry = m_entries[row];
    entry.assessed = true;
    entry.refreshing = false;
    entry.error.clear();
    entry.refreshedAt = refreshedAt;
    entry.worst.clear();
    entry.stateNames.clear();
    entry.findings.clear();
    entry.overall = assessment.overall();
    for (Area area : Assessment::AllAreas) {
        entry.worst.insert(area, assessment.worst(area));
        entry.stateNames.insert(area, assessment.areaStateName(area));
    }
    QList<Finding> findings = assessment.findings();
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding& a, const Finding& b) { return a.health > b.health; });
    for (const Finding& finding : std::as_const(findings)) {
        if (finding.health == Health::Ok)
            continue;
        entry.findings[finding.area].append(
            tr("%1: %2", "finding: subject, message").arg(finding.subject, finding.message));
    }
    changed(serverId, ConnectionColumn, RefreshedColumn);
}

void FleetOverviewModel::setRefreshing(const QString& serverId, bool refreshing)
{
    const int row = rowOfKey(serverId);
    if (row < 0)
        return;
    m_entries[row].refreshing = refreshing;
    changed(serverId, ConnectionColumn, RefreshedColumn);
}

void FleetOverviewModel::setRefreshError(const QString& serverId, const QString& message)
{
    const int row = rowOfKey(serverId);
    if (row < 0)
        return;
    m_entries[row].refreshing = false;
    m_entries[row].error = message;
    changed(serverId, ConnectionColumn, RefreshedColumn);
}

bool FleetOverviewModel::isAreaColumn(int column)
{
    return column >= ServicesColumn && column <= TenantsColumn;
}

Area FleetOverviewModel::areaOf(int column)
{
    switch (column) {
    case CertificatesColumn:
        return Area::Certificates;
    case BackupsColumn:
        return Area::Backups;
    case TenantsColumn:
        return Area::Tenants;
    default:
        return Area::Services;
    }
}

int FleetOverviewModel::columnOf(Area area)
{
    switch (area) {
    case Area::Services:
        break;
    case Area::Certificates:
        return CertificatesColumn;
    case Area::Backups:
        return BackupsColumn;
    case Area::Tenants:
        return TenantsColumn;
    }
    return ServicesColumn;
}

Health FleetOverviewModel::areaHealth(int row, Area area) const
{
    const Entry& entry = m_entries.at(row);
    return entry.assessed ? entry.worst.value(area, Health::Unknown) : Health::Unknown;
}

Health FleetOverviewModel::health(int row) const
{
    const Entry& entry = m_entries.at(row);
    return entry.assessed ? entry.overall : Health::Unknown;
}

int FleetOverviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetOverviewModel::connectionText(const Entry& entry) const
{
    if (entry.refreshing)
        return tr("refreshing…");
    if (!entry.error.isEmpty())
        return tr("refresh failed");
    return entry.connection.shortText();
}

QVariant FleetOverviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry& entry = m_entries.at(index.row());
    const int column = index.column();
    if (isAreaColumn(column)) {
        const Area area = areaOf(column);
        const Health health = areaHealth(index.row(), area);
        switch (role) {
        case Qt::DisplayRole:
            return entry.assessed ? entry.stateNames.value(area) : DisplayFormat::none();
        case Qt::DecorationRole:
            return entry.assessed ? healthDecoration(health) : QVariant();
        case SortRole:
            return entry.assessed ? int(health) : -1;
        case HealthRole:
            return int(health);
        case Qt::ToolTipRole: {
            if (!entry.assessed)
                return tr("Not refreshed yet");
            const QStringList findings = entry.findings.value(area);
            const QString open =
                tr("Click to open the %1 dashboard.").arg(Assessment::areaName(area));
            if (health == Health::NotWatched) {
                return QStringList{Assessment::notWatchedHint(area),
                                   tr("Detect the server's profile, or set this area up in its "
                                      "profile."),
                                   QString(), open}
                    .join(QLatin1Char('\n'));
            }
            if (findings.isEmpty())
                return open;
            QStringList lines = findings.mid(0, 12);
            if (findings.size() > 12)
                lines.append(tr("… and %n more", "", int(findings.size() - 12)));
            lines.append(QString());
            lines.append(open);
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return commonData(index, role);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ServerColumn:
            return entry.name;
        case ConnectionColumn:
            return connectionText(entry);
        case RefreshedColumn: {
            if (!entry.refreshedAt.isValid())
                return tr("never");
            const QDateTime local = entry.refreshedAt.toLocalTime();
            return local.date() == QDate::currentDate()
                       ? QLocale().toString(local.time(), QLocale::ShortFormat)
                       : DisplayFormat::dateTime(local);
        }
        }
        break;
    case Qt::DecorationRole:
        if (column == ConnectionColumn) {
            if (!entry.error.isEmpty())
                return HealthStyle::icon(Health::Critical);
            return entry.connection.icon();
        }
        return {};
    case SortRole:
        if (column == RefreshedColumn)
            return entry.refreshedAt;
        return {};
    case Qt::ToolTipRole:
        if (column == ConnectionColumn)
            return entry.error.isEmpty() ? entry.connection.details() : entry.error;
        if (column == RefreshedColumn && entry.refreshedAt.isValid())
            return DisplayFormat::longDateTime(entry.refreshedAt);
        return {};
    default:
        break;
    }
    return commonData(index, role);
}

QString FleetOverviewModel::columnTitle(int column) const
{
    switch (column) {
    case ServerColumn:
        return tr("Server");
    case ConnectionColumn:
        return tr("Connection");
    case RefreshedColumn:
        return tr("Last refresh");
    default:
        return Assessment::areaName(areaOf(column));
    }
}

QString FleetOverviewModel::columnToolTip(int column) const
{
    if (isAreaColumn(column))
        return tr("The worst status found in this area at the last refresh");
    return {};
}

} // namespace vigie
