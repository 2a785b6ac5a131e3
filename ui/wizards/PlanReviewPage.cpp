#include "PlanReviewPage.h"

#include "OperationWizard.h"
#include "PlanReviewWidget.h"

#include <QVBoxLayout>

namespace vigie {

PlanReviewPage::PlanReviewPage(QWidget* parent)
    : OperationPage(parent)
    , m_review(new PlanReviewWidget(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("These commands run on the server exactly as shown, in this order. Nothing "
                   "has changed yet."));
    setCommitPage(true); // once it runs, there is no going back to the answers
    setButtonText(QWizard::CommitButton, tr("&Run"));
    contentLayout()->addWidget(m_review, 1);
    connect(m_review, &PlanReviewWidget::confirmedChanged, this, &QWizardPage::completeChanged);
}

void PlanReviewPage::initializePage()
{
    clearError();
    QString error;
    const Plan plan = operationWizard()->buildPlan(&error);
    m_hasPlan = !plan.steps.isEmpty() && error.isEmpty();
    m_review->setPlan(plan);
    if (!m_hasPlan)
        showError(error.isEmpty() ? tr("There is nothing to run.")
                                  : tr("The plan could not be made: %1").arg(error));
    emit completeChanged();
}

bool PlanReviewPage::ready() const
{
    return m_hasPlan && m_review->isConfirmed();
}

bool PlanReviewPage::validatePage()
{
    if (!ready())
        return false;
    operationWizard()->setPlan(m_review->plan());
    return true;
}

} // namespace vigie
