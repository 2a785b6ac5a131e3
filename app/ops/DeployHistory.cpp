#include "DeployHistory.h"

#include <algorithm>

namespace vigie {

QList<DeployHistoryEntry> DeployHistory::fromRuns(const QList<RunRecord>& runs, const QString& app)
{
    QList<DeployHistoryEntry> entries;
    for (const RunRecord& run : runs) {
        if (run.wizard != QLatin1String("deploy"))
            continue;
        // The parameters are the plan's; an old record may only have them inside its plan.
        QJsonObject parameters = run.parameters;
        if (parameters.isEmpty())
            parameters = run.plan.value(QLatin1String("parameters")).toObject();
        const QString name = parameters.value(QLatin1String("app")).toString();
        if (name.isEmpty() || (!app.isEmpty() && name != app))
            continue;
        DeployHistoryEntry entry;
        entry.runId = run.id;
        entry.app = name;
        entry.commit = parameters.value(QLatin1String("commit")).toString();
        entry.operatorName = run.operatorName;
        entry.started = run.started;
        entry.finished = run.finished;
        entry.result = run.state;
        entry.migrations = parameters.value(QLatin1String("migrations")).toBool();
        entry.snapshotFile = parameters.value(QLatin1String("snapshotFile")).toString();
        entries.append(entry);
    }
    // Newest first; run ids break ties so the order is stable.
    std::sort(entries.begin(), entries.end(),
              [](const DeployHistoryEntry& a, const DeployHistoryEntry& b) {
                  if (a.started != b.started)
                      return a.started > b.started;
                  return a.runId > b.runId;
              });
    return entries;
}

DeployHistoryEntry DeployHistory::lastSucceeded(const QList<RunRecord>& runs, const QString& app)
{
    const QList<DeployHistoryEntry> entries = fromRuns(runs, app);
    for (const DeployHistoryEntry& entry : entries) {
        if (entry.result == RunRecord::State::Succeeded)
            return entry;
    }
    return {};
}

} // namespace vigie
