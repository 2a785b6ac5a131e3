#pragma once

#include "OperationWizard.h"

namespace vigie {

class ProvisionChecksPage;
class SubdomainPage;
class TenantNamePage;

// Provision a tenant: server → name → subdomain → checks → review → run → summary. After a
// failure, the summary offers to undo what the run did (Plan::undoPlan).
class ProvisionWizard : public OperationWizard
{
    Q_OBJECT
public:
    enum OwnPage
    {
        NamePageId = FirstOwnPageId,
        SubdomainPageId,
        ChecksPageId,
    };

    ProvisionWizard(OperationEnvironment* environment, const QString& serverId,
                    QWidget* parent = nullptr);

    QString tenantName() const;
    QString subdomain() const;
    QString tenantId() const { return m_tenantId; }
    Plan buildPlan(QString* error) const override;

protected:
    void fillSummary(SummaryPage* page, const RunRecord& record) override;

private:
    TenantNamePage* m_namePage;
    SubdomainPage* m_subdomainPage;
    ProvisionChecksPage* m_checksPage;
    QString m_tenantId; // one id for the wizard's life: a plan run twice is the same tenant
};

} // namespace vigie
