#include "PlanRunDialog.h"

#include "PlanReviewWidget.h"
#include "RunProgressView.h"
#include "dialogs/Confirmation.h"
#include "ssh/SshConnection.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigie {

PlanRunDialog::PlanRunDialog(SshConnection* connection, const QString& runsDirectory,
                             const Plan& plan, QWidget* parent)
    : QDialog(parent)
    , m_stack(new QStackedWidget(this))
    , m_review(new PlanReviewWidget(this))
    , m_progress(new RunProgressView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_run(m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("planRunDialog"));
    setWindowTitle(plan.title);
    resize(760, 560);
    m_run->setObjectName(QStringLiteral("runPlanButton"));
    m_progress->setConnection(connection, runsDirectory);
    m_review->setPlan(plan);
    m_run->setEnabled(!plan.steps.isEmpty() && m_review->isConfirmed());
    m_stack->addWidget(m_review);
    m_stack->addWidget(m_progress);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_buttons);

    connect(m_review, &PlanReviewWidget::confirmedChanged, this, [this](bool confirmed) {
        m_run->setEnabled(confirmed && !m_review->plan().steps.isEmpty());
    });
    // The Run button must not close the dialog (AcceptRole): it switches to the progress.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_run, &QPushButton::clicked, this, &PlanRunDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlanRunDialog::reject);
}

void PlanRunDialog::run()
{
    if (!m_review->isConfirmed())
        return;
    m_run->hide();
    m_stack->setCurrentWidget(m_progress);
    m_progress->start(m_review->plan());
}

void PlanRunDialog::reject()
{
    if (!m_progress->isActive()) {
        QDialog::reject();
        return;
    }
    Confirmation::ask(this, tr("Close"),
                      tr("The run goes on on the server after this window closes. Follow it in "
                         "the Runs tab. Close the window?"),
                      tr("Close"), [this] { QDialog::reject(); });
}

} // namespace vigie
