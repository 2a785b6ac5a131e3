#pragma once

#include "DashboardTableModel.h"

namespace vigie {

// The profile's health URLs as checked from the server: name, URL, HTTP answer, latency.
class HealthCheckTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UrlColumn,
        LatencyColumn,
        StatusColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setChecks(const QList<HealthCheck>& checks);
    const HealthCheck& check(int row) const { return m_checks.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override;
    int statusColumn() const override { return StatusColumn; }

    static QString answerText(const HealthCheck& check); // "200", "no answer: …"

protected:
    QString columnTitle(int column) const override;
    bool isNumeric(int column) const override { return column == LatencyColumn; }

private:
    QList<HealthCheck> m_checks;
};

} // namespace vigie
