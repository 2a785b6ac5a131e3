#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie {

// One step of a guided operation, shown verbatim to the operator before anything runs.
struct PlanStep
{
    enum class Kind
    {
        Check,      // reads only
        Change,     // changes something that can be undone or redone safely
        Destructive // loses data if wrong: needs the typed confirmation
    };

    QString title;   // translated, for the operator
    QString command; // exact POSIX sh text, run with `set -e` in its own subshell
    Kind kind = Kind::Check;
    QString undo;       // optional: sh text that reverts this step (offered after a failure)
    QString secretHint; // optional: what in the output is secret (never the secret itself)

    QJsonObject toJson() const;
    static PlanStep fromJson(const QJsonObject& json);
};

// An ordered list of steps built by a planner from the wizard's answers. Plans are data: the
// review page shows them, the runner turns them into a script, the journal stores them.
struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)

public:
    QString wizard; // "provision", "restore", "deploy", "undo", …
    QString title;  // translated one-liner: "Restore medicalpro_clinic_… from 2026-11-22"
    QStringList lockTargets; // e.g. "db:medicalpro_central", "app:medical-pro-backend"
    QJsonObject parameters;  // what the operator chose (no secrets), for the journal
    QList<PlanStep> steps;
    // Run automatically, in order, when a step at index >= recoveryFrom fails (deploy's
    // rollback). Empty: a failure just stops the run.
    QList<PlanStep> recoverySteps;
    int recoveryFrom = 0;
    // The word the operator must type before a plan with destructive steps runs (usually the
    // database name). Empty when the plan has no destructive step.
    QString confirmationWord;

    bool hasDestructiveSteps() const;
    // Undo of the steps [0, succeededSteps) in reverse order, skipping steps without undo.
    Plan undoPlan(int succeededSteps) const;
    // Human-readable text of the whole plan (CLI --plan, journal, review page copy).
    QString toText() const;
    QJsonObject toJson() const;
    static Plan fromJson(const QJsonObject& json);
};

QString kindName(PlanStep::Kind kind); // "check", "change", "destructive"

} // namespace vigie
