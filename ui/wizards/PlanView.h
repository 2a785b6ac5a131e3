#pragma once

#include "ops/Plan.h"

#include <QTextBrowser>

namespace vigie {

// A plan as the operator reviews it: every step's title, its kind in words and colour
// (destructive steps stand out), and its EXACT command, verbatim in a monospace font. Read-only
// and selectable, so a command can be copied and checked by hand.
class PlanView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PlanView(QWidget* parent = nullptr);

    void setPlan(const Plan& plan);
    const Plan& plan() const { return m_plan; }

    static QString kindText(PlanStep::Kind kind); // translated: "reads only", "destructive" …
    static QColor kindColor(PlanStep::Kind kind);

private:
    QString stepHtml(int number, const PlanStep& step) const;

    Plan m_plan;
};

} // namespace vigie
