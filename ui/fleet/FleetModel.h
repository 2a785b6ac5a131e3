#pragma once

#include "ServerStatus.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

namespace vigie {

class Fleet;
class SshConnection;
struct Server;

// The fleet as a tree: groups (alphabetical), then the servers without a group. Column 0 is
// the name with a status dot, column 1 the status as text.
class FleetModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        ServerIdRole = Qt::UserRole + 1,
        IsGroupRole
    };

    explicit FleetModel(Fleet* fleet, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QString serverId(const QModelIndex& index) const; // empty for groups
    QModelIndex indexOfServer(const QString& serverId, int column = NameColumn) const;
    QStringList groups() const;

    ServerStatus status(const QString& serverId) const;
    // Follows the connection's state (and forgets it when it is destroyed).
    void watch(const QString& serverId, SshConnection* connection);
    void resetStatus(const QString& serverId);
    // The areas' states of the last refresh ("Services: OK, Backups: not watched"), for the
    // server's tooltip: the tree shows the connection, the tooltip what was looked at.
    void setAreaStates(const QString& serverId, const QString& text);

signals:
    void statusChanged(const QString& serverId);

private:
    struct Group
    {
        QString name;
        QList<int> servers; // indexes into Fleet::servers()
    };
    void rebuild();
    void setStatus(const QString& serverId, const ServerStatus& status);
    const Server* serverAt(const QModelIndex& index) const;

    Fleet* m_fleet;
    QList<Group> m_groups;
    QList<int> m_ungrouped;
    QHash<QString, ServerStatus> m_status;
    QHash<QString, QString> m_areaStates;
};

} // namespace vigie
