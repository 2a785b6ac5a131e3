#include "ProbeText.h"

#include "LineReader.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace vigie {

namespace {

bool isControl(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
}

} // namespace

bool ProbeText::isValidUtf8(QByteArrayView text)
{
    // RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            if (c == 0xe0)
                low = 0xa0;
            else if (c == 0xed)
                high = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            if (c == 0xf0)
                low = 0x90;
            else if (c == 0xf4)
                high = 0x8f;
        } else {
            return false;
        }
        if (i + length > size)
            return false;
        if (p[i + 1] < low || p[i + 1] > high)
            return false;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xbf)
                return false;
        }
        i += length;
    }
    return true;
}

QString ProbeText::problem(QByteArrayView text)
{
    if (text.size() > MaxSectionBytes)
        return tr("The output is too large to be what the probe sent (%1 bytes).").arg(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == 0x1b)
            return tr("The output contains terminal escape sequences (line %1).")
                .arg(text.first(i).count('\n') + 1);
        if (isControl(c))
            return tr("The output contains control characters (line %1).")
                .arg(text.first(i).count('\n') + 1);
    }
    if (!isValidUtf8(text))
        return tr("The output is not valid UTF-8 text.");
    return {};
}

QString ProbeText::excerpt(QByteArrayView text, qsizetype maxChars)
{
    // Never convert more than a bounded prefix.
    const QByteArrayView head = text.first(qMin(text.size(), maxChars * 4));
    QString out = QString::fromUtf8(head);
    for (QChar& ch : out) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            ch = QChar(0xfffd);
    }
    if (out.size() > maxChars || head.size() < text.size()) {
        out.truncate(maxChars);
        out.append(QChar(0x2026));
    }
    return out;
}

QString ProbeText::firstLines(QByteArrayView text, int lines)
{
    QStringList out;
    LineReader reader(text.first(qMin(text.size(), qsizetype(4096))));
    while (!reader.atEnd() && out.size() < lines) {
        const QByteArrayView line = reader.next().trimmed();
        if (!line.isEmpty())
            out.append(excerpt(line));
    }
    return out.join(QLatin1String(" / "));
}

bool ProbeText::isToolDiagnostic(QByteArrayView line)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:sudo|find|df|stat|grep|cat|tail|head|ls|curl|psql|getent|systemctl|docker|pm2|"
        "timeout|sh|dash|bash|node|crontab|fail2ban-client|ufw|openssl)(?:\\[\\d+\\])?: "));
    if (line.size() > 4096)
        return false;
    return pattern.match(QString::fromUtf8(line.first(qMin(line.size(), qsizetype(40)))))
        .hasMatch();
}

std::optional<qint64> ProbeText::toInt64(QByteArrayView bytes)
{
    bool ok = false;
    const qint64 value = bytes.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<double> ProbeText::toDouble(QByteArrayView bytes)
{
    bool ok = false;
    const double value = bytes.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QList<QByteArrayView> ProbeText::split(QByteArrayView line, char separator, qsizetype maxParts)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    while (parts.size() + 1 < maxParts) {
        const qsizetype at = line.indexOf(separator, start);
        if (at < 0)
            break;
        parts.append(line.sliced(start, at - start));
        start = at + 1;
    }
    parts.append(line.sliced(start));
    return parts;
}

QList<QByteArrayView> ProbeText::fields(QByteArrayView line)
{
    QList<QByteArrayView> out;
    qsizetype i = 0;
    const qsizetype size = line.size();
    while (i < size) {
        while (i < size && (line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < size && line.at(i) != ' ' && line.at(i) != '\t')
            ++i;
        if (i > start)
            out.append(line.sliced(start, i - start));
    }
    return out;
}

QDateTime ProbeText::systemdTime(QByteArrayView text)
{
    // "Mon 2026-11-23 03:00:01 UTC"; the weekday is optional in some versions' output.
    const QList<QByteArrayView> parts = fields(text);
    if (parts.size() < 3 || parts.size() > 4 || parts.last() != "UTC")
        return {};
    const qsizetype first = parts.size() == 4 ? 1 : 0;
    const QDate date = QDate::fromString(QString::fromLatin1(parts.at(first)), Qt::ISODate);
    const QTime time = QTime::fromString(QString::fromLatin1(parts.at(first + 1)), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

SectionStatus ProbeText::ok(const QString& note)
{
    SectionStatus status;
    status.state = SectionStatus::State::Ok;
    status.message = note;
    return status;
}

SectionStatus ProbeText::unparseable(const QString& why)
{
    SectionStatus status;
    status.state = SectionStatus::State::Unparseable;
    status.message = why;
    return status;
}

SectionStatus ProbeText::failed(const QString& what, int exitCode, QByteArrayView output)
{
    SectionStatus status;
    status.state = SectionStatus::State::Failed;
    const QString said = firstLines(output);
    status.message = said.isEmpty()
                         ? tr("%1 failed (exit code %2).").arg(what).arg(exitCode)
                         : tr("%1 failed (exit code %2): %3").arg(what).arg(exitCode).arg(said);
    return status;
}

QString ProbeText::unexpectedLine(qsizetype lineNumber, QByteArrayView line)
{
    return tr("Unexpected output on line %1: \u201c%2\u201d")
        .arg(lineNumber)
        .arg(excerpt(line, 80));
}

QString ProbeText::noOutput()
{
    return tr("The command printed nothing.");
}

std::optional<QDateTime> ProbeText::epochSeconds(double seconds)
{
    constexpr double Year9999 = 253402300799.0;
    if (!(seconds >= 0.0 && seconds <= Year9999)) // also false for NaN
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC);
}

qint64 ProbeText::kibToBytes(qint64 kib)
{
    constexpr qint64 Max = std::numeric_limits<qint64>::max() / 1024;
    return std::clamp<qint64>(kib, 0, Max) * 1024;
}

} // namespace vigie
