#include "RunLogParser.h"

namespace vigie {

namespace {
const QByteArray markerPrefix = QByteArrayLiteral("@@vigie:");
} // namespace

QList<RunLogParser::Event> RunLogParser::feed(const QByteArray& data)
{
    QList<Event> events;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        if (newline < 0) {
            const QByteArray rest = data.mid(start);
            if (m_midLine) {
                emitText(rest, events);
            } else {
                m_partial += rest;
                if (!mayBecomeMarker(m_partial)) {
                    // Show progress output ("....") without waiting for its line to end.
                    emitText(m_partial, events);
                    m_partial.clear();
                    m_midLine = true;
                }
            }
            break;
        }
        const QByteArray piece = data.mid(start, newline - start);
        start = newline + 1;
        if (m_midLine) {
            emitText(piece, events);
            m_midLine = false;
            m_pendingNewline = true;
        } else {
            handleLine(m_partial + piece, events);
            m_partial.clear();
        }
    }
    return events;
}

QList<RunLogParser::Event> RunLogParser::finish()
{
    QList<Event> events;
    if (!m_partial.isEmpty()) {
        emitText(m_partial, events);
        m_partial.clear();
    }
    if (m_pendingNewline)
        emitText({}, events);
    return events;
}

QString RunLogParser::textOf(const QByteArray& log)
{
    RunLogParser parser;
    QString text;
    QList<Event> events = parser.feed(log);
    events += parser.finish();
    for (const Event& event : std::as_const(events)) {
        if (event.type == Event::Type::Text)
            text += event.text;
    }
    return text;
}

bool RunLogParser::mayBecomeMarker(const QByteArray& partial) const
{
    if (partial.size() <= markerPrefix.size())
        return markerPrefix.startsWith(partial);
    if (!partial.startsWith(markerPrefix))
        return false;
    if (partial.size() > 200)
        return false; // longer than any marker line
    if (m_nonce.isEmpty())
        return true; // the header line is still coming
    const QByteArray rest = partial.mid(markerPrefix.size());
    const QByteArray expected = m_nonce + ' ';
    return rest.size() <= expected.size() ? expected.startsWith(rest) : rest.startsWith(expected);
}

void RunLogParser::handleLine(const QByteArray& line, QList<Event>& events)
{
    if (const std::optional<Event> marker = parseMarker(line)) {
        // The runner's separator newline: kept only to end an unfinished text line.
        if (m_pendingNewline && !m_textEndsLine)
            emitText({}, events);
        m_pendingNewline = false;
        events.append(*marker);
        return;
    }
    emitText(line, events);
    m_pendingNewline = true;
}

std::optional<RunLogParser::Event> RunLogParser::parseMarker(const QByteArray& line)
{
    if (!line.startsWith(markerPrefix))
        return std::nullopt;
    const QList<QByteArray> words = line.mid(markerPrefix.size()).split(' ');
    if (words.size() < 2)
        return std::nullopt;
    if (m_nonce.isEmpty()) {
        if (words.at(0).size() != 16 || words.at(1) != "run")
            return std::nullopt;
        m_nonce = words.at(0);
    } else if (words.at(0) != m_nonce) {
        return std::nullopt;
    }
    Event event;
    const QByteArray& kind = words.at(1);
    const auto number = [&words](int i) {
        return words.value(i).toInt();
    };
    if (kind == "run") {
        event.type = Event::Type::RunBegin;
        event.text = QString::fromUtf8(words.value(2));
    } else if (kind == "step" || kind == "rstep") {
        const bool begin = words.value(3) == "begin";
        if (kind == "step")
            event.type = begin ? Event::Type::StepBegin : Event::Type::StepEnd;
        else
            event.type = begin ? Event::Type::RecoveryBegin : Event::Type::RecoveryEnd;
        event.index = number(2);
        if (!begin)
            event.exitCode = number(4);
    } else if (kind == "recovery") {
        event.type = Event::Type::Recovery;
        event.index = number(2);
    } else if (kind == "cancelled") {
        event.type = Event::Type::Cancelled;
        event.index = number(2);
    } else if (kind == "final") {
        event.type = Event::Type::Final;
        // "final failed 2 <epoch>": the words between the kind and the time.
        event.text = QString::fromUtf8(words.mid(2, words.size() - 3).join(' '));
    } else {
        return std::nullopt;
    }
    return event;
}

void RunLogParser::emitText(const QByteArray& bytes, QList<Event>& events)
{
    QString text;
    if (m_pendingNewline) {
        text += QLatin1Char('\n');
        m_pendingNewline = false;
    }
    text += m_decoder.decode(bytes);
    if (text.isEmpty())
        return;
    m_textEndsLine = text.endsWith(QLatin1Char('\n'));
    if (!events.isEmpty() && events.last().type == Event::Type::Text) {
        events.last().text += text;
    } else {
        Event event;
        event.text = text;
        events.append(event);
    }
}

} // namespace vigie
