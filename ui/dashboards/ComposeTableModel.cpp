#include "ComposeTableModel.h"

#include "DisplayFormat.h"

#include <algorithm>

namespace vigie {

void ComposeTableModel::setServices(const QList<ComposeService>& services, const QDateTime& now)
{
    QStringList keys;
    for (const ComposeService& service : services)
        keys.append(service.project + QLatin1Char('/') + service.service + QLatin1Char('/') +
                    service.container);
    replaceRows(keys, [&] {
        m_services = services;
        m_now = now;
    });
}

int ComposeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Health ComposeTableModel::health(int row) const
{
    return Assessment::composeHealth(m_services.at(row), m_now);
}

QVariant ComposeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const ComposeService& service = m_services.at(index.row());
    const auto orNone = [](const QString& text) {
        return text.isEmpty() ? DisplayFormat::none() : text;
    };
    const bool running = service.state == QLatin1String("running");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProjectColumn:
            return service.project;
        case ServiceColumn:
            return orNone(service.service);
        case StateColumn:
            return service.state == QLatin1String("running") && health(index.row()) == Health::Ok
                       ? service.state
                       : Assessment::composeDetail(service, m_now);
        case HealthColumn:
            return orNone(service.health);
        case RestartsColumn:
            return service.restarts < 0 ? DisplayFormat::none()
                                        : DisplayFormat::number(service.restarts);
        case UptimeColumn:
            if (!running || !service.startedAt.isValid() || !m_now.isValid())
                return DisplayFormat::none();
            return DisplayFormat::duration(std::max<qint64>(0, service.startedAt.secsTo(m_now)));
        case ImageColumn:
            return orNone(service.image);
        case ContainerColumn:
            return orNone(service.container);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case StateColumn:
            return int(health(index.row()));
        case RestartsColumn:
            return service.restarts;
        case UptimeColumn:
            return running && service.startedAt.isValid() ? service.startedAt.secsTo(m_now)
                                                          : qint64(-1);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn || index.column() == UptimeColumn)
            return tr("Docker says: %1").arg(service.status);
        if (index.column() == ContainerColumn && !service.workingDirectory.isEmpty())
            return tr("Compose project in %1").arg(service.workingDirectory);
        return {};
    default:
        break;
    }
    return commonData(index, role);
}

QString ComposeTableModel::columnTitle(int column) const
{
    switch (column) {
    case ProjectColumn:
        return tr("Project");
    case ServiceColumn:
        return tr("Service");
    case StateColumn:
        return tr("State");
    case HealthColumn:
        return tr("Health check");
    case RestartsColumn:
        return tr("Restarts");
    case UptimeColumn:
        return tr("Up for");
    case ImageColumn:
        return tr("Image");
    case ContainerColumn:
        return tr("Container");
    }
    return {};
}

} // namespace vigie
