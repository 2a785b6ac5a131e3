#include "ProbeOutput.h"

#include "ProbeText.h"

namespace vigie {

namespace {

bool isSectionName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 32)
        return false;
    for (char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

// "key=<digits>" → value; anything else → -1.
qint64 field(QByteArrayView token, QByteArrayView key)
{
    if (!token.startsWith(key) || token.size() == key.size() || token.size() > key.size() + 18)
        return -1;
    qint64 value = 0;
    for (char c : token.sliced(key.size())) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

ProbeOutput::ProbeOutput(const QByteArray& output, const QByteArray& nonce)
    : m_output(output)
{
    parse(nonce);
}

const ProbeSection* ProbeOutput::section(const QString& name) const
{
    for (const ProbeSection& section : m_sections) {
        if (section.name == name)
            return &section;
    }
    return nullptr;
}

bool ProbeOutput::readEnd(QByteArrayView line, const QString& name, qsizetype payloadSize,
                          ProbeSection* section) const
{
    // "rc=0 ms=12 bytes=345 truncated=0", exactly.
    const QList<QByteArrayView> parts = ProbeText::fields(line);
    if (parts.size() != 4)
        return false;
    const qint64 rc = field(parts.at(0), "rc=");
    const qint64 ms = field(parts.at(1), "ms=");
    const qint64 bytes = field(parts.at(2), "bytes=");
    const qint64 truncated = field(parts.at(3), "truncated=");
    if (rc < 0 || rc > 255 || ms < 0 || bytes < 0 || (truncated != 0 && truncated != 1))
        return false;
    // The frame must agree with what it frames: a forged or misplaced END line does not.
    if (truncated == 0 ? bytes != payloadSize : bytes <= payloadSize)
        return false;
    section->name = name;
    section->complete = true;
    section->exitCode = int(rc);
    section->elapsedMs = ms;
    section->capturedBytes = bytes;
    section->truncated = truncated == 1;
    return true;
}

void ProbeOutput::parse(const QByteArray& nonce)
{
    const QByteArrayView data(m_output);
    const QByteArray beginPrefix = "@@VIGIE " + nonce + " BEGIN ";
    const QByteArray endPrefix = "@@VIGIE " + nonce + " END ";
    const QByteArray nextBegin = '\n' + beginPrefix;
    if (nonce.isEmpty())
        return;

    qsizetype position = 0;
    while (position < data.size()) {
        const qsizetype newline = data.indexOf('\n', position);
        const qsizetype lineEnd = newline < 0 ? data.size() : newline;
        QByteArrayView line = data.sliced(position, lineEnd - position);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.startsWith(beginPrefix) || !isSectionName(line.sliced(beginPrefix.size())) ||
            section(QString::fromLatin1(line.sliced(beginPrefix.size())))) {
            m_strayBytes += lineEnd - position + (newline < 0 ? 0 : 1);
            position = lineEnd + 1;
            continue;
        }
        const QString name = QString::fromLatin1(line.sliced(beginPrefix.size()));
        const qsizetype payloadStart = qMin(lineEnd + 1, data.size());
        const QByteArray endNeedle = '\n' + endPrefix + name.toLatin1() + ' ';

        // The payload ends at "\n" + the END line; without a valid one, at the next BEGIN of
        // this run (or the end of the output) and the section is incomplete.
        ProbeSection found;
        qsizetype next = data.size();
        qsizetype from = payloadStart;
        while (from <= data.size()) {
            const qsizetype at = data.indexOf(endNeedle, from);
            if (at < 0)
                break;
            const qsizetype endLineStart = at + endNeedle.size();
            const qsizetype endNewline = data.indexOf('\n', endLineStart);
            const qsizetype endLineEnd = endNewline < 0 ? data.size() : endNewline;
            QByteArrayView endLine = data.sliced(endLineStart, endLineEnd - endLineStart);
            if (endLine.endsWith('\r'))
                endLine.chop(1);
            if (readEnd(endLine, name, at - payloadStart, &found)) {
                found.payload = data.sliced(payloadStart, at - payloadStart);
                next = endLineEnd + 1;
                break;
            }
            from = at + 1;
        }
        if (!found.complete) {
            const qsizetype other =
                payloadStart > 0 ? data.indexOf(nextBegin, payloadStart - 1) : -1;
            const qsizetype stop = other < 0 ? data.size() : other;
            found.name = name;
            found.payload = data.sliced(payloadStart, qMax(qsizetype(0), stop - payloadStart));
            next = other < 0 ? data.size() : other + 1;
        }
        m_sections.append(found);
        position = next;
    }
}

} // namespace vigie
