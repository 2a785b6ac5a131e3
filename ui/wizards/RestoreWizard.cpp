#include "RestoreWizard.h"

#include "PlanRunDialog.h"
#include "RestorePages.h"
#include "RunProgressView.h"
#include "SummaryPage.h"
#include "dashboards/DisplayFormat.h"
#include "ops/RestorePlanner.h"
#include "ssh/SshConnection.h"

#include <QMap>

namespace vigie {

RestoreWizard::RestoreWizard(OperationEnvironment* environment, const QString& serverId,
                             QWidget* parent)
    : OperationWizard(environment, serverId, parent)
    , m_sourcePage(new RestoreSourcePage(this))
    , m_backupPage(new RestoreBackupPage(this))
    , m_targetPage(new RestoreTargetPage(this))
    , m_safetyPage(new RestoreSafetyPage(this))
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore a backup"));
    addOwnPage(SourcePageId, m_sourcePage);
    addOwnPage(BackupPageId, m_backupPage);
    addOwnPage(TargetPageId, m_targetPage);
    addOwnPage(SafetyPageId, m_safetyPage);
}

QString RestoreWizard::database() const
{
    return m_sourcePage->database();
}

QString RestoreWizard::backupFile() const
{
    return m_backupPage->backupFile();
}

const OperationChecks::RestoreFacts& RestoreWizard::facts() const
{
    return m_backupPage->facts();
}

Plan RestoreWizard::buildPlan(QString* error) const
{
    RestoreRequest request;
    request.database = database();
    request.backupFile = backupFile();
    request.tenantSubdomain = m_sourcePage->tenantSubdomain();
    if (m_targetPage->toCopy()) {
        request.copyName = m_targetPage->copyName();
    } else {
        request.skipSafetyDump = m_safetyPage->skipSafetyDump();
        request.skipSafetyConfirmation = m_safetyPage->skipConfirmation();
    }
    return RestorePlanner::plan(context().profile, request, error);
}

void RestoreWizard::fillSummary(SummaryPage* page, const RunRecord& record)
{
    if (!record.isFinal())
        return;
    // Row counts of the tables, before and after, as the plan's check steps printed them.
    const QList<RestorePlanner::RowCount> counts =
        RestorePlanner::parseRowCounts(runView()->controller()->log());
    QMap<QString, QPair<qint64, qint64>> byTable; // table -> (before, after); -1: unknown
    for (const RestorePlanner::RowCount& count : counts) {
        auto it = byTable.find(count.table);
        if (it == byTable.end())
            it = byTable.insert(count.table, {-1, -1});
        (count.label == QLatin1String("before") ? it->first : it->second) = count.rows;
    }
    if (!byTable.isEmpty()) {
        QStringList lines;
        const auto text = [](qint64 rows) {
            return rows < 0 ? DisplayFormat::none() : DisplayFormat::number(rows);
        };
        for (auto it = byTable.cbegin(); it != byTable.cend(); ++it)
            lines << tr("%1: %2 → %3").arg(it.key(), text(it->first), text(it->second));
        page->addSection(tr("Rows per table (before → after)"), lines.join(QLatin1Char('\n')),
                         QStringLiteral("rowCountsSection"));
    }
    const QJsonObject parameters = plan().parameters;
    const QString target = parameters.value(QStringLiteral("target")).toString();
    const QString safety = parameters.value(QStringLiteral("safetyDump")).toString();
    if (record.state == RunRecord::State::Succeeded) {
        QString text = parameters.value(QStringLiteral("copy")).toBool()
                           ? tr("%1 now holds the content of %2. The original database was not "
                                "touched; drop the copy when you are done with it.")
                                 .arg(target, backupFile())
                           : tr("%1 was restored from %2.").arg(target, backupFile());
        if (!safety.isEmpty())
            text += QLatin1Char('\n') +
                    tr("Its previous content is kept in the safety dump %1.").arg(safety);
        page->addSection(tr("Final state"), text, QStringLiteral("finalStateSection"));
    }
    if (record.state == RunRecord::State::Succeeded || safety.isEmpty())
        return;
    // Offered only when the safety dump was written before the failure.
    for (int i = 0; i < plan().steps.size(); ++i) {
        if (plan().steps.at(i).command.contains(safety)) {
            if (record.failedStep > i)
                offerSafetyRestore(page);
            break;
        }
    }
}

void RestoreWizard::offerSafetyRestore(SummaryPage* page)
{
    QString error;
    const Plan safetyPlan = RestorePlanner::safetyRestorePlan(context().profile, plan(), &error);
    if (safetyPlan.steps.isEmpty())
        return;
    page->addOffer(
        tr("Restore the &safety dump…"),
        tr("Put back the content the database had before this restore (the plan is "
           "shown first)."),
        [this, safetyPlan] {
            auto* dialog = new PlanRunDialog(context().connection, context().profile.runsDirectory,
                                             safetyPlan, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog->progress(), &RunProgressView::finished, this,
                    [this](const RunRecord& finished) {
                        emit runFinished(context().server.id, finished);
                    });
            dialog->open();
        },
        QStringLiteral("restoreSafetyDumpButton"));
}

} // namespace vigie
