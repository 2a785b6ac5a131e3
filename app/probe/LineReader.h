#pragma once

#include <QByteArrayView>

namespace vigie {

// Walks the lines of a section's output without copying it. Lines end with "\n" (a "\r" before
// it is dropped); the last line may lack its newline. An empty text has no line.
class LineReader
{
public:
    explicit LineReader(QByteArrayView text)
        : m_text(text)
    {}

    bool atEnd() const { return m_position >= m_text.size(); }
    QByteArrayView next()
    {
        const qsizetype end = m_text.indexOf('\n', m_position);
        const qsizetype stop = end < 0 ? m_text.size() : end;
        QByteArrayView line = m_text.sliced(m_position, stop - m_position);
        m_position = stop + 1;
        ++m_lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    }
    qsizetype lineNumber() const { return m_lineNumber; } // of the line last returned, from 1

private:
    QByteArrayView m_text;
    qsizetype m_position = 0;
    qsizetype m_lineNumber = 0;
};

} // namespace vigie
