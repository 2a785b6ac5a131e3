#pragma once

#include "DashboardTableModel.h"
#include "fleet/ServerStatus.h"

#include <QHash>

namespace vigie {

// Every server of the fleet against the four areas: the worst Health per area (dot + text),
// the connection state and the time of the last refresh.
class FleetOverviewModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ServerColumn,
        ConnectionColumn,
        ServicesColumn,
        CertificatesColumn,
        BackupsColumn,
        TenantsColumn,
        RefreshedColumn,
        ColumnCount
    };

    struct ServerRef
    {
        QString id;
        QString name;
    };

    using DashboardTableModel::DashboardTableModel;

    // Keeps what is known about servers that stay; forgets the others.
    void setServers(const QList<ServerRef>& servers);
    void setConnectionStatus(const QString& serverId, const ServerStatus& status);
    void setAssessment(const QString& serverId, const Assessment& assessment,
                       const QDateTime& refreshedAt);
    void setRefreshing(const QString& serverId, bool refreshing);
    void setRefreshError(const QString& serverId, const QString& message);

    QString serverId(int row) const { return key(row); }
    static bool isAreaColumn(int column);
    static Area areaOf(int column);
    static int columnOf(Area area);
    Health areaHealth(int row, Area area) const; // Unknown before the first refresh

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override; // the worst area
    int statusColumn() const override { return -1; }

protected:
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;

private:
    struct Entry
    {
        QString name;
        ServerStatus connection;
        bool assessed = false;
        QMap<Area, Health> worst;
        QMap<Area, QString> stateNames;   // "not watched (ignored)" for an ignored area
        Health overall = Health::Unknown; // ignored areas left out
        QMap<Area, QStringList> findings; // "subject: message", worst first
        QDateTime refreshedAt;
        bool refreshing = false;
        QString error; // of the last refresh, cleared by the next success
    };
    void changed(const QString& serverId, int firstColumn, int lastColumn);
    QString connectionText(const Entry& entry) const;

    QList<Entry> m_entries; // in row order
};

} // namespace vigie
