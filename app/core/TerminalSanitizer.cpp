#include "TerminalSanitizer.h"

namespace vigie {

namespace {

constexpr char Esc = '\x1b';

bool isSgrParameter(char c)
{
    return (c >= '0' && c <= '9') || c == ';' || c == ':';
}

} // namespace

QByteArray TerminalSanitizer::feed(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size());
    for (const char c : data)
        step(c, out);
    return out;
}

QByteArray TerminalSanitizer::finish()
{
    QByteArray out;
    if (m_state == State::Utf8)
        invalidUtf8(out);
    if (m_pendingCr)
        out += '\n';
    m_pendingCr = false;
    m_state = State::Ground; // an unfinished escape sequence is dropped
    m_sequence.clear();
    return out;
}

void TerminalSanitizer::invalidUtf8(QByteArray& out)
{
    out += '?';
    m_sequence.clear();
    m_state = State::Ground;
}

void TerminalSanitizer::step(char c, QByteArray& out)
{
    const auto byte = uchar(c);
    // CAN and SUB cancel any sequence, as on a terminal.
    if ((byte == 0x18 || byte == 0x1a) && m_state != State::Ground && m_state != State::Utf8) {
        m_state = State::Ground;
        m_sequence.clear();
        return;
    }
    switch (m_state) {
    case State::Ground:
        ground(c, out);
        return;
    case State::Utf8:
        if (byte < 0x80 || byte > 0xbf) {
            invalidUtf8(out);
            ground(c, out);
            return;
        }
        // Overlong forms and surrogates are invalid; C2 80-9F are the C1 controls.
        if (m_sequence.size() == 1) {
            const auto lead = uchar(m_sequence.at(0));
            if ((lead == 0xe0 && byte < 0xa0) || (lead == 0xed && byte > 0x9f) ||
                (lead == 0xf0 && byte < 0x90) || (lead == 0xf4 && byte > 0x8f)) {
                invalidUtf8(out);
                ground(c, out);
                return;
            }
            if (lead == 0xc2 && byte <= 0x9f) { // C1 control: dropped
                m_sequence.clear();
                m_state = State::Ground;
                return;
            }
        }
        m_sequence += c;
        if (--m_utf8Needed == 0) {
            out += m_sequence;
            m_sequence.clear();
            m_state = State::Ground;
        }
        return;
    case State::Escape:
        if (c == '[') {
            m_state = State::Csi;
            m_sequence = QByteArray("\x1b[");
        } else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
            m_state = State::String;
            m_stringBytes = 0;
        } else if (byte >= 0x20 && byte <= 0x2f) {
            m_state = State::EscapeIntermediate;
        } else if (byte >= 0x30 && byte <= 0x7e) {
            m_state = State::Ground; // a two-byte sequence (ESC c, ESC 7…): dropped
        } else if (c == Esc) {
            // A new sequence starts.
        } else {
            m_state = State::Ground;
            ground(c, out);
        }
        return;
    case State::EscapeIntermediate:
        if (byte >= 0x20 && byte <= 0x2f)
            return;
        m_state = State::Ground;
        if (byte < 0x30 || byte > 0x7e)
            ground(c, out);
        return;
    case State::Csi:
        if (byte >= 0x40 && byte <= 0x7e) {
            bool sgr = c == 'm';
            for (qsizetype i = 2; sgr && i < m_sequence.size(); ++i)
                sgr = isSgrParameter(m_sequence.at(i));
            if (sgr)
                out += m_sequence + c;
            m_sequence.clear();
            m_state = State::Ground;
        } else if (byte >= 0x20 && byte <= 0x3f && m_sequence.size() < MaxCsiBytes) {
            m_sequence += c;
        } else {
            // Not a CSI byte (or far too long): the sequence is dropped, the byte is text.
            m_sequence.clear();
            m_state = State::Ground;
            if (byte < 0x20 || byte > 0x3f)
                ground(c, out);
        }
        return;
    case State::String:
        if (c == '\a') {
            m_state = State::Ground;
        } else if (c == Esc) {
            m_state = State::StringEscape;
        } else if (++m_stringBytes > MaxStringBytes) {
            m_state = State::Ground; // no end in sight: the rest is filtered as text
        }
        return;
    case State::StringEscape:
        if (c == '\\') {
            m_state = State::Ground; // ST
        } else {
            m_state = State::Escape; // the string ends; a new sequence starts
            step(c, out);
        }
        return;
    }
}

void TerminalSanitizer::ground(char c, QByteArray& out)
{
    const auto byte = uchar(c);
    if (m_pendingCr) {
        m_pendingCr = false;
        if (c == '\n') {
            out += "\r\n";
            return;
        }
        out += '\n'; // a lone CR would let the next text overwrite the line
    }
    if (c == '\r') {
        m_pendingCr = true;
    } else if (c == Esc) {
        m_state = State::Escape;
    } else if (c == '\n' || c == '\t' || (byte >= 0x20 && byte < 0x7f)) {
        out += c;
    } else if (byte >= 0xc2 && byte <= 0xf4) {
        m_state = State::Utf8;
        m_sequence = QByteArray(1, c);
        m_utf8Needed = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : 1;
    } else if (byte >= 0x80) {
        out += '?'; // a stray continuation byte, or a byte never valid in UTF-8 (C0, C1, F5-FF)
    }
    // Other C0 controls and DEL: dropped.
}

} // namespace vigie
