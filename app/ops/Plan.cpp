#include "Plan.h"

#include <QJsonArray>

namespace vigie {

namespace {

PlanStep::Kind kindFromName(const QString& name)
{
    if (name == QLatin1String("destructive"))
        return PlanStep::Kind::Destructive;
    if (name == QLatin1String("change"))
        return PlanStep::Kind::Change;
    return PlanStep::Kind::Check;
}

QJsonArray stepsToJson(const QList<PlanStep>& steps)
{
    QJsonArray array;
    for (const PlanStep& step : steps)
        array.append(step.toJson());
    return array;
}

QList<PlanStep> stepsFromJson(const QJsonArray& array)
{
    QList<PlanStep> steps;
    steps.reserve(array.size());
    for (const QJsonValue& value : array)
        steps.append(PlanStep::fromJson(value.toObject()));
    return steps;
}

QString indented(const QString& text, const QString& prefix)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line.prepend(prefix);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString kindName(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::Check:
        return QStringLiteral("check");
    case PlanStep::Kind::Change:
        return QStringLiteral("change");
    case PlanStep::Kind::Destructive:
        return QStringLiteral("destructive");
    }
    return QStringLiteral("check");
}

QJsonObject PlanStep::toJson() const
{
    QJsonObject json{{QStringLiteral("title"), title},
                     {QStringLiteral("command"), command},
                     {QStringLiteral("kind"), kindName(kind)}};
    if (!undo.isEmpty())
        json.insert(QStringLiteral("undo"), undo);
    if (!secretHint.isEmpty())
        json.insert(QStringLiteral("secretHint"), secretHint);
    return json;
}

PlanStep PlanStep::fromJson(const QJsonObject& json)
{
    PlanStep step;
    step.title = json.value(QStringLiteral("title")).toString();
    step.command = json.value(QStringLiteral("command")).toString();
    step.kind = kindFromName(json.value(QStringLiteral("kind")).toString());
    step.undo = json.value(QStringLiteral("undo")).toString();
    step.secretHint = json.value(QStringLiteral("secretHint")).toString();
    return step;
}

bool Plan::hasDestructiveSteps() const
{
    for (const PlanStep& step : steps) {
        if (step.kind == PlanStep::Kind::Destructive)
            return true;
    }
    return false;
}

Plan Plan::undoPlan(int succeededSteps) const
{
    Plan undoing;
    undoing.wizard = QStringLiteral("undo");
    undoing.title = tr("Undo: %1").arg(title);
    undoing.lockTargets = lockTargets;
    undoing.parameters = parameters;
    undoing.parameters.insert(QStringLiteral("undoOf"), wizard);
    const int last = qBound(0, succeededSteps, int(steps.size()));
    for (int i = last - 1; i >= 0; --i) {
        const PlanStep& step = steps.at(i);
        if (step.undo.isEmpty())
            continue;
        PlanStep reverting;
        reverting.title = tr("Undo: %1").arg(step.title);
        reverting.command = step.undo;
        // Undoing a destructive step is itself a change the operator must review closely.
        reverting.kind =
            step.kind == PlanStep::Kind::Check ? PlanStep::Kind::Check : PlanStep::Kind::Change;
        undoing.steps.append(reverting);
    }
    return undoing;
}

QString Plan::toText() const
{
    QStringList lines;
    lines << title;
    if (!lockTargets.isEmpty())
        lines << tr("Locks: %1").arg(lockTargets.join(QStringLiteral(", ")));
    const auto addSteps = [&lines](const QList<PlanStep>& list) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const PlanStep& step = list.at(i);
            lines << QString();
            lines << tr("%1. [%2] %3").arg(i + 1).arg(kindName(step.kind), step.title);
            lines << indented(step.command, QStringLiteral("    $ "));
            if (!step.undo.isEmpty())
                lines << tr("    undo:") << indented(step.undo, QStringLiteral("    $ "));
        }
    };
    addSteps(steps);
    if (!recoverySteps.isEmpty()) {
        lines << QString();
        lines << tr("If step %1 or a later one fails, these run automatically:")
                     .arg(recoveryFrom + 1);
        addSteps(recoverySteps);
    }
    if (!confirmationWord.isEmpty()) {
        lines << QString();
        lines << tr("Confirmation required: type %1").arg(confirmationWord);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject Plan::toJson() const
{
    QJsonObject json{{QStringLiteral("wizard"), wizard},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("lockTargets"), QJsonArray::fromStringList(lockTargets)},
                     {QStringLiteral("parameters"), parameters},
                     {QStringLiteral("steps"), stepsToJson(steps)}};
    if (!recoverySteps.isEmpty()) {
        json.insert(QStringLiteral("recoverySteps"), stepsToJson(recoverySteps));
        json.insert(QStringLiteral("recoveryFrom"), recoveryFrom);
    }
    if (!confirmationWord.isEmpty())
        json.insert(QStringLiteral("confirmationWord"), confirmationWord);
    return json;
}

Plan Plan::fromJson(const QJsonObject& json)
{
    Plan plan;
    plan.wizard = json.value(QStringLiteral("wizard")).toString();
    plan.title = json.value(QStringLiteral("title")).toString();
    for (const QJsonValue& target : json.value(QStringLiteral("lockTargets")).toArray())
        plan.lockTargets.append(target.toString());
    plan.parameters = json.value(QStringLiteral("parameters")).toObject();
    plan.steps = stepsFromJson(json.value(QStringLiteral("steps")).toArray());
    plan.recoverySteps = stepsFromJson(json.value(QStringLiteral("recoverySteps")).toArray());
    plan.recoveryFrom = json.value(QStringLiteral("recoveryFrom")).toInt(0);
    plan.confirmationWord = json.value(QStringLiteral("confirmationWord")).toString();
    return plan;
}

} // namespace vigie
