#pragma once

#include "OperationPage.h"
#include "ops/Plan.h"
#include "ops/RunTypes.h"

#include <functional>

class QLabel;
class QVBoxLayout;

namespace vigie {

// The end of a wizard: how the run ended, what changed, the failed step with its command, the
// operation's final state in words, and what the operator can do next (undo, restore…).
class SummaryPage : public OperationPage
{
    Q_OBJECT
public:
    explicit SummaryPage(QWidget* parent = nullptr);

    void initializePage() override;

    // For the wizard's fillSummary(): a titled paragraph (plain text) and an offer button.
    void addSection(const QString& title, const QString& text, const QString& objectName = {});
    QWidget* addOffer(const QString& buttonText, const QString& description,
                      std::function<void()> action, const QString& objectName = {});

    QString outcomeText() const;

private:
    void clearDynamic();
    QString changesText(const Plan& plan, const RunRecord& record, bool ran) const;

    QLabel* m_outcome;
    QLabel* m_changes;
    QWidget* m_dynamic;
    QVBoxLayout* m_dynamicLayout;
};

} // namespace vigie
