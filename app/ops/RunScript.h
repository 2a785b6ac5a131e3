#pragma once

#include "Plan.h"

#include <QByteArray>
#include <QString>

namespace vigie {

// Turns a plan into the runner: one POSIX sh script, started detached in its run directory
// (argument 1). It takes the plan's locks with flock (refusing a busy or stale one), runs each
// step in its own `sh -ec` (so `set -e` holds whatever the step's text), appends the output to
// `log` between marker lines, writes steps/N.rc, runs the recovery steps when a step at or
// after recoveryFrom fails, and writes `status` atomically:
//   succeeded | failed N | rolled-back N | cancelled N   (then the end time, epoch seconds)
// Marker lines, each preceded by a newline: "@@vigie:<nonce> <event> <epoch>" where event is
//   run <id> | step N begin | step N end RC | recovery N | rstep K begin | rstep K end RC |
//   cancelled N | final <status>
class RunScript
{
public:
    struct Settings
    {
        QString runId;
        QByteArray nonce;
        QString operatorName;
    };

    static QByteArray generate(const Plan& plan, const Settings& settings);
    // One line, no control characters: safe in a comment or a holder record.
    static QString singleLine(const QString& text);
};

} // namespace vigie
