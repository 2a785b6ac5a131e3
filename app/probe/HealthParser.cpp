#include "HealthParser.h"

#include "LineReader.h"
#include "ProbeText.h"

namespace vigie {

SectionStatus HealthParser::parse(QByteArrayView payload, int exitCode,
                                  const QList<ServerProfile::HealthUrl>& urls,
                                  QList<HealthCheck>* checks)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (payload.trimmed().isEmpty())
        return ProbeText::unparseable(ProbeText::noOutput());

    QList<HealthCheck> parsed;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArrayView> parts = ProbeText::split(line, '\t', 5);
        if (parts.size() != 5 || parts.at(0) != "check")
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        const std::optional<qint64> curlExit = ProbeText::toInt64(parts.at(1));
        const QList<QByteArrayView> measured = ProbeText::fields(parts.at(2));
        if (!curlExit || measured.size() > 2)
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        HealthCheck check;
        check.name = ProbeText::text(parts.at(4));
        for (const ServerProfile::HealthUrl& url : urls) {
            if (url.name == check.name) {
                check.url = url.url;
                break;
            }
        }
        if (!measured.isEmpty()) {
            const std::optional<qint64> code = ProbeText::toInt64(measured.at(0));
            if (!code || *code < 0 || *code > 999)
                return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
            check.httpStatus = int(*code); // "000": no HTTP answer
        }
        if (measured.size() == 2) {
            // Bounded (NaN too): the assessment turns it into whole milliseconds.
            const double seconds = ProbeText::toDouble(measured.at(1)).value_or(0);
            check.seconds = seconds >= 0 && seconds <= 1e6 ? seconds : 0;
        }
        if (*curlExit != 0) {
            const QString said = ProbeText::text(parts.at(3).trimmed());
            check.error = said.isEmpty() ? tr("curl failed (exit code %1).").arg(*curlExit) : said;
        }
        parsed.append(check);
    }
    if (exitCode != 0 && parsed.isEmpty())
        return ProbeText::failed(tr("The health checks"), exitCode, payload);
    *checks = parsed;
    return ProbeText::ok();
}

} // namespace vigie
