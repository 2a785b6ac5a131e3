#include "BackupsDashboard.h"

#include "BackupFileTableModel.h"
#include "BackupTableModel.h"
#include "DashboardTableView.h"
#include "DisplayFormat.h"
#include "SectionPanel.h"
#include "SnapshotSections.h"
#include "widgets/LogView.h"
#include "widgets/MessageBanner.h"
#include "widgets/RemoteText.h"
#include "widgets/Sparkline.h"
#include "widgets/SparklineDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vigie {

namespace {
QToolButton* toolButton(QWidget* parent, QAction* action)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}
} // namespace

BackupsDashboard::BackupsDashboard(QWidget* parent)
    : QWidget(parent)
    , m_model(new BackupTableModel(this))
    , m_fileModel(new BackupFileTableModel(this))
    , m_section(new SectionPanel(QStringLiteral("backupsSection"), this))
    , m_view(new DashboardTableView(this))
    , m_filesSection(new SectionPanel(QStringLiteral("backupFilesSection"), this))
    , m_files(new DashboardTableView(this))
    , m_trend(new Sparkline(this))
    , m_trendLabel(RemoteText::label(this))
    , m_missing(new MessageBanner(this))
    , m_logSection(new SectionPanel(QStringLiteral("backupLogSection"), this))
    , m_log(new LogView(this))
    , m_backupNowAction(
          new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Back up now"), this))
    , m_verifyAction(
          new QAction(QIcon::fromTheme(QStringLiteral("security-high")), tr("Verify"), this))
    , m_downloadAction(
          new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Download…"), this))
{
    setObjectName(QStringLiteral("backupsDashboard"));
    m_backupNowAction->setObjectName(QStringLiteral("backupNow"));
    m_verifyAction->setObjectName(QStringLiteral("backupVerify"));
    m_verifyAction->setToolTip(
        tr("Check that the selected backup decrypts and that its archive is readable"));
    m_downloadAction->setObjectName(QStringLiteral("backupDownload"));
    m_downloadAction->setToolTip(tr("Copy the selected backup to this computer"));
    connect(m_backupNowAction, &QAction::triggered, this, &BackupsDashboard::backupNowRequested);
    connect(m_verifyAction, &QAction::triggered, this, [this] {
        if (!selectedFile().isEmpty())
            emit verifyRequested(selectedTarget(), selectedFile());
    });
    connect(m_downloadAction, &QAction::triggered, this, [this] {
        if (!selectedFile().isEmpty())
            emit downloadRequested(selectedTarget(), selectedFile());
    });

    // Targets
    m_view->setObjectName(QStringLiteral("backupsTable"));
    m_view->setSourceModel(m_model);
    m_view->setItemDelegateForColumn(BackupTableModel::TrendColumn,
                                     new SparklineDelegate(BackupTableModel::ValuesRole, m_view));
    m_view->setFitToRows(8);
    m_view->setTextElideMode(Qt::ElideMiddle); // long database names differ at the end
    m_view->setMaximumColumnWidth(240);
    m_view->setRowActions({m_verifyAction, m_downloadAction, nullptr, m_backupNowAction});
    m_section->setTitle(tr("Backups"));
    m_section->addHeaderWidget(toolButton(m_section, m_backupNowAction));
    m_section->setContent(m_view);

    // Files of the selected target, with its size trend
    m_files->setObjectName(QStringLiteral("backupFilesTable"));
    m_files->setSourceModel(m_fileModel);
    m_files->setRowActions({m_verifyAction, m_downloadAction});
    m_files->setStretchColumn(BackupFileTableModel::NameColumn);
    m_trend->setObjectName(QStringLiteral("backupTrend"));
    m_trend->setMinimumWidth(160);
    m_trendLabel->setObjectName(QStringLiteral("backupTrendLabel"));
    m_trendLabel->setEnabled(false);
    m_trendLabel->setMinimumWidth(1); // its sizes and count must not widen the dashboard
    m_missing->setObjectName(QStringLiteral("backupMissing"));
    auto* trendRow = new QHBoxLayout;
    trendRow->setContentsMargins(0, 0, 0, 0);
    trendRow->addWidget(m_trend, 1);
    trendRow->addWidget(m_trendLabel);
    auto* files = new QWidget(this);
    auto* filesLayout = new QVBoxLayout(files);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(m_missing);
    filesLayout->addLayout(trendRow);
    filesLayout->addWidget(m_files, 1);
    m_filesSection->setTitle(tr("Files"));
    m_filesSection->addHeaderWidget(toolButton(m_filesSection, m_verifyAction));
    m_filesSection->addHeaderWidget(toolButton(m_filesSection, m_downloadAction));
    m_filesSection->setContent(files);

    // Backup log
    m_log->setObjectName(QStringLiteral("backupLog"));
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(tr("The backup log is empty."));
    m_logSection->setTitle(tr("Backup log"));
    m_logSection->setContent(m_log);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("backupsSplitter"));
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(m_filesSection);
    bottom->addWidget(m_logSection);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({560, 560});

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(18);
    layout->addWidget(m_section);
    layout->addWidget(bottom, 1);

    connect(m_view, &DashboardTableView::currentSourceRowChanged, this,
            &BackupsDashboard::showTarget);
    connect(m_files, &DashboardTableView::currentSourceRowChanged, this,
            &BackupsDashboard::updateFileActions);
    showTarget(-1);
}

void BackupsDashboard::setSnapshot(const Snapshot& snapshot, const Assessment& assessment,
                                   const ServerProfile& profile)
{
    using namespace SnapshotSections;
    const QString previous = selectedTarget();
    m_model->setSummaries(assessment.backups());
    const bool usable = m_section->applyStatus(status(snapshot, Backups));
    if (usable && assessment.backups().isEmpty())
        m_section->showMessage(MessageBanner::Kind::Warning,
                               tr("No backup target in the server's profile: Vigie cannot tell "
                                  "whether this server is backed up."));
    m_filesSection->setVisible(usable && !assessment.backups().isEmpty());

    m_backupNowAction->setEnabled(!profile.backupCommand.isEmpty());
    m_backupNowAction->setToolTip(profile.backupCommand.isEmpty()
                                      ? tr("The server's profile names no backup command")
                                      : tr("Run %1 on the server now").arg(profile.backupCommand));

    const int row = m_model->rowOfKey(previous);
    m_view->selectSourceRow(row >= 0 ? row : 0);
    showTarget(m_view->currentSourceRow());

    m_logSection->setVisible(!profile.backupLog.isEmpty() || !snapshot.backupLogTail.isEmpty());
    m_logSection->setTitle(profile.backupLog.isEmpty()
                               ? tr("Backup log")
                               : tr("Backup log: %1").arg(profile.backupLog));
    if (m_logSection->applyStatus(status(snapshot, BackupLog)))
        m_log->setLines(snapshot.backupLogTail);
}

void BackupsDashboard::showTarget(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_fileModel->setFiles({});
        m_trend->setValues({});
        m_trendLabel->clear();
        m_missing->clearMessage();
        m_filesSection->setTitle(tr("Files"));
        updateFileActions();
        return;
    }
    const BackupSummary& summary = m_model->summary(row);
    m_filesSection->setTitle(tr("Files of %1").arg(summary.target.name));
    const QString previousFile = selectedFile();
    m_fileModel->setFiles(summary.files);
    const int fileRow = m_fileModel->rowOfKey(previousFile);
    m_files->selectSourceRow(fileRow >= 0 ? fileRow : 0);

    const QList<qreal> trend = BackupTableModel::sizeTrend(summary);
    m_trend->setValues(trend);
    if (trend.isEmpty()) {
        m_trendLabel->clear();
    } else {
        const auto [low, high] = std::minmax_element(trend.cbegin(), trend.cend());
        m_trendLabel->setText(
            tr("%1 – %2 over %Ln backup(s)", "", trend.size())
                .arg(DisplayFormat::size(qint64(*low)), DisplayFormat::size(qint64(*high))));
    }
    if (summary.missingDays.isEmpty())
        m_missing->clearMessage();
    else
        m_missing->showMessage(
            MessageBanner::Kind::Warning,
            tr("missing: %1").arg(BackupTableModel::missingDaysText(summary, 31)));
    updateFileActions();
}

void BackupsDashboard::updateFileActions()
{
    const bool file = !selectedFile().isEmpty();
    m_verifyAction->setEnabled(file);
    m_downloadAction->setEnabled(file);
}

QString BackupsDashboard::selectedTarget() const
{
    const int row = m_view->currentSourceRow();
    return row >= 0 ? m_model->summary(row).target.name : QString();
}

QString BackupsDashboard::selectedFile() const
{
    const int row = m_files->currentSourceRow();
    return row >= 0 ? m_fileModel->file(row).path : QString();
}

} // namespace vigie
