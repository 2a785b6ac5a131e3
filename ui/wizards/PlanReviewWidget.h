#pragma once

#include "ops/Plan.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vigie {

class PlanView;

// The review of a plan before it runs: the plan verbatim (PlanView), a "Copy plan" button, and
// when the plan asks for it, the field where the operator types the confirmation word. Used by
// the wizards' review page and by the follow-up dialogs (undo, restore the safety dump).
class PlanReviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PlanReviewWidget(QWidget* parent = nullptr);

    void setPlan(const Plan& plan);
    const Plan& plan() const;
    // True when the plan needs no confirmation or the typed word matches it exactly.
    bool isConfirmed() const;
    QLineEdit* confirmationEdit() const { return m_confirmation; }

signals:
    void confirmedChanged(bool confirmed);

private:
    PlanView* m_view;
    QLabel* m_summary;
    QLabel* m_confirmationLabel;
    QLineEdit* m_confirmation;
    QPushButton* m_copy;
    bool m_confirmed = false;
};

} // namespace vigie
