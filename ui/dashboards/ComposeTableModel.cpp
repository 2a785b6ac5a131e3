#include "ComposeTableModel.h"

#include "DisplayFormat.h"

namespace vigie {

void ComposeTableModel::setServices(const QList<ComposeService>& services)
{
    QStringList keys;
    for (const ComposeService& service : services)
        keys.append(service.project + QLatin1Char('/') + service.service + QLatin1Char('/') +
                    service.container);
    replaceRows(keys, [&] { m_services = services; });
}

int ComposeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Health ComposeTableModel::health(int row) const
{
    return Assessment::composeHealth(m_services.at(row));
}

QVariant ComposeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const ComposeService& service = m_services.at(index.row());
    const auto orNone = [](const QString& text) {
        return text.isEmpty() ? DisplayFormat::none() : text;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProjectColumn:
            return service.project;
        case ServiceColumn:
            return service.service;
        case ContainerColumn:
            return orNone(service.container);
        case StateColumn:
            return orNone(service.state);
        case HealthColumn:
            return orNone(service.health);
        case StatusColumn:
            return orNone(service.status);
        }
        break;
    case SortRole:
        return index.column() == StateColumn ? QVariant(int(health(index.row()))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == StateColumn)
            return service.status;
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
    case ContainerColumn:
        return tr("Container");
    case StateColumn:
        return tr("State");
    case HealthColumn:
        return tr("Health check");
    case StatusColumn:
        return tr("Docker status");
    }
    return {};
}

} // namespace vigie
