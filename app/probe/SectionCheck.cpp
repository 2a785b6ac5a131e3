#include "SectionCheck.h"

#include "LineReader.h"
#include "ProbeText.h"

namespace vigie {

namespace {

SectionStatus make(SectionStatus::State state, const QString& message, const ProbeSection* s)
{
    SectionStatus status;
    status.state = state;
    status.message = message;
    if (s) {
        status.elapsedMs = s->elapsedMs;
        status.exitCode = s->exitCode;
    }
    return status;
}

} // namespace

std::optional<SectionStatus> SectionCheck::before(const ProbeSection* section)
{
    using State = SectionStatus::State;
    if (!section)
        return make(State::Failed, tr("The probe returned nothing for this section."), nullptr);
    if (!section->complete) {
        return make(State::Failed,
                    tr("The output stopped before the end of this section (connection lost or "
                       "output cut)."),
                    section);
    }
    if (section->exitCode == 124 || section->exitCode == 137) {
        return make(State::TimedOut,
                    tr("Stopped after %n ms: the section's time limit.", nullptr,
                       int(qMin<qint64>(section->elapsedMs, 1 << 30))),
                    section);
    }
    return verdict(*section);
}

std::optional<SectionStatus> SectionCheck::verdict(const ProbeSection& section)
{
    using State = SectionStatus::State;
    const int rc = section.exitCode;
    if (rc != AbsentCode && rc != NeedsPrivilegesCode && rc != FailedCode)
        return std::nullopt;
    // The script's verdict is its first line; anything else with these codes is a command's.
    LineReader reader(section.payload.first(qMin(section.payload.size(), qsizetype(4096))));
    const QByteArrayView line = reader.atEnd() ? QByteArrayView() : reader.next();
    const QByteArrayView prefix = rc == AbsentCode            ? "vigie: absent: "
                                  : rc == NeedsPrivilegesCode ? "vigie: needs-privileges: "
                                                              : "vigie: failed: ";
    if (!line.startsWith(prefix))
        return std::nullopt;
    const QList<QByteArrayView> words = ProbeText::split(line.sliced(prefix.size()), ' ', 2);
    const QByteArrayView code = words.at(0);
    const QString argument = words.size() > 1 ? ProbeText::excerpt(words.at(1), 200) : QString();

    if (rc == AbsentCode) {
        QString message;
        if (code == "not-configured")
            message = tr("Not configured in the server's profile.");
        else if (code == "no-systemd")
            message = tr("systemd is not running on this server.");
        else if (code == "not-installed")
            message = tr("%1 is not installed on the server.").arg(argument);
        else
            message = ProbeText::excerpt(line);
        return make(State::Absent, message, &section);
    }
    if (rc == NeedsPrivilegesCode) {
        const QString what = ProbeText::excerpt(line.sliced(prefix.size()), 200);
        return make(State::NeedsPrivileges, tr("Needs root or passwordless sudo: %1").arg(what),
                    &section);
    }
    QString message;
    if (code == "no-pm2-daemon")
        message = tr("The PM2 daemon is not running (no %1).").arg(argument);
    else if (code == "no-file")
        message = tr("%1 does not exist.").arg(argument);
    else if (code == "no-tmpdir")
        message = tr("The probe could not create its temporary directory on the server.");
    else
        message = ProbeText::excerpt(line);
    return make(State::Failed, message, &section);
}

SectionStatus SectionCheck::after(SectionStatus parsed, const ProbeSection& section)
{
    parsed.elapsedMs = section.elapsedMs;
    parsed.exitCode = section.exitCode;
    if (section.truncated && parsed.state == SectionStatus::State::Ok) {
        parsed.state = SectionStatus::State::Truncated;
        const QString note =
            tr("Output cut at %1 bytes: only part of it was read.").arg(section.payload.size());
        parsed.message = parsed.message.isEmpty() ? note : note + u' ' + parsed.message;
    } else if (section.truncated) {
        parsed.message =
            tr("Output cut at %1 bytes.").arg(section.payload.size()) + u' ' + parsed.message;
    }
    return parsed;
}

} // namespace vigie
