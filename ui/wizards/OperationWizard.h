#pragma once

#include "OperationEnvironment.h"
#include "ops/Plan.h"
#include "ops/RunTypes.h"

#include <QWizard>

namespace vigie {

class PlanReviewPage;
class RunPage;
class RunProgressView;
class ServerPage;
class SummaryPage;

// The frame of every guided operation: server → the operation's own pages → review (the plan
// verbatim, typed confirmation) → run (detached on the server, followed live) → summary.
// Subclasses add their pages between ServerPageId and ReviewPageId, build the plan from the
// answers, and say what the summary offers.
class OperationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ServerPageId = 0,
        FirstOwnPageId = 10, // the operation's own pages: 10, 11, …
        ReviewPageId = 90,
        RunPageId = 91,
        SummaryPageId = 92,
    };

    OperationWizard(OperationEnvironment* environment, const QString& serverId,
                    QWidget* parent = nullptr);

    bool hasContext() const { return m_context.has_value(); }
    const OperationContext& context() const { return *m_context; }
    OperationEnvironment* environment() const { return m_environment; }
    void setServer(const QString& serverId); // from the server page

    // The plan made from the pages' answers; an empty plan and *error when it cannot be made.
    virtual Plan buildPlan(QString* error) const = 0;
    // The plan the operator reviewed (set by the review page) and the run's final record.
    const Plan& plan() const { return m_plan; }
    void setPlan(const Plan& plan) { m_plan = plan; }
    RunProgressView* runView() const;

    // Back and Next follow the current page's busy state (QWizard only knows about Next).
    void updateButtons();

signals:
    void contextChanged();
    // A run of this wizard ended (the tab of runs and the dashboards refresh).
    void runFinished(const QString& serverId, const vigie::RunRecord& record);

protected:
    friend class SummaryPage;
    // The summary's wizard-specific part: final state in words, offers (undo, restore…).
    virtual void fillSummary(SummaryPage* page, const RunRecord& record) = 0;
    void addOwnPage(int id, QWizardPage* page);
    void reject() override;

private:
    OperationEnvironment* m_environment;
    std::optional<OperationContext> m_context;
    Plan m_plan;
    ServerPage* m_serverPage;
    PlanReviewPage* m_reviewPage;
    RunPage* m_runPage;
    SummaryPage* m_summaryPage;
};

} // namespace vigie
