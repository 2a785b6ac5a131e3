#pragma once

#include "OperationPage.h"
#include "ops/DeployPreview.h"
#include "ops/RunTypes.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTreeWidget;

namespace vigie {

class RunsClient;

// Deploy: which app of the profile (its path, remote and branch), with its recent deploys.
class DeployAppPage : public OperationPage
{
    Q_OBJECT
public:
    explicit DeployAppPage(QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    QString appName() const;
    QComboBox* appCombo() const { return m_apps; }
    QTreeWidget* history() const { return m_history; }

protected:
    bool ready() const override;

private:
    void showApp();
    void readHistory();

    QComboBox* m_apps;
    QLabel* m_details;
    QTreeWidget* m_history;
    RunsClient* m_runs = nullptr;
    QList<RunRecord> m_records;
};

// Deploy: what will change, fetched on the server: the commits and the changed files, with a
// warning when migrations changed or the working copy has local changes.
class DeployChangesPage : public OperationPage
{
    Q_OBJECT
public:
    explicit DeployChangesPage(QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    const DeployPreviewResult& preview() const { return m_preview; }
    bool hasPreview() const { return m_ready; }

protected:
    bool ready() const override { return m_ready; }

private:
    QLabel* m_summary;
    QTreeWidget* m_commits;
    QTreeWidget* m_files;
    DeployPreview* m_job = nullptr;
    DeployPreviewResult m_preview;
    bool m_ready = false;
};

// Deploy: run the migrations, take a database snapshot first.
class DeployOptionsPage : public OperationPage
{
    Q_OBJECT
public:
    explicit DeployOptionsPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool runMigrations() const;
    bool snapshot() const;
    QCheckBox* migrationsBox() const { return m_migrations; }
    QCheckBox* snapshotBox() const { return m_snapshot; }

private:
    QCheckBox* m_migrations;
    QCheckBox* m_snapshot;
    QLabel* m_note;
};

} // namespace vigie
