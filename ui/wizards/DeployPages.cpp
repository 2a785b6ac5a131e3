#include "DeployPages.h"

#include "DeployWizard.h"
#include "dashboards/DisplayFormat.h"
#include "ops/DeployHistory.h"
#include "ops/DeployPlanner.h"
#include "ops/RunTypes.h"
#include "ops/RunsClient.h"
#include "ssh/SshConnection.h"
#include "widgets/MessageBanner.h"
#include "widgets/RemoteText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie {

namespace {
DeployWizard* deployWizard(const OperationPage* page)
{
    return static_cast<DeployWizard*>(page->operationWizard());
}

QTreeWidget* table(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}
} // namespace

// --- DeployAppPage ---------------------------------------------------------------------------

DeployAppPage::DeployAppPage(QWidget* parent)
    : OperationPage(parent)
    , m_apps(new QComboBox(this))
    , m_details(RemoteText::label(this))
    , m_history(table(this, QStringLiteral("deployHistory"),
                      {tr("Started"), tr("Result"), tr("Commit"), tr("Operator")}))
{
    setObjectName(QStringLiteral("deployAppPage"));
    setTitle(tr("Application"));
    setSubTitle(tr("The app to deploy, as the server's profile describes it."));
    m_apps->setObjectName(QStringLiteral("appCombo"));
    m_details->setObjectName(QStringLiteral("appDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Application:"), m_apps);
    form->addRow(QString(), m_details);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(new QLabel(tr("Recent deploys of this app:"), this));
    contentLayout()->addWidget(m_history, 1);
    connect(m_apps, &QComboBox::currentIndexChanged, this, [this] {
        showApp();
        emit completeChanged();
    });
}

void DeployAppPage::initializePage()
{
    const ServerProfile& profile = operationWizard()->context().profile;
    const QString previous = appName();
    {
        const QSignalBlocker blocker(m_apps);
        m_apps->clear();
        for (const ServerProfile::DeployApp& app : profile.deployApps)
            m_apps->addItem(app.name, app.name);
        m_apps->setCurrentIndex(qMax(0, m_apps->findData(previous)));
    }
    if (profile.deployApps.isEmpty())
        showError(tr("The server's profile lists no app to deploy (operations → deployApps)."));
    showApp();
    readHistory();
}

void DeployAppPage::cleanupPage()
{
    delete m_runs; // the history read is no longer wanted
    m_runs = nullptr;
    setBusy(false);
}

QString DeployAppPage::appName() const
{
    return m_apps->currentData().toString();
}

bool DeployAppPage::ready() const
{
    return !appName().isEmpty();
}

void DeployAppPage::showApp()
{
    const ServerProfile& profile = operationWizard()->context().profile;
    const ServerProfile::DeployApp* app = DeployPlanner::findApp(profile, appName());
    m_history->clear();
    if (!app) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines << tr("Working copy: %1").arg(app->path);
    lines << tr("Deploys: %1/%2").arg(app->remote, app->branch);
    if (!app->pm2Names.isEmpty())
        lines << tr("Reloads (PM2): %1").arg(app->pm2Names.join(QStringLiteral(", ")));
    else if (!app->composeProject.isEmpty())
        lines << tr("Rebuilds (Compose): %1").arg(app->composeProject);
    if (!app->migrateCommand.isEmpty())
        lines << tr("Migrations: %1").arg(app->migrateCommand);
    m_details->setText(lines.join(QLatin1Char('\n')));
    const QDateTime now = QDateTime::currentDateTime();
    for (const DeployHistoryEntry& entry : DeployHistory::fromRuns(m_records, app->name)) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, tr("%1 (%2)").arg(DisplayFormat::dateTime(entry.started),
                                           DisplayFormat::age(entry.started.secsTo(now))));
        item->setText(1, runStateText(entry.result));
        item->setText(2, entry.commit.left(12));
        item->setToolTip(2, entry.commit);
        item->setText(3, entry.operatorName);
    }
}

void DeployAppPage::readHistory()
{
    const OperationContext& context = operationWizard()->context();
    delete m_runs;
    m_runs = new RunsClient(context.connection, this);
    m_runs->setRunsDirectory(context.profile.runsDirectory);
    setBusy(true, tr("Reading the deploy history on the server…"));
    connect(m_runs, &RunsClient::runsListed, this, [this](const QList<RunRecord>& runs) {
        setBusy(false);
        m_records = runs;
        showApp();
    });
    connect(m_runs, &RunsClient::failed, this, [this](const QString& message) {
        setBusy(false);
        // Only the history is missing: the deploy itself can go on.
        showError(tr("The deploy history could not be read: %1").arg(message));
    });
    m_runs->listRuns();
}

// --- DeployChangesPage -----------------------------------------------------------------------

DeployChangesPage::DeployChangesPage(QWidget* parent)
    : OperationPage(parent)
    , m_summary(RemoteText::label(this))
    , m_commits(table(this, QStringLiteral("commitList"),
                      {tr("Commit"), tr("Date"), tr("Author"), tr("Subject")}))
    , m_files(table(this, QStringLiteral("fileList"), {tr("Change"), tr("File")}))
{
    setObjectName(QStringLiteral("deployChangesPage"));
    setTitle(tr("What will change"));
    setSubTitle(tr("Fetched on the server just now; nothing is changed yet."));
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_commits);
    splitter->addWidget(m_files);
    contentLayout()->addWidget(m_summary);
    contentLayout()->addWidget(splitter, 1);
}

void DeployChangesPage::cleanupPage()
{
    delete m_job;
    m_job = nullptr;
    setBusy(false);
}

void DeployChangesPage::initializePage()
{
    DeployWizard* wizard = deployWizard(this);
    const ServerProfile::DeployApp* app =
        DeployPlanner::findApp(wizard->context().profile, wizard->appName());
    m_ready = false;
    m_preview = {};
    m_commits->clear();
    m_files->clear();
    m_summary->clear();
    if (!app)
        return;
    delete m_job;
    m_job = new DeployPreview(wizard->context().connection, this);
    setBusy(true, tr("Fetching %1 on the server…").arg(app->remote));
    connect(m_job, &DeployPreview::failed, this, [this](const QString& message) {
        setBusy(false);
        showError(tr("What would change could not be read: %1").arg(message));
    });
    connect(m_job, &DeployPreview::ready, this, [this](const DeployPreviewResult& result) {
        m_preview = result;
        for (const DeployPreviewResult::Commit& commit : result.commits) {
            auto* item = new QTreeWidgetItem(m_commits);
            item->setText(0, commit.hash.left(10));
            item->setToolTip(0, commit.hash);
            item->setText(1, DisplayFormat::dateTime(commit.date));
            item->setText(2, commit.author);
            item->setText(3, commit.subject);
        }
        for (const DeployPreviewResult::ChangedFile& file : result.files) {
            auto* item = new QTreeWidgetItem(m_files);
            item->setText(0, QString(file.status));
            item->setText(1, file.path);
            if (result.migrationFiles.contains(file.path))
                item->setText(0, tr("%1 (migration)").arg(file.status));
        }
        QStringList lines;
        if (result.upToDate())
            lines << tr("Already up to date at %1: deploying again reinstalls and reloads the "
                        "same commit.")
                         .arg(result.currentCommit.left(10));
        else
            lines << tr("%n commit(s) and %1 from %2 to %3.", "", int(result.commits.size()))
                         .arg(tr("%n changed file(s)", "", int(result.files.size())),
                              result.currentCommit.left(10), result.targetCommit.left(10));
        m_summary->setText(lines.join(QLatin1Char('\n')));
        QStringList warnings;
        if (result.migrationsChanged())
            warnings << tr("Migrations changed (%1): take a database snapshot before running "
                           "them.")
                            .arg(result.migrationFiles.join(QStringLiteral(", ")));
        if (!result.localChanges.isEmpty())
            warnings << tr("The working copy has local changes that the deploy discards: %1")
                            .arg(result.localChanges.join(QStringLiteral(", ")));
        m_ready = true;
        setBusy(false);
        if (!warnings.isEmpty())
            banner()->showMessage(MessageBanner::Kind::Warning, warnings.join(QLatin1Char('\n')));
    });
    m_job->start(*app);
}

// --- DeployOptionsPage -----------------------------------------------------------------------

DeployOptionsPage::DeployOptionsPage(QWidget* parent)
    : OperationPage(parent)
    , m_migrations(new QCheckBox(tr("Run the &migrations"), this))
    , m_snapshot(new QCheckBox(tr("Take a database &snapshot first"), this))
    , m_note(RemoteText::label(this))
{
    setObjectName(QStringLiteral("deployOptionsPage"));
    setTitle(tr("Options"));
    setSubTitle(tr("A failed deploy rolls the code back by itself. Migrations are not rolled "
                   "back: the snapshot is what you would restore."));
    m_migrations->setObjectName(QStringLiteral("migrationsCheck"));
    m_snapshot->setObjectName(QStringLiteral("snapshotCheck"));
    m_note->setWordWrap(true);
    contentLayout()->addWidget(m_migrations);
    contentLayout()->addWidget(m_snapshot);
    contentLayout()->addWidget(m_note);
    contentLayout()->addStretch(1);
}

void DeployOptionsPage::initializePage()
{
    DeployWizard* wizard = deployWizard(this);
    const ServerProfile::DeployApp* app =
        DeployPlanner::findApp(wizard->context().profile, wizard->appName());
    const bool canMigrate = app && !app->migrateCommand.isEmpty();
    const bool canSnapshot = app && !app->database.isEmpty();
    const bool changed = wizard->preview().migrationsChanged();
    m_migrations->setEnabled(canMigrate);
    m_migrations->setChecked(canMigrate && changed);
    m_snapshot->setEnabled(canSnapshot);
    m_snapshot->setChecked(canSnapshot && changed);
    QStringList notes;
    if (!canMigrate)
        notes << tr("The profile has no migration command for this app.");
    if (!canSnapshot)
        notes << tr("The profile names no database for this app: no snapshot possible.");
    else
        notes << tr("The snapshot goes to %1.")
                     .arg(DeployPlanner::snapshotFile(wizard->context().profile, *app,
                                                      QDateTime::currentDateTimeUtc()));
    m_note->setText(notes.join(QLatin1Char('\n')));
}

bool DeployOptionsPage::runMigrations() const
{
    return m_migrations->isEnabled() && m_migrations->isChecked();
}

bool DeployOptionsPage::snapshot() const
{
    return m_snapshot->isEnabled() && m_snapshot->isChecked();
}

} // namespace vigie
