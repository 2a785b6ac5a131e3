#pragma once

#include "probe/Assessment.h"

#include <QFrame>

#include <optional>

class QGridLayout;
class QLabel;

namespace vigie {

// The header of the Services dashboard: who the server is, load against its CPUs, uptime, then
// one aligned row per resource with a usage bar: memory, swap, and every mount (coloured by
// Assessment::mountHealth, with the status in words).
class HostVitalsPanel : public QFrame
{
    Q_OBJECT
public:
    explicit HostVitalsPanel(QWidget* parent = nullptr);

    void setVitals(const HostVitals& vitals);

private:
    void addUsageRow(const QString& name, const QString& key, double percent, const QString& detail,
                     const QString& toolTip, std::optional<Health> health);

    QLabel* m_hostname;
    QLabel* m_system;
    QLabel* m_identity;
    QLabel* m_load;
    QLabel* m_uptime;
    QGridLayout* m_usage;
    QList<QWidget*> m_usageWidgets;
    int m_usageRows = 0;
};

} // namespace vigie
