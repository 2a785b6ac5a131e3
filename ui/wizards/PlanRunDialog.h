#pragma once

#include "ops/Plan.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QPushButton;
class QStackedWidget;

namespace vigie {

class PlanReviewWidget;
class RunProgressView;
class SshConnection;

// A follow-up plan offered by a summary (undo a half-done provisioning, restore the safety
// dump, restore the snapshot taken before a deploy): reviewed verbatim with its typed
// confirmation, then run and followed like any other run.
class PlanRunDialog : public QDialog
{
    Q_OBJECT
public:
    PlanRunDialog(SshConnection* connection, const QString& runsDirectory, const Plan& plan,
                  QWidget* parent = nullptr);

    PlanReviewWidget* review() const { return m_review; }
    RunProgressView* progress() const { return m_progress; }
    QPushButton* runButton() const { return m_run; }

    void reject() override;

private:
    void run();

    QStackedWidget* m_stack;
    PlanReviewWidget* m_review;
    RunProgressView* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_run;
};

} // namespace vigie
