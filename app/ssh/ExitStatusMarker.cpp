#include "ExitStatusMarker.h"

#include "core/ShellQuote.h"

#include <QRandomGenerator>

namespace vigie {

namespace {
constexpr char RecordSeparator = '\036';
constexpr qsizetype MaxDigits = 4; // exit codes are 0..255
} // namespace

ExitStatusMarker::ExitStatusMarker()
    : ExitStatusMarker(QByteArray::number(QRandomGenerator::global()->generate64(), 36))
{}

ExitStatusMarker::ExitStatusMarker(QByteArray nonce)
    : m_nonce(std::move(nonce))
    , m_prefix(QByteArray(1, RecordSeparator) + "vigie-exit-" + m_nonce + ':')
    , m_pidPrefix(QByteArray(1, RecordSeparator) + "vigie-pid-" + m_nonce + ':')
{}

QByteArray ExitStatusMarker::wrap(const QByteArray& command) const
{
    // printf's format turns \036 into the separator byte; the nonce is [0-9a-z] only.
    const QByteArray printfFormat = "\\036vigie-exit-" + m_nonce + ":%d\\036";
    const QByteArray trap = "printf '" + printfFormat + "' \"$?\" >&2";
    const QByteArray announce = "printf '\\036vigie-pid-" + m_nonce + ":%d\\036' \"$$\" >&2";
    const QByteArray script = announce + "\ntrap " + shellQuote(trap) + " EXIT\n" + command;
    return "exec sh -c " + shellQuote(script);
}

QByteArray ExitStatusMarker::filterPid(const QByteArray& chunk)
{
    // The PID marker is the very first thing on stderr; anything else there ends the search.
    m_pending.append(chunk);
    const qsizetype maxLength = m_pidPrefix.size() + 20 + 1;
    const qsizetype common = qMin(m_pending.size(), m_pidPrefix.size());
    if (m_pending.left(common) != m_pidPrefix.left(common)) {
        m_pidPhase = false;
        QByteArray held;
        held.swap(m_pending);
        return filter(held);
    }
    if (m_pending.size() <= m_pidPrefix.size())
        return {};
    const qsizetype end = m_pending.indexOf(RecordSeparator, m_pidPrefix.size());
    if (end < 0) {
        if (m_pending.size() < maxLength)
            return {};
        m_pidPhase = false; // too long to be ours
        QByteArray held;
        held.swap(m_pending);
        return filter(held);
    }
    bool ok = false;
    const qint64 pid = m_pending.mid(m_pidPrefix.size(), end - m_pidPrefix.size()).toLongLong(&ok);
    m_pidPhase = false;
    if (ok && pid > 1)
        m_pid = pid;
    const QByteArray rest = ok ? m_pending.mid(end + 1) : m_pending;
    m_pending.clear();
    return rest.isEmpty() ? QByteArray() : filter(rest);
}

QByteArray ExitStatusMarker::filter(const QByteArray& chunk)
{
    if (m_pidPhase)
        return filterPid(chunk);
    if (m_exitCode) {
        // Anything after a complete marker is not ours: pass it on untouched.
        return chunk;
    }
    m_pending.append(chunk);
    const qsizetype start = m_pending.lastIndexOf(RecordSeparator);
    if (start < 0) {
        QByteArray out;
        out.swap(m_pending);
        return out;
    }
    // Is the tail from the last separator a (partial) marker? If the tail is the closing
    // separator of a complete marker, look from the opening one instead.
    qsizetype candidate = start;
    if (start > 0 && m_pending.size() == start + 1) {
        const qsizetype open = m_pending.lastIndexOf(RecordSeparator, start - 1);
        if (open >= 0)
            candidate = open;
    }
    const QByteArray tail = m_pending.mid(candidate);
    const qsizetype maxLength = m_prefix.size() + MaxDigits + 1;
    const bool couldBeMarker =
        tail.size() <= maxLength &&
        (m_prefix.startsWith(tail) || (tail.startsWith(m_prefix) && [&] {
             for (qsizetype i = m_prefix.size(); i < tail.size(); ++i) {
                 const char c = tail.at(i);
                 if (!(c >= '0' && c <= '9') && !(c == RecordSeparator && i == tail.size() - 1))
                     return false;
             }
             return true;
         }()));
    if (!couldBeMarker) {
        QByteArray out;
        out.swap(m_pending);
        return out;
    }
    QByteArray out = m_pending.left(candidate);
    m_pending = tail;
    if (tail.size() > m_prefix.size() + 1 && tail.endsWith(RecordSeparator)) {
        bool ok = false;
        const int code = tail.mid(m_prefix.size(), tail.size() - m_prefix.size() - 1).toInt(&ok);
        if (ok && code >= 0 && code <= 255) {
            m_exitCode = code;
            m_pending.clear();
        }
    }
    return out;
}

QByteArray ExitStatusMarker::finish()
{
    QByteArray out;
    out.swap(m_pending);
    return out;
}

} // namespace vigie
