#pragma once

#include "ExitStatusMarker.h"
#include "SshTypes.h"

#include <QByteArray>

#include <functional>
#include <optional>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_CHANNEL;

namespace vigie {

// One command on a non-blocking libssh2 session: open a channel, exec, feed stdin, stream
// stdout/stderr, close, and read how it ended. drive() advances as far as the socket allows
// and is called again by the session worker whenever there is more to do.
class SshExecChannel
{
public:
    struct Callbacks
    {
        std::function<void(const QByteArray&)> stdoutData;
        std::function<void(const QByteArray&)> stderrData;
        std::function<SshError(SshError::Code, const QString&)> makeError;
    };

    enum class Progress
    {
        Pending,       // waiting for the socket
        Yield,         // read a lot already: call again soon, let others run first
        Finished,      // result() is final; the channel is freed
        SessionFailed, // the session is unusable; failure() says why
    };

    // The command is wrapped with the exit-status marker, except for an `internal` one:
    // Vigie's own helper command (the kill after a cancel), run as is and never reported.
    SshExecChannel(quint64 id, const QByteArray& command, QByteArray stdinData,
                   bool internal = false);

    quint64 id() const { return m_id; }
    bool isInternal() const { return m_internal; }
    bool isQueued() const { return m_step == Step::Queued; }
    // The command may have run (for the outcome after a failure: unknown, not failed).
    bool mayHaveStarted() const { return m_step >= Step::Running; }
    bool isCancelled() const { return m_cancelled; }
    bool isReported() const { return m_reported; }
    void setReported() { m_reported = true; }
    std::optional<qint64> remotePid() const { return m_marker.remotePid(); }
    const ExecResult& result() const { return m_result; }
    const SshError& failure() const { return m_failure; }

    Progress drive(_LIBSSH2_SESSION* session, const Callbacks& callbacks);
    // Marks the command cancelled; when no process group can be signalled, closes the channel.
    void cancel(const SshError& cancelled);
    // At session teardown: forget the handle, libssh2_session_free() releases it.
    void detach() { m_handle = nullptr; }
    // Takes a session channel the worker opened ahead of need, saving the open round trip.
    // False (and nothing taken) once this channel has gone past opening.
    bool adoptOpenChannel(_LIBSSH2_CHANNEL* handle);

private:
    enum class Step
    {
        Queued,
        Opening,
        Executing,
        Running,
        Closing,
        Freeing
    };

    bool writeStdin();
    // True once the remote side sent EOF and both streams are drained.
    bool pumpOutput(_LIBSSH2_SESSION* session, const Callbacks& callbacks, Progress* progress);
    void readExitStatus(_LIBSSH2_SESSION* session, const Callbacks& callbacks);
    Progress sessionFailed(const SshError& error);

    ExitStatusMarker m_marker; // before m_command: the constructor wraps with it
    quint64 m_id;
    QByteArray m_command;
    QByteArray m_stdin;
    qsizetype m_stdinWritten = 0;
    bool m_eofSent = false;
    bool m_internal;
    bool m_cancelled = false;
    bool m_reported = false;
    Step m_step = Step::Queued;
    _LIBSSH2_CHANNEL* m_handle = nullptr;
    ExecResult m_result;
    SshError m_failure;
};

} // namespace vigie
