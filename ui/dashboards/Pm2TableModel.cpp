#include "Pm2TableModel.h"

#include "DisplayFormat.h"

#include <algorithm>

namespace vigie {

namespace {

QString modeName(const QString& execMode)
{
    // pm2 jlist says "cluster_mode" / "fork_mode".
    QString mode = execMode;
    if (mode.endsWith(QLatin1String("_mode")))
        mode.chop(5);
    return mode;
}

} // namespace

void Pm2TableModel::setProcesses(const QList<Pm2Process>& processes, const QDateTime& now)
{
    QList<App> apps;
    QStringList keys;
    for (const Pm2Process& process : processes) {
        qsizetype at = keys.indexOf(process.name);
        if (at < 0) {
            at = keys.size();
            keys.append(process.name);
            App app;
            app.name = process.name;
            app.mode = modeName(process.execMode);
            app.health = Health::Ok;
            apps.append(app);
        }
        App& app = apps[at];
        app.processes.append(process);
        app.health = std::max(app.health, Assessment::pm2Health(process));
        app.restarts += process.restarts;
        app.cpuPercent += process.cpuPercent;
        app.memoryBytes += process.memoryBytes;
        if (process.status == QLatin1String("online") && process.startedAt.isValid() &&
            now.isValid())
            app.uptimeSeconds = std::max(app.uptimeSeconds, process.startedAt.secsTo(now));
    }
    for (App& app : apps) {
        const auto online = std::count_if(
            app.processes.cbegin(), app.processes.cend(),
            [](const Pm2Process& process) { return process.status == QLatin1String("online"); });
        const bool allSame = std::all_of(app.processes.cbegin(), app.processes.cend(),
                                         [&app](const Pm2Process& process) {
                                             return process.status == app.processes.first().status;
                                         });
        app.online = int(online);
        if (allSame)
            app.status = app.processes.first().status;
        else
            app.status = tr("%1 of %2 online")
                             .arg(DisplayFormat::number(online),
                                  DisplayFormat::number(app.processes.size()));
    }
    replaceRows(keys, [&] {
        m_apps = apps;
        m_now = now;
    });
}

int Pm2TableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString Pm2TableModel::processesToolTip(const App& app) const
{
    QStringList lines;
    for (const Pm2Process& process : app.processes) {
        lines.append(tr("#%1 %2: %Ln restart(s), CPU %3, memory %4", "", process.restarts)
                         .arg(QString::number(process.pmId), process.status,
                              DisplayFormat::percent(process.cpuPercent),
                              DisplayFormat::size(process.memoryBytes)));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant Pm2TableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_apps.size())
        return {};
    const App& app = m_apps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return app.name;
        case ModeColumn:
            return app.mode.isEmpty() ? DisplayFormat::none() : app.mode;
        case InstancesColumn:
            return DisplayFormat::number(app.processes.size());
        case StatusColumn:
            return app.status;
        case RestartsColumn:
            return DisplayFormat::number(app.restarts);
        case CpuColumn: // nothing runs: no CPU or memory to speak of
            return app.online > 0 ? DisplayFormat::percent(app.cpuPercent) : DisplayFormat::none();
        case MemoryColumn:
            return app.online > 0 ? DisplayFormat::size(app.memoryBytes) : DisplayFormat::none();
        case UptimeColumn:
            return app.uptimeSeconds < 0 ? DisplayFormat::none()
                                         : DisplayFormat::duration(app.uptimeSeconds);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case InstancesColumn:
            return int(app.processes.size());
        case StatusColumn:
            return int(app.health);
        case RestartsColumn:
            return app.restarts;
        case CpuColumn:
            return app.cpuPercent;
        case MemoryColumn:
            return app.memoryBytes;
        case UptimeColumn:
            return app.uptimeSeconds;
        }
        return {};
    case Qt::ToolTipRole:
        return processesToolTip(app);
    default:
        break;
    }
    return commonData(index, role);
}

QString Pm2TableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("App");
    case ModeColumn:
        return tr("Mode");
    case InstancesColumn:
        return tr("Instances");
    case StatusColumn:
        return tr("Status");
    case RestartsColumn:
        return tr("Restarts");
    case CpuColumn:
        return tr("CPU");
    case MemoryColumn:
        return tr("Memory");
    case UptimeColumn:
        return tr("Uptime");
    }
    return {};
}

QString Pm2TableModel::columnToolTip(int column) const
{
    switch (column) {
    case ModeColumn:
        return tr("cluster: several processes share the port; fork: a single process");
    case InstancesColumn:
        return tr("Processes running this app");
    case RestartsColumn:
        return tr("Restarts since PM2 started the app (all instances)");
    case CpuColumn:
        return tr("CPU use of all instances, in % of one CPU");
    }
    return {};
}

bool Pm2TableModel::isNumeric(int column) const
{
    return column == InstancesColumn || column == RestartsColumn || column == CpuColumn ||
           column == MemoryColumn;
}

} // namespace vigie
