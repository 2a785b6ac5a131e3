#include "SshExecChannel.h"

#include "Libssh2Errors.h"

#include <libssh2.h>

namespace vigie {

namespace {
constexpr qsizetype ReadChunk = 32 * 1024;        // one signal per chunk
constexpr qsizetype MaxReadPerDrive = 512 * 1024; // then yield so other sessions get a turn
} // namespace

SshExecChannel::SshExecChannel(quint64 id, const QByteArray& command, QByteArray stdinData,
                               bool internal)
    : m_id(id)
    , m_command(internal ? command : m_marker.wrap(command))
    , m_stdin(std::move(stdinData))
    , m_internal(internal)
{}

SshExecChannel::Progress SshExecChannel::sessionFailed(const SshError& error)
{
    m_failure = error;
    return Progress::SessionFailed;
}

void SshExecChannel::cancel(const SshError& cancelled)
{
    m_cancelled = true;
    m_result.outcome = ExecResult::Outcome::Cancelled;
    m_result.error = cancelled;
    // With a known process group the worker kills it and this channel ends on its own;
    // otherwise closing is all that can be done (sshd hangs up on the command).
    if (!remotePid() && m_step != Step::Queued && m_step < Step::Closing)
        m_step = Step::Closing;
}

bool SshExecChannel::adoptOpenChannel(LIBSSH2_CHANNEL* handle)
{
    if (m_handle || m_cancelled || (m_step != Step::Queued && m_step != Step::Opening))
        return false;
    m_handle = handle;
    m_step = Step::Executing;
    return true;
}

SshExecChannel::Progress SshExecChannel::drive(LIBSSH2_SESSION* session, const Callbacks& callbacks)
{
    for (;;) {
        switch (m_step) {
        case Step::Queued:
            m_step = Step::Opening;
            break;
        case Step::Opening: {
            m_handle = libssh2_channel_open_session(session);
            if (!m_handle) {
                const int rc = libssh2_session_last_errno(session);
                if (rc == LIBSSH2_ERROR_EAGAIN)
                    return Progress::Pending;
                const bool fatal = isLibssh2SessionError(rc);
                m_result.outcome = ExecResult::Outcome::Failed;
                m_result.error = callbacks.makeError(fatal ? SshError::Code::ConnectionLost
                                                           : SshError::Code::ChannelFailed,
                                                     libssh2LastError(session));
                m_step = Step::Freeing;
                if (fatal)
                    return sessionFailed(m_result.error);
                return Progress::Finished;
            }
            m_step = Step::Executing;
            break;
        }
        case Step::Executing: {
            const int rc = libssh2_channel_exec(m_handle, m_command.constData());
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return Progress::Pending;
            if (rc != 0) {
                m_result.outcome = ExecResult::Outcome::Failed;
                m_result.error =
                    callbacks.makeError(SshError::Code::ChannelFailed, libssh2LastError(session));
                if (isLibssh2SessionError(rc))
                    return sessionFailed(m_result.error);
                m_step = Step::Closing;
                break;
            }
            m_step = Step::Running;
            break;
        }
        case Step::Running: {
            // Write stdin and read output in the same pass: a command that fills its stdout
            // before reading all of its stdin must not deadlock.
            writeStdin();
            Progress progress = Progress::Pending;
            if (!pumpOutput(session, callbacks, &progress))
                return progress;
            m_step = Step::Closing;
            break;
        }
        case Step::Closing: {
            int rc = libssh2_channel_close(m_handle);
            if (rc == LIBSSH2_ERROR_EAGAIN)
                return Progress::Pending;
            if (rc == 0) {
                rc = libssh2_channel_wait_closed(m_handle);
                if (rc == LIBSSH2_ERROR_EAGAIN)
                    return Progress::Pending;
            }
            const bool settled = m_cancelled || m_result.outcome == ExecResult::Outcome::Failed;
            if (rc == 0 && !settled) {
                readExitStatus(session, callbacks);
            } else if (rc != 0 && !settled) {
                m_result.outcome = ExecResult::Outcome::Unknown;
                m_result.error =
                    callbacks.makeError(SshError::Code::ConnectionLost, libssh2LastError(session));
                if (isLibssh2SessionError(rc))
                    return sessionFailed(m_result.error);
            }
            m_step = Step::Freeing;
            break;
        }
        case Step::Freeing:
            if (m_handle) {
                if (libssh2_channel_free(m_handle) == LIBSSH2_ERROR_EAGAIN)
                    return Progress::Pending;
                m_handle = nullptr;
            }
            return Progress::Finished;
        }
    }
}

bool SshExecChannel::writeStdin()
{
    while (m_stdinWritten < m_stdin.size()) {
        const ssize_t written =
            libssh2_channel_write(m_handle, m_stdin.constData() + m_stdinWritten,
                                  size_t(m_stdin.size() - m_stdinWritten));
        if (written == LIBSSH2_ERROR_EAGAIN)
            return false;
        if (written < 0) {
            // The command stopped reading (exited early): not an error by itself.
            m_stdinWritten = m_stdin.size();
            break;
        }
        m_stdinWritten += written;
    }
    if (!m_eofSent && libssh2_channel_send_eof(m_handle) != LIBSSH2_ERROR_EAGAIN)
        m_eofSent = true;
    return m_eofSent;
}

bool SshExecChannel::pumpOutput(LIBSSH2_SESSION* session, const Callbacks& callbacks,
                                Progress* progress)
{
    qsizetype budget = MaxReadPerDrive;
    QByteArray buffer(ReadChunk, Qt::Uninitialized);
    bool drained = false;
    while (budget > 0 && !drained) {
        drained = true;
        for (const bool isStderr : {false, true}) {
            const ssize_t rc =
                isStderr
                    ? libssh2_channel_read_stderr(m_handle, buffer.data(), size_t(buffer.size()))
                    : libssh2_channel_read(m_handle, buffer.data(), size_t(buffer.size()));
            if (rc > 0) {
                budget -= rc;
                drained = false;
                if (!isStderr) {
                    callbacks.stdoutData(buffer.left(rc));
                } else if (const QByteArray passOn = m_marker.filter(buffer.left(rc));
                           !passOn.isEmpty()) {
                    callbacks.stderrData(passOn);
                }
            } else if (rc < 0 && rc != LIBSSH2_ERROR_EAGAIN) {
                m_result.outcome = ExecResult::Outcome::Unknown;
                m_result.error =
                    callbacks.makeError(SshError::Code::ConnectionLost, libssh2LastError(session));
                if (isLibssh2SessionError(int(rc))) {
                    *progress = sessionFailed(m_result.error);
                    return false;
                }
                return true; // this channel is broken: close it
            }
        }
    }
    if (budget <= 0) {
        *progress = Progress::Yield;
        return false;
    }
    *progress = Progress::Pending;
    return libssh2_channel_eof(m_handle) == 1;
}

void SshExecChannel::readExitStatus(LIBSSH2_SESSION* session, const Callbacks& callbacks)
{
    // Drain what arrived between EOF and close, then read how the command ended.
    Progress ignored = Progress::Pending;
    pumpOutput(session, callbacks, &ignored);
    if (const QByteArray rest = m_marker.finish(); !rest.isEmpty())
        callbacks.stderrData(rest);
    char* signal = nullptr;
    size_t signalLength = 0;
    libssh2_channel_get_exit_signal(m_handle, &signal, &signalLength, nullptr, nullptr, nullptr,
                                    nullptr);
    if (signal) {
        m_result.outcome = ExecResult::Outcome::Signalled;
        m_result.signalName = QString::fromLatin1(signal, qsizetype(signalLength));
        libssh2_free(session, signal);
    } else if (const auto code = m_marker.exitCode()) {
        m_result.outcome = ExecResult::Outcome::Exited;
        m_result.exitCode = *code;
    } else {
        // libssh2 says 0 when no status arrived: without our marker nothing proves the end.
        m_result.outcome = ExecResult::Outcome::Unknown;
        m_result.exitCode = -1;
    }
}

} // namespace vigie
