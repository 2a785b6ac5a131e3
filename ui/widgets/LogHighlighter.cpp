#include "LogHighlighter.h"

#include <QTextCharFormat>

namespace vigie {

namespace {

const QRegularExpression& errorPattern()
{
    // Upper-case level words as loggers print them, and "failed"/"failure" in any case
    // (pg_dump: "pg_dump: error: …", gpg: "encryption failed").
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:ERROR|FATAL|PANIC|CRITICAL|EMERG|ALERT)\\b|\\berror:"
                       "|\\b(?:[Ff]ailed|FAILED|[Ff]ailure|FAILURE)\\b"));
    return pattern;
}

const QRegularExpression& warningPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\b(?:WARN|WARNING|warning:)"));
    return pattern;
}

} // namespace

LogHighlighter::LogHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{}

LogHighlighter::Severity LogHighlighter::severity(const QString& line)
{
    if (errorPattern().match(line).hasMatch())
        return Severity::Error;
    if (warningPattern().match(line).hasMatch())
        return Severity::Warning;
    return Severity::Normal;
}

void LogHighlighter::highlightBlock(const QString& text)
{
    const Severity level = severity(text);
    if (level == Severity::Normal)
        return;
    QTextCharFormat format;
    if (level == Severity::Error) {
        format.setForeground(QColor(0xc0, 0x1f, 0x1f));
        format.setFontWeight(QFont::DemiBold);
    } else {
        format.setForeground(QColor(0x9a, 0x62, 0x00));
    }
    setFormat(0, int(text.size()), format);
}

} // namespace vigie
