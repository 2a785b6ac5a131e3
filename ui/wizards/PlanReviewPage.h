#pragma once

#include "OperationPage.h"

namespace vigie {

class PlanReviewWidget;

// Every step of the plan and its exact command, before anything runs. The Run button stays
// disabled until the plan is made and, for a destructive plan, the confirmation word typed.
class PlanReviewPage : public OperationPage
{
    Q_OBJECT
public:
    explicit PlanReviewPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    PlanReviewWidget* review() const { return m_review; }

protected:
    bool ready() const override;

private:
    PlanReviewWidget* m_review;
    bool m_hasPlan = false;
};

} // namespace vigie
