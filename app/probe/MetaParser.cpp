#include "MetaParser.h"

#include "LineReader.h"
#include "ProbeText.h"

namespace vigie {

namespace {

// PRETTY_NAME="Debian GNU/Linux 12 (bookworm)" as os-release(5) quotes it.
QString unquote(QByteArrayView value)
{
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front())
        value = value.sliced(1, value.size() - 2);
    QString out = ProbeText::text(value);
    out.replace(QLatin1String("\\\""), QLatin1String("\""));
    out.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    return out;
}

} // namespace

SectionStatus MetaParser::parse(QByteArrayView payload, int exitCode, Snapshot* snapshot)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (payload.trimmed().isEmpty())
        return ProbeText::unparseable(ProbeText::noOutput());

    Snapshot parsed = *snapshot;
    bool haveTime = false;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.isEmpty() || ProbeText::isToolDiagnostic(line))
            continue;
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        const QByteArrayView key = line.first(equals);
        const QByteArrayView value = line.sliced(equals + 1);
        if (key == "time") {
            const std::optional<qint64> seconds = ProbeText::toInt64(value);
            if (!seconds || *seconds <= 0)
                return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
            parsed.serverTime = QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
            haveTime = true;
        } else if (key == "user") {
            parsed.vitals.user = ProbeText::text(value);
        } else if (key == "uid") {
            parsed.vitals.root = value == "0";
        } else if (key == "hostname") {
            parsed.vitals.hostname = ProbeText::text(value);
        } else if (key == "kernel") {
            parsed.vitals.kernel = ProbeText::text(value);
        } else if (key == "os") {
            parsed.vitals.os = unquote(value);
        } else if (key == "sudo") {
            parsed.vitals.passwordlessSudo = value == "yes" || value == "root";
        } else if (key == "systemd") {
            parsed.systemd = value == "1";
        }
        // Other keys: a newer script on an older Vigie; ignored.
    }
    if (!haveTime)
        return ProbeText::unparseable(tr("The server's clock is missing from the output."));
    if (exitCode != 0)
        return ProbeText::failed(tr("Reading the server's identity"), exitCode, payload);
    *snapshot = parsed;
    return ProbeText::ok();
}

} // namespace vigie
