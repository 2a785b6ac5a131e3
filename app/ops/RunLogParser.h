#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace vigie {

// Splits a run's log (as RunScript writes it) into the operator's text and the runner's
// marker lines, incrementally: feed chunks as they arrive, in any sizes. The nonce is learnt
// from the log's first marker ("run"), which the runner writes before any step output, so
// step output can never pass for a marker. The newline the runner puts before each marker is
// dropped when the text already ends a line.
class RunLogParser
{
public:
    struct Event
    {
        enum class Type
        {
            Text,
            RunBegin,
            StepBegin,     // index
            StepEnd,       // index, exitCode
            Recovery,      // index = the failed step
            RecoveryBegin, // index = recovery step
            RecoveryEnd,   // index = recovery step, exitCode
            Cancelled,     // index = step
            Final,         // text = status ("failed 2")
        };
        Type type = Type::Text;
        QString text;
        int index = -1;
        int exitCode = -1;
    };

    QList<Event> feed(const QByteArray& data);
    // The rest of an unfinished line, at the end of the stream.
    QList<Event> finish();

    QByteArray nonce() const { return m_nonce; }
    // Convenience: the text of a whole log, markers removed.
    static QString textOf(const QByteArray& log);

private:
    void handleLine(const QByteArray& line, QList<Event>& events);
    std::optional<Event> parseMarker(const QByteArray& line);
    void emitText(const QByteArray& bytes, QList<Event>& events);
    bool mayBecomeMarker(const QByteArray& partial) const;

    QByteArray m_nonce;
    QByteArray m_partial;   // an unfinished line that may still turn out to be a marker
    bool m_midLine = false; // part of the current line was already passed on as text
    bool m_pendingNewline = false;
    bool m_textEndsLine = true; // nothing emitted yet counts as a line start
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace vigie
