#include "JournalEntry.h"

#include <array>
#include <utility>

namespace vigie {

namespace {
using Result = JournalEntry::Result;

constexpr std::array<std::pair<Result, const char*>, 8> ResultNames{{
    {Result::Running, "running"},
    {Result::Succeeded, "succeeded"},
    {Result::Failed, "failed"},
    {Result::RolledBack, "rolled-back"},
    {Result::Cancelled, "cancelled"},
    {Result::Lost, "lost"},
    {Result::Refused, "refused"},
    {Result::FailedToStart, "failed-to-start"},
}};
} // namespace

qint64 JournalEntry::durationSeconds() const
{
    if (!started.isValid() || !finished.isValid())
        return -1;
    return qMax<qint64>(0, started.secsTo(finished));
}

QString JournalEntry::resultName(Result result)
{
    for (const auto& [value, name] : ResultNames) {
        if (value == result)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("running");
}

JournalEntry::Result JournalEntry::resultFromName(const QString& name, bool* ok)
{
    for (const auto& [value, text] : ResultNames) {
        if (name == QLatin1String(text)) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return Result::Running;
}

QString JournalEntry::resultText(Result result)
{
    switch (result) {
    case Result::Running:
        return tr("Running");
    case Result::Succeeded:
        return tr("Succeeded");
    case Result::Failed:
        return tr("Failed");
    case Result::RolledBack:
        return tr("Rolled back");
    case Result::Cancelled:
        return tr("Cancelled");
    case Result::Lost:
        return tr("Lost");
    case Result::Refused:
        return tr("Refused (locked)");
    case Result::FailedToStart:
        return tr("Failed to start");
    }
    return tr("Running");
}

JournalEntry::Result JournalEntry::fromRunState(RunRecord::State state)
{
    switch (state) {
    case RunRecord::State::Running:
        return Result::Running;
    case RunRecord::State::Succeeded:
        return Result::Succeeded;
    case RunRecord::State::Failed:
        return Result::Failed;
    case RunRecord::State::RolledBack:
        return Result::RolledBack;
    case RunRecord::State::Cancelled:
        return Result::Cancelled;
    case RunRecord::State::Lost:
        return Result::Lost;
    }
    return Result::Running;
}

} // namespace vigie
