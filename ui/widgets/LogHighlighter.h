#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace vigie {

// Colours whole log lines: red for errors (ERROR, FATAL, "failed"…), amber for warnings, so
// the line that matters stands out in a screenful of routine output.
class LogHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Severity
    {
        Normal,
        Warning,
        Error
    };

    explicit LogHighlighter(QTextDocument* document);

    static Severity severity(const QString& line);

protected:
    void highlightBlock(const QString& text) override;
};

} // namespace vigie
