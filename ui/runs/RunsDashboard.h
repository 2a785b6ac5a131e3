#pragma once

#include "ops/RunTypes.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace vigie {

class DashboardTableView;
class LockTableModel;
class RunTableModel;
class RunsClient;
class SshConnection;

// The Runs tab: the runs recorded on the selected server by every operator, and the locks held
// there now. Read when the tab is shown and on Refresh (one exec each time); a run opens in its
// own window (its log, and a live follow while it runs).
class RunsDashboard : public QWidget
{
    Q_OBJECT
public:
    struct Source
    {
        QPointer<SshConnection> connection;
        QString runsDirectory; // the profile's; empty: the server's default
        QString serverName;
    };
    using SourceResolver = std::function<Source(const QString& serverId)>;

    explicit RunsDashboard(QWidget* parent = nullptr);

    void setSourceResolver(SourceResolver resolver) { m_resolver = std::move(resolver); }
    void setCurrentServer(const QString& serverId);
    QString currentServer() const { return m_serverId; }

    void refresh();
    bool isRefreshing() const { return m_refreshing; }
    void openRun(int row); // source row of the runs table

    RunTableModel* runsModel() const { return m_runs; }
    LockTableModel* locksModel() const { return m_locks; }
    DashboardTableView* runsView() const { return m_runsView; }

signals:
    void refreshed(); // runs and locks listed, or failed (statusText() says which)

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onListed(const QList<RunRecord>& runs, const QList<LockHolder>& locks);
    void onFailed(const QString& message);
    void clearStaleLock(int row);
    void updateStatus();

    SourceResolver m_resolver;
    QString m_serverId;
    Source m_source;
    RunsClient* m_client = nullptr;
    bool m_refreshing = false;
    QDateTime m_lastRefresh;
    QString m_error;

    QLabel* m_title;
    QLabel* m_status;
    QPushButton* m_refresh;
    RunTableModel* m_runs;
    DashboardTableView* m_runsView;
    QLabel* m_locksTitle;
    LockTableModel* m_locks;
    DashboardTableView* m_locksView;
};

} // namespace vigie
