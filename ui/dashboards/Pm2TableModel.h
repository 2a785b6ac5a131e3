#pragma once

#include "DashboardTableModel.h"

namespace vigie {

// PM2 apps, one row per app name: a cluster app's processes are counted in "Instances" and
// summed (restarts, CPU, memory); its status is the worst of its processes.
class Pm2TableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ModeColumn,
        InstancesColumn,
        StatusColumn,
        RestartsColumn,
        CpuColumn,
        MemoryColumn,
        UptimeColumn,
        ColumnCount
    };

    struct App
    {
        QString name;
        QString mode;
        QList<Pm2Process> processes;
        QString status; // "online", "stopped", or "1 of 2 online"
        Health health = Health::Unknown;
        int restarts = 0;
        double cpuPercent = 0;
        qint64 memoryBytes = 0;
        qint64 uptimeSeconds = -1; // of the longest-running online process; -1: none online
        int online = 0;
    };

    using DashboardTableModel::DashboardTableModel;

    void setProcesses(const QList<Pm2Process>& processes, const QDateTime& now);
    const App& app(int row) const { return m_apps.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override { return m_apps.at(row).health; }
    int statusColumn() const override { return StatusColumn; }

protected:
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    bool isNumeric(int column) const override;

private:
    QString processesToolTip(const App& app) const;

    QList<App> m_apps;
    QDateTime m_now;
};

} // namespace vigie
