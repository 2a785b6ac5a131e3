#pragma once

#include "DashboardTableModel.h"

namespace vigie {

// Docker Compose services: project, service, container, state (dot + text), health, status.
class ComposeTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProjectColumn,
        ServiceColumn,
        ContainerColumn,
        StateColumn,
        HealthColumn,
        StatusColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setServices(const QList<ComposeService>& services);
    const ComposeService& service(int row) const { return m_services.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override;
    int statusColumn() const override { return StateColumn; }

protected:
    QString columnTitle(int column) const override;

private:
    QList<ComposeService> m_services;
};

} // namespace vigie
