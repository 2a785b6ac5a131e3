#pragma once

#include "fleet/ServerProfile.h"
#include "probe/Assessment.h"

#include <QWidget>

class QAction;
class QLabel;

namespace vigie {

class BackupFileTableModel;
class BackupTableModel;
class DashboardTableView;
class LogView;
class MessageBanner;
class SectionPanel;
class Sparkline;

// The Backups tab: one row per target (latest, age, size, encryption, count, retention, missing
// days, size trend), the selected target's files, and the end of the backup log with errors in
// red. Back up now / Verify / Download are emitted as requests.
class BackupsDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit BackupsDashboard(QWidget* parent = nullptr);

    void setSnapshot(const Snapshot& snapshot, const Assessment& assessment,
                     const ServerProfile& profile);

    BackupTableModel* model() const { return m_model; }
    BackupFileTableModel* fileModel() const { return m_fileModel; }
    LogView* logView() const { return m_log; }

signals:
    void backupNowRequested();
    void verifyRequested(const QString& target, const QString& path);
    void downloadRequested(const QString& target, const QString& path);

private:
    void showTarget(int row);
    void updateFileActions();
    QString selectedTarget() const;
    QString selectedFile() const;

    BackupTableModel* m_model;
    BackupFileTableModel* m_fileModel;
    SectionPanel* m_section;
    DashboardTableView* m_view;
    SectionPanel* m_filesSection;
    DashboardTableView* m_files;
    Sparkline* m_trend;
    QLabel* m_trendLabel;
    MessageBanner* m_missing;
    SectionPanel* m_logSection;
    LogView* m_log;
    QAction* m_backupNowAction;
    QAction* m_verifyAction;
    QAction* m_downloadAction;
};

} // namespace vigie
