#pragma once

#include "fleet/ServerProfile.h"
#include "probe/Assessment.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace vigie {

class DashboardTableView;
class SectionPanel;
class TenantTableModel;

// The Tenants tab: every tenant with what makes it work (provisioned, database, DNS,
// certificate, HTTPS, backup) and, when something is missing, the gaps in plain words.
class TenantsDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit TenantsDashboard(QWidget* parent = nullptr);

    void setSnapshot(const Snapshot& snapshot, const Assessment& assessment,
                     const ServerProfile& profile);

    TenantTableModel* model() const { return m_model; }
    DashboardTableView* view() const { return m_view; }
    QString summaryText() const;

private:
    void updateSummary();

    TenantTableModel* m_model;
    SectionPanel* m_section;
    DashboardTableView* m_view;
    QLineEdit* m_filter;
    QCheckBox* m_problemsOnly;
    QLabel* m_summary;
    QAction* m_openAction;
    QAction* m_copyAction;
};

} // namespace vigie
