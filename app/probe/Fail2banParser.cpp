#include "Fail2banParser.h"

#include "LineReader.h"
#include "ProbeText.h"

namespace vigie {

namespace {

// Drops fail2ban's tree drawing: "   |- ", "|  `- ", "`- ".
QByteArrayView untree(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '|' || line.at(i) == '`' ||
                               line.at(i) == '-' || line.at(i) == '\t'))
        ++i;
    return line.sliced(i);
}

} // namespace

SectionStatus Fail2banParser::parse(QByteArrayView payload, int exitCode,
                                    QList<Fail2banJail>* jails)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (exitCode != 0)
        return ProbeText::failed(QStringLiteral("fail2ban-client status"), exitCode, payload);
    if (payload.trimmed().isEmpty())
        return ProbeText::unparseable(ProbeText::noOutput());

    QList<Fail2banJail> parsed;
    QStringList listed;
    bool sawStatus = false;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        if (line.trimmed() == "Status") {
            sawStatus = true;
            continue;
        }
        if (line.startsWith("Status for the jail: ")) {
            Fail2banJail jail;
            jail.name = ProbeText::text(line.sliced(21).trimmed());
            parsed.append(jail);
            continue;
        }
        const QByteArrayView item = untree(line);
        const qsizetype colon = item.indexOf(':');
        if (colon < 0) {
            if (item == "Filter" || item == "Actions")
                continue;
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        }
        const QByteArrayView key = item.first(colon);
        const QByteArrayView value = item.sliced(colon + 1).trimmed();
        if (key == "Jail list") {
            for (const QByteArray& name : value.toByteArray().split(',')) {
                if (!name.trimmed().isEmpty())
                    listed.append(ProbeText::text(name.trimmed()));
            }
        } else if ((key == "Currently banned" || key == "Total banned") && !parsed.isEmpty()) {
            const std::optional<qint64> count = ProbeText::toInt64(value);
            if (!count || *count < 0)
                return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
            (key == "Currently banned" ? parsed.last().currentlyBanned
                                       : parsed.last().totalBanned) =
                int(qMin<qint64>(*count, INT_MAX));
        } else if (ProbeText::isToolDiagnostic(line)) {
            continue;
        }
        // Other counters (failed, file list, banned IP list): not shown.
    }
    if (!sawStatus && parsed.isEmpty())
        return ProbeText::unparseable(tr("fail2ban-client printed no status."));
    QStringList missing;
    for (const QString& name : std::as_const(listed)) {
        if (std::none_of(parsed.cbegin(), parsed.cend(),
                         [&](const Fail2banJail& jail) { return jail.name == name; }))
            missing.append(name);
    }
    *jails = parsed;
    return ProbeText::ok(missing.isEmpty()
                             ? QString()
                             : tr("No status for: %1").arg(missing.join(QLatin1String(", "))));
}

} // namespace vigie
