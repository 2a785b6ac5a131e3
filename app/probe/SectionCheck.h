#pragma once

#include "ProbeOutput.h"
#include "Snapshot.h"

#include <QCoreApplication>

#include <optional>

namespace vigie {

// What a section's frame says before its content is read: missing, cut, timed out, or one of
// the script's own verdicts ("vigie: absent: not-installed docker" with rc 100, 101, 102).
// Then, after a parser ran, the frame's facts are added to its status (time, exit code, and
// Truncated for an output larger than the script's limit).
class SectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(SectionCheck)

public:
    static constexpr int AbsentCode = 100;
    static constexpr int NeedsPrivilegesCode = 101;
    static constexpr int FailedCode = 102;

    // A status when the frame decides alone; nullopt when the parser must read the payload.
    static std::optional<SectionStatus> before(const ProbeSection* section);
    static SectionStatus after(SectionStatus parsed, const ProbeSection& section);

private:
    static std::optional<SectionStatus> verdict(const ProbeSection& section);
};

} // namespace vigie
