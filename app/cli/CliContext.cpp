#include "CliContext.h"

#include <QTimer>

#include <cstdio>

#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace vigie::cli {

CliContext::CliContext()
    : m_keyRing(&m_store)
    , m_out(stdout)
    , m_err(stderr)
{}

bool CliContext::loadState()
{
    QString error;
    if (!m_keyRing.load(&error) || !m_fleet.load(&error)) {
        printError(error);
        return false;
    }
    return true;
}

void CliContext::printError(const QString& message)
{
    m_err << tr("vigie-cli: %1").arg(message) << Qt::endl;
}

void CliContext::finish(int code)
{
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

void CliContext::writeRemote(FILE* stream, const QByteArray& data)
{
    QByteArray bytes = data;
    if (!m_rawOutput && isatty(fileno(stream)))
        bytes = (stream == stderr ? m_errSanitizer : m_outSanitizer).feed(data);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void CliContext::finishRemote()
{
    if (m_rawOutput)
        return;
    for (FILE* stream : {stdout, stderr}) {
        if (!isatty(fileno(stream)))
            continue;
        const QByteArray rest = (stream == stderr ? m_errSanitizer : m_outSanitizer).finish();
        std::fwrite(rest.constData(), 1, size_t(rest.size()), stream);
        std::fflush(stream);
    }
}

bool CliContext::stdinIsTerminal()
{
    return isatty(0) != 0;
}

QByteArray CliContext::readSecretLine(const QString& prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    QByteArray line;
#ifndef _WIN32
    termios saved{};
    const bool terminal = tcgetattr(0, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(0, TCSANOW, &silent);
    }
#endif
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
#ifndef _WIN32
    if (terminal)
        tcsetattr(0, TCSANOW, &saved);
#endif
    err << Qt::endl;
    return line;
}

} // namespace vigie::cli
