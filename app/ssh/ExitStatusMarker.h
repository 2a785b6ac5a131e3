#pragma once

#include <QByteArray>
#include <optional>

namespace vigie {

// libssh2_channel_get_exit_status() returns 0 when the server sent no exit status, which would
// turn "we do not know" into "success". So every command runs as
//     exec sh -c 'trap '\''printf "\036vigie-exit-<nonce>:%d\036" $? >&2'\'' EXIT; <command>'
// and the marker, printed by the shell itself after the command, is stripped from the end of
// stderr. A status counts only when the marker arrived (or the server reported a signal).
// The shell also announces its PID first ("\036vigie-pid-<nonce>:<pid>\036"): sshd makes it a
// process group leader, so cancelling can signal the whole group.
// `exec` keeps the wrapping shell the direct child of sshd, so a signal still reaches the
// client as an exit-signal. A command that itself ends with `exec` never runs the trap: its
// status is reported as unknown, the safe side.
class ExitStatusMarker
{
public:
    ExitStatusMarker(); // random nonce
    explicit ExitStatusMarker(QByteArray nonce);

    QByteArray wrap(const QByteArray& command) const;

    // Feeds a stderr chunk; returns what can be passed on now. Bytes that might be the start of
    // the marker are held back until more data or finish().
    QByteArray filter(const QByteArray& chunk);
    // End of stderr: returns the held-back bytes that turned out not to be the marker.
    QByteArray finish();
    std::optional<int> exitCode() const { return m_exitCode; }
    std::optional<qint64> remotePid() const { return m_pid; }

private:
    QByteArray m_nonce;
    QByteArray m_prefix;    // "\036vigie-exit-<nonce>:"
    QByteArray m_pidPrefix; // "\036vigie-pid-<nonce>:"
    QByteArray m_pending;
    bool m_pidPhase = true; // still looking at the start of stderr for the PID marker
    std::optional<int> m_exitCode;
    std::optional<qint64> m_pid;

    QByteArray filterPid(const QByteArray& chunk);
};

} // namespace vigie
