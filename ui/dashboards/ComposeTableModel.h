#pragma once

#include "DashboardTableModel.h"

namespace vigie {

// Docker Compose services, one row per container: project, service, state (dot + what it
// means), health check, restarts, uptime, image, container.
class ComposeTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProjectColumn,
        ServiceColumn,
        StateColumn,
        HealthColumn,
        RestartsColumn,
        UptimeColumn,
        ImageColumn,
        ContainerColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    // `now`: the server's clock, against which uptimes and recent restarts are measured.
    void setServices(const QList<ComposeService>& services, const QDateTime& now);
    const ComposeService& service(int row) const { return m_services.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override;
    int statusColumn() const override { return StateColumn; }

protected:
    QString columnTitle(int column) const override;

private:
    QList<ComposeService> m_services;
    QDateTime m_now;
};

} // namespace vigie
