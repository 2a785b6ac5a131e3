#include "ShellQuote.h"

namespace vigie {

QByteArray shellQuote(const QByteArray& argument)
{
    // Inside single quotes nothing is special except the quote itself, which is closed,
    // escaped and reopened: it's -> 'it'\''s'. Works for every byte, NUL aside (a C string
    // cannot carry it, so callers must reject it before).
    QByteArray quoted;
    quoted.reserve(argument.size() + 2);
    quoted.append('\'');
    for (char c : argument) {
        if (c == '\'')
            quoted.append("'\\''");
        else
            quoted.append(c);
    }
    quoted.append('\'');
    return quoted;
}

QString shellQuote(const QString& argument)
{
    return QString::fromUtf8(shellQuote(argument.toUtf8()));
}

QString shellCommand(const QStringList& argv)
{
    QStringList quoted;
    quoted.reserve(argv.size());
    for (const QString& arg : argv)
        quoted.append(shellQuote(arg));
    return quoted.join(QLatin1Char(' '));
}

} // namespace vigie
