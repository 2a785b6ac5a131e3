#include "PlanReviewWidget.h"

#include "PlanView.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace vigie {

PlanReviewWidget::PlanReviewWidget(QWidget* parent)
    : QWidget(parent)
    , m_view(new PlanView(this))
    , m_summary(new QLabel(this))
    , m_confirmationLabel(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy plan"), this))
{
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_confirmationLabel->setWordWrap(true);
    m_confirmationLabel->setBuddy(m_confirmation);
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    m_confirmation->setClearButtonEnabled(true);
    m_copy->setObjectName(QStringLiteral("copyPlanButton"));
    m_copy->setToolTip(tr("Copy every step and its exact command as text"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_confirmationLabel, 1);
    bottom->addWidget(m_confirmation, 1);
    bottom->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_view->plan().toText()); });
    connect(m_confirmation, &QLineEdit::textChanged, this, [this] {
        const bool confirmed = isConfirmed();
        if (confirmed != m_confirmed) {
            m_confirmed = confirmed;
            emit confirmedChanged(confirmed);
        }
    });
}

void PlanReviewWidget::setPlan(const Plan& plan)
{
    m_view->setPlan(plan);
    int destructive = 0;
    for (const PlanStep& step : plan.steps)
        destructive += step.kind == PlanStep::Kind::Destructive ? 1 : 0;
    QString summary =
        tr("%n step(s) will run on the server, in this order.", "", int(plan.steps.size()));
    if (destructive > 0)
        summary += QLatin1Char(' ') +
                   tr("%n step(s) are destructive: read them carefully.", "", destructive);
    m_summary->setText(summary);

    const bool needsWord = !plan.confirmationWord.isEmpty();
    m_confirmationLabel->setVisible(needsWord);
    m_confirmation->setVisible(needsWord);
    m_confirmation->clear();
    if (needsWord) {
        m_confirmationLabel->setText(
            tr("To confirm, type <b>%1</b>:").arg(plan.confirmationWord.toHtmlEscaped()));
        // Once the page shows (the wizard moves the focus to its buttons first).
        QTimer::singleShot(0, m_confirmation, [edit = m_confirmation] { edit->setFocus(); });
    }
    m_confirmed = isConfirmed();
    emit confirmedChanged(m_confirmed);
}

const Plan& PlanReviewWidget::plan() const
{
    return m_view->plan();
}

bool PlanReviewWidget::isConfirmed() const
{
    const QString word = m_view->plan().confirmationWord;
    return word.isEmpty() || m_confirmation->text() == word;
}

} // namespace vigie
