#include "ProvisionWizard.h"

#include "PlanRunDialog.h"
#include "ProvisionPages.h"
#include "RunProgressView.h"
#include "SummaryPage.h"
#include "ops/ProvisionPlanner.h"
#include "ssh/SshConnection.h"

#include <QUuid>

namespace vigie {

ProvisionWizard::ProvisionWizard(OperationEnvironment* environment, const QString& serverId,
                                 QWidget* parent)
    : OperationWizard(environment, serverId, parent)
    , m_namePage(new TenantNamePage(this))
    , m_subdomainPage(new SubdomainPage(this))
    , m_checksPage(new ProvisionChecksPage(this))
    , m_tenantId(QUuid::createUuid().toString(QUuid::WithoutBraces).toLower())
{
    setObjectName(QStringLiteral("provisionWizard"));
    setWindowTitle(tr("Provision a tenant"));
    addOwnPage(NamePageId, m_namePage);
    addOwnPage(SubdomainPageId, m_subdomainPage);
    addOwnPage(ChecksPageId, m_checksPage);
}

QString ProvisionWizard::tenantName() const
{
    return m_namePage->tenantName();
}

QString ProvisionWizard::subdomain() const
{
    return m_subdomainPage->subdomain();
}

Plan ProvisionWizard::buildPlan(QString* error) const
{
    ProvisionRequest request;
    request.name = tenantName();
    request.subdomain = subdomain();
    request.tenantId = m_tenantId;
    request.existingSubdomains = m_subdomainPage->knownSubdomains();
    return ProvisionPlanner::plan(context().profile, request, error);
}

void ProvisionWizard::fillSummary(SummaryPage* page, const RunRecord& record)
{
    const ServerProfile& profile = context().profile;
    if (record.state == RunRecord::State::Succeeded) {
        page->addSection(tr("The new tenant"),
                         tr("Name: %1\nSubdomain: %2\nAddress: %3\nDatabase: %4\nTenant id: %5")
                             .arg(tenantName(), subdomain(),
                                  ProvisionPlanner::healthUrl(profile, subdomain()),
                                  ProvisionPlanner::databaseName(profile, m_tenantId), m_tenantId),
                         QStringLiteral("tenantSection"));
        return;
    }
    if (!record.isFinal() || record.failedStep <= 0)
        return; // nothing ran, or nothing was done before the failure
    const Plan undo = plan().undoPlan(record.failedStep);
    if (undo.steps.isEmpty())
        return;
    page->addOffer(
        tr("&Undo…"),
        tr("Undo the %n step(s) that completed, in reverse order (the plan is shown "
           "first).",
           "", int(undo.steps.size())),
        [this, undo] {
            auto* dialog = new PlanRunDialog(context().connection, context().profile.runsDirectory,
                                             undo, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog->progress(), &RunProgressView::finished, this,
                    [this](const RunRecord& finished) {
                        emit runFinished(context().server.id, finished);
                    });
            dialog->open();
        },
        QStringLiteral("undoButton"));
}

} // namespace vigie
