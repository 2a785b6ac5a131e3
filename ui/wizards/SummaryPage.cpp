#include "SummaryPage.h"

#include "OperationWizard.h"
#include "RunProgressView.h"
#include "RunStepList.h"
#include "dashboards/DisplayFormat.h"
#include "widgets/HealthStyle.h"
#include "widgets/RemoteText.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vigie {

SummaryPage::SummaryPage(QWidget* parent)
    : OperationPage(parent)
    , m_outcome(RemoteText::label(this))
    , m_changes(RemoteText::label(this))
    , m_dynamic(new QWidget(this))
    , m_dynamicLayout(new QVBoxLayout(m_dynamic))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setFinalPage(true);
    m_outcome->setObjectName(QStringLiteral("summaryOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setObjectName(QStringLiteral("summaryChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dynamicLayout->setContentsMargins(0, 0, 0, 0);

    auto* inner = new QWidget(this);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_outcome);
    innerLayout->addWidget(m_changes);
    innerLayout->addWidget(m_dynamic);
    innerLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    contentLayout()->addWidget(scroll, 1);
}

void SummaryPage::clearDynamic()
{
    while (QLayoutItem* item = m_dynamicLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString SummaryPage::outcomeText() const
{
    return m_outcome->text();
}

QString SummaryPage::changesText(const Plan& plan, const RunRecord& record, bool ran) const
{
    if (!ran)
        return tr("Nothing ran, so nothing changed on the server.");
    const RunStepList* steps = operationWizard()->runView()->stepList();
    QStringList changed;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps.at(i);
        if (step.kind != PlanStep::Kind::Check &&
            steps->stepState(i) == RunStepList::StepState::Succeeded)
            changed << tr("• %1").arg(step.title);
    }
    QString text = changed.isEmpty()
                       ? tr("No step that changes something completed.")
                       : tr("Done on the server:\n%1").arg(changed.join(QLatin1Char('\n')));
    if (record.state == RunRecord::State::RolledBack)
        text += QLatin1String("\n\n") +
                tr("The recovery steps ran and succeeded: the changes above were rolled back.");
    return text;
}

void SummaryPage::initializePage()
{
    clearDynamic();
    OperationWizard* wizard = operationWizard();
    const RunProgressView* view = wizard->runView();
    const Plan& plan = wizard->plan();
    const bool ran = view->phase() == RunProgressView::Phase::Finished;
    const RunRecord& record = view->record();

    Health health = Health::Critical;
    QString headline;
    if (!ran) {
        headline = tr("Nothing ran: %1").arg(view->problem());
    } else {
        health = record.state == RunRecord::State::Succeeded    ? Health::Ok
                 : record.state == RunRecord::State::RolledBack ? Health::Warning
                                                                : Health::Critical;
        headline = tr("%1: %2").arg(runStateText(record.state), plan.title);
        if (record.started.isValid() && record.finished.isValid())
            headline +=
                QLatin1Char('\n') +
                tr("Run %1 by %2, %3, took %4.")
                    .arg(record.id, record.operatorName, DisplayFormat::dateTime(record.started),
                         DisplayFormat::duration(record.started.secsTo(record.finished)));
    }
    m_outcome->setText(headline);
    const QColor color = HealthStyle::color(health);
    m_outcome->setStyleSheet(
        QStringLiteral("font-weight: bold; border-left: 4px solid %1; padding-left: 6px;")
            .arg(color.name()));
    m_changes->setText(changesText(plan, record, ran));

    if (ran && record.failedStep >= 0 && record.failedStep < plan.steps.size()) {
        const PlanStep& failed = plan.steps.at(record.failedStep);
        addSection(record.state == RunRecord::State::Cancelled ? tr("Cancelled at step")
                                                               : tr("Failed step"),
                   tr("%1. %2\n\n%3").arg(record.failedStep + 1).arg(failed.title, failed.command),
                   QStringLiteral("failedStepSection"));
    }
    wizard->fillSummary(this, ran ? record : RunRecord());
}

void SummaryPage::addSection(const QString& title, const QString& text, const QString& objectName)
{
    auto* box = new QGroupBox(title, m_dynamic);
    box->setObjectName(objectName);
    auto* label = new QLabel(text, box);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (objectName == QLatin1String("failedStepSection"))
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(label);
    m_dynamicLayout->addWidget(box);
}

QWidget* SummaryPage::addOffer(const QString& buttonText, const QString& description,
                               std::function<void()> action, const QString& objectName)
{
    auto* row = new QWidget(m_dynamic);
    auto* button = new QPushButton(buttonText, row);
    button->setObjectName(objectName);
    auto* label = RemoteText::label(row);
    label->setText(description);
    label->setWordWrap(true);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(button);
    layout->addWidget(label, 1);
    connect(button, &QPushButton::clicked, this, std::move(action));
    m_dynamicLayout->addWidget(row);
    return row;
}

} // namespace vigie
