#pragma once

#include "widgets/MessageBanner.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace vigie {

// One dashboard tab: the dashboard itself, or an empty state ("Not refreshed yet — press
// Refresh (F5)") until there is something to show; a banner above it says when the shown data
// is not the latest (the last refresh failed), another one when nothing is watched in this area,
// with the ways out (Detect…, Set up…).
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

    // ignored: the operator chose not to watch this area on this server (no buttons then).
    void showNotWatched(const QString& text, bool ignored);
    void clearNotWatched();
    QString notWatchedText() const;

signals:
    void detectRequested();
    void setUpRequested();

private:
    QWidget* m_dashboard;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    MessageBanner* m_banner;
    MessageBanner* m_notWatched;
    QWidget* m_notWatchedButtons[2];
};

} // namespace vigie
