#include "PlanView.h"

#include "widgets/HealthStyle.h"

#include <QFontDatabase>

namespace vigie {

PlanView::PlanView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("planView"));
    setOpenLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QTextEdit::WidgetWidth);
}

QString PlanView::kindText(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::Check:
        return tr("check (reads only)");
    case PlanStep::Kind::Change:
        return tr("change");
    case PlanStep::Kind::Destructive:
        return tr("DESTRUCTIVE");
    }
    return {};
}

QColor PlanView::kindColor(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::Check:
        return HealthStyle::color(Health::Ok);
    case PlanStep::Kind::Change:
        return HealthStyle::color(Health::Warning);
    case PlanStep::Kind::Destructive:
        return HealthStyle::color(Health::Critical);
    }
    return HealthStyle::color(Health::Unknown);
}

QString PlanView::stepHtml(int number, const PlanStep& step) const
{
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    const bool destructive = step.kind == PlanStep::Kind::Destructive;
    QString html = QStringLiteral("<p style=\"margin-top:10px\"><b>%1. %2</b> "
                                  "&nbsp;<span style=\"color:%3; font-weight:bold\">[%4]</span>")
                       .arg(number)
                       .arg(step.title.toHtmlEscaped(), kindColor(step.kind).name(),
                            kindText(step.kind).toHtmlEscaped());
    if (destructive)
        html += QStringLiteral(" &nbsp;<span style=\"color:%1\">%2</span>")
                    .arg(kindColor(step.kind).name(), tr("⚠ loses data if wrong").toHtmlEscaped());
    html += QStringLiteral("</p>");
    // <pre> keeps the command byte for byte (spaces, quotes, new lines).
    html += QStringLiteral("<pre style=\"font-family:'%1'; margin-left:16px; %2\">%3</pre>")
                .arg(mono,
                     destructive ? QStringLiteral("border-left:3px solid %1; padding-left:6px;")
                                       .arg(kindColor(step.kind).name())
                                 : QString(),
                     step.command.toHtmlEscaped());
    return html;
}

void PlanView::setPlan(const Plan& plan)
{
    m_plan = plan;
    QString html = QStringLiteral("<h3>%1</h3>").arg(plan.title.toHtmlEscaped());
    if (!plan.lockTargets.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Locked while it runs: %1")
                             .arg(plan.lockTargets.join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    for (int i = 0; i < plan.steps.size(); ++i)
        html += stepHtml(i + 1, plan.steps.at(i));
    if (!plan.recoverySteps.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>")
                    .arg(tr("If step %1 or a later one fails, these steps run automatically:")
                             .arg(plan.recoveryFrom + 1)
                             .toHtmlEscaped());
        for (int i = 0; i < plan.recoverySteps.size(); ++i)
            html += stepHtml(i + 1, plan.recoverySteps.at(i));
    }
    setHtml(html);
}

} // namespace vigie
