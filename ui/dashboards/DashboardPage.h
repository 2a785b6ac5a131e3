#pragma once

#include "widgets/MessageBanner.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace vigie {

// One dashboard tab: the dashboard itself, or an empty state ("Not refreshed yet — press
// Refresh (F5)") until there is something to show; a banner above it says when the shown data
// is not the latest (the last refresh failed).
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(QWidget* dashboard, const QString& objectName, QWidget* parent = nullptr);

    QWidget* dashboard() const { return m_dashboard; }
    void showEmpty(const QString& text);
    void showDashboard();
    bool isShowingDashboard() const;
    QString emptyText() const;

    void showBanner(MessageBanner::Kind kind, const QString& text);
    void clearBanner();
    QString bannerText() const;

private:
    QWidget* m_dashboard;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    MessageBanner* m_banner;
};

} // namespace vigie
