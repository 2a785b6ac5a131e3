#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vigie {

// Helpers shared by the section parsers: checks that remote text is what a parser may read,
// conversions that never throw and never copy more than the piece they convert.
class ProbeText
{
    Q_DECLARE_TR_FUNCTIONS(ProbeText)

public:
    // Largest section a parser reads; the script keeps 256 KiB by default, so anything near
    // this is not what the script sent.
    static constexpr qsizetype MaxSectionBytes = 8 * 1024 * 1024;

    // Translated reason why `text` is not clean structured output (too large, NUL or other
    // control bytes, terminal escape sequences, invalid UTF-8), empty when it is.
    static QString problem(QByteArrayView text);
    static bool isValidUtf8(QByteArrayView text);

    // A short, printable rendering of remote text for a message: invalid bytes and control
    // characters replaced, at most `maxChars` characters.
    static QString excerpt(QByteArrayView text, qsizetype maxChars = 160);
    // The first non-empty lines of `text`, for "the command failed: …" messages.
    static QString firstLines(QByteArrayView text, int lines = 3);

    // "find: '/x': Permission denied", "sudo: …", "psql: warning: …": a tool speaking about
    // itself on stderr (merged into the section), not data and not garbage.
    static bool isToolDiagnostic(QByteArrayView line);

    static QString text(QByteArrayView bytes) { return QString::fromUtf8(bytes); }
    static std::optional<qint64> toInt64(QByteArrayView bytes);
    static std::optional<double> toDouble(QByteArrayView bytes);
    // Splits at `separator` into at most `maxParts` parts (the last one keeps the rest).
    static QList<QByteArrayView> split(QByteArrayView line, char separator, qsizetype maxParts);
    // Whitespace-separated fields.
    static QList<QByteArrayView> fields(QByteArrayView line);

    // systemd's "Mon 2026-11-23 03:00:01 UTC" (the probe runs systemctl with TZ=UTC); empty or
    // "n/a" gives an invalid QDateTime.
    static QDateTime systemdTime(QByteArrayView text);
    // Seconds since the epoch (find -printf %T@, stat) as UTC; nothing for NaN, negative or
    // absurd values (past year 9999), which would overflow the conversion to milliseconds.
    static std::optional<QDateTime> epochSeconds(double seconds);
    // Kibibytes (df -k, /proc/meminfo) to bytes, clamped to [0, what fits]: a hostile or
    // garbled number must not overflow (undefined behaviour).
    static qint64 kibToBytes(qint64 kib);

    // Section statuses with Vigie's words.
    static SectionStatus ok(const QString& note = {});
    static SectionStatus unparseable(const QString& why);
    static SectionStatus failed(const QString& what, int exitCode, QByteArrayView output);
    static QString unexpectedLine(qsizetype lineNumber, QByteArrayView line);
    static QString noOutput();
};

} // namespace vigie
