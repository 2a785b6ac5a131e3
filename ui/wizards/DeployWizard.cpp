#include "DeployWizard.h"

#include "DeployPages.h"
#include "PlanRunDialog.h"
#include "RunProgressView.h"
#include "RunStepList.h"
#include "SummaryPage.h"
#include "ops/DeployPlanner.h"
#include "ops/RestorePlanner.h"
#include "ssh/SshConnection.h"

namespace vigie {

DeployWizard::DeployWizard(OperationEnvironment* environment, const QString& serverId,
                           QWidget* parent)
    : OperationWizard(environment, serverId, parent)
    , m_appPage(new DeployAppPage(this))
    , m_changesPage(new DeployChangesPage(this))
    , m_optionsPage(new DeployOptionsPage(this))
{
    setObjectName(QStringLiteral("deployWizard"));
    setWindowTitle(tr("Deploy an app"));
    addOwnPage(AppPageId, m_appPage);
    addOwnPage(ChangesPageId, m_changesPage);
    addOwnPage(OptionsPageId, m_optionsPage);
}

QString DeployWizard::appName() const
{
    return m_appPage->appName();
}

const DeployPreviewResult& DeployWizard::preview() const
{
    return m_changesPage->preview();
}

Plan DeployWizard::buildPlan(QString* error) const
{
    const ServerProfile::DeployApp* app = DeployPlanner::findApp(context().profile, appName());
    if (!app) {
        if (error)
            *error = tr("The profile has no app named “%1”.").arg(appName());
        return {};
    }
    DeployOptions options;
    options.commit = preview().targetCommit;
    options.runMigrations = m_optionsPage->runMigrations();
    options.snapshot = m_optionsPage->snapshot();
    return DeployPlanner::plan(context().profile, *app, options, error);
}

void DeployWizard::fillSummary(SummaryPage* page, const RunRecord& record)
{
    if (!record.isFinal())
        return;
    const QJsonObject parameters = plan().parameters;
    const QString commit = parameters.value(QStringLiteral("commit")).toString();
    const QString snapshot = parameters.value(QStringLiteral("snapshotFile")).toString();
    const QString database = parameters.value(QStringLiteral("database")).toString();
    if (record.state == RunRecord::State::Succeeded) {
        QString text = tr("%1 now runs commit %2 (was %3).")
                           .arg(appName(), commit.left(10), preview().currentCommit.left(10));
        if (!snapshot.isEmpty())
            text += QLatin1Char('\n') + tr("Database snapshot taken first: %1").arg(snapshot);
        page->addSection(tr("Final state"), text, QStringLiteral("finalStateSection"));
        return;
    }
    // Did the migrations step complete before the failure? Then the database has changed and
    // the code rollback does not undo it.
    const ServerProfile::DeployApp* app = DeployPlanner::findApp(context().profile, appName());
    bool migrated = false;
    if (app && !app->migrateCommand.isEmpty() &&
        parameters.value(QStringLiteral("migrations")).toBool()) {
        for (int i = 0; i < plan().steps.size(); ++i) {
            if (plan().steps.at(i).command.contains(app->migrateCommand))
                migrated = runView()->stepList()->stepState(i) == RunStepList::StepState::Succeeded;
        }
    }
    QString report;
    if (record.state == RunRecord::State::RolledBack)
        report = tr("The deploy failed and was rolled back: %1 runs the commit it ran before "
                    "(%2) again.")
                     .arg(appName(), preview().currentCommit.left(10));
    else
        report = tr("The deploy stopped (%1) and the rollback did not complete: check %2 on the "
                    "server (its log is in the Runs tab).")
                     .arg(runStateText(record.state), app ? app->path : appName());
    if (migrated)
        report +=
            QLatin1Char('\n') + tr("The migrations had run: the code rollback does not undo them.");
    page->addSection(tr("Rollback report"), report, QStringLiteral("rollbackSection"));
    if (migrated && !snapshot.isEmpty() && !database.isEmpty())
        offerSnapshotRestore(page, database, snapshot);
}

void DeployWizard::offerSnapshotRestore(SummaryPage* page, const QString& database,
                                        const QString& file)
{
    RestoreRequest request;
    request.database = database;
    request.backupFile = file;
    QString error;
    const Plan restore = RestorePlanner::plan(context().profile, request, &error);
    if (restore.steps.isEmpty())
        return;
    page->addOffer(
        tr("Restore the &snapshot…"),
        tr("Put %1 back as it was before the deploy, from %2 (the plan is shown "
           "first).")
            .arg(database, file),
        [this, restore] {
            auto* dialog = new PlanRunDialog(context().connection, context().profile.runsDirectory,
                                             restore, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog->progress(), &RunProgressView::finished, this,
                    [this](const RunRecord& finished) {
                        emit runFinished(context().server.id, finished);
                    });
            dialog->open();
        },
        QStringLiteral("restoreSnapshotButton"));
}

} // namespace vigie
