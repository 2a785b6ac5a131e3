#pragma once

#include "FleetOverviewModel.h"

#include <QWidget>

class QLabel;

namespace vigie {

class DashboardTableView;

// The "Fleet" tab: every server's worst status per area at a glance. Clicking a status opens
// that server's dashboard for the area.
class FleetOverview : public QWidget
{
    Q_OBJECT
public:
    explicit FleetOverview(QWidget* parent = nullptr);

    FleetOverviewModel* model() const { return m_model; }
    DashboardTableView* view() const { return m_view; }
    QString summaryText() const;

signals:
    void openDashboard(const QString& serverId, vigie::Area area);
    void serverActivated(const QString& serverId); // a click outside the area columns

private:
    void updateSummary();

    FleetOverviewModel* m_model;
    DashboardTableView* m_view;
    QLabel* m_summary;
};

} // namespace vigie
