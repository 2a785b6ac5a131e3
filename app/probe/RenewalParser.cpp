#include "RenewalParser.h"

#include "LineReader.h"
#include "ProbeText.h"

#include <QRegularExpression>

namespace vigie {

SectionStatus RenewalParser::parse(QByteArrayView payload, int exitCode,
                                   CertificateRenewal* renewal)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    Q_UNUSED(exitCode); // the section always ends with 0: what it found is what it says

    // "Mon 2026-11-23 16:12:00 UTC 10h left Sun 2026-11-22 21:05:17 UTC 8h ago certbot.timer …"
    static const QRegularExpression timestamp(
        QStringLiteral("(?:[A-Z][a-z]{2} )?(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) UTC"));
    static const QRegularExpression timerUnit(QStringLiteral("(?:^|\\s)(\\S+\\.timer)(?:\\s|$)"));

    CertificateRenewal parsed;
    QStringList notes;
    bool ended = false;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        if (ended)
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        if (line == "end") {
            ended = true;
            continue;
        }
        const QList<QByteArrayView> parts = ProbeText::split(line, '\t', 3);
        if (parts.at(0) == "timer" && parts.size() >= 2) {
            const QString text = ProbeText::text(line.sliced(6));
            const QRegularExpressionMatch unit = timerUnit.match(text);
            if (!unit.hasMatch()) {
                if (!text.trimmed().isEmpty())
                    notes.append(ProbeText::excerpt(line.sliced(6)));
                continue;
            }
            if (!parsed.timerUnit.isEmpty())
                continue; // the first timer is the one shown
            parsed.timerUnit = unit.captured(1);
            // Timestamps before the unit: NEXT then LAST ("-" or "n/a" when there is none).
            const QString before = text.left(unit.capturedStart(1));
            QList<QDateTime> times;
            QRegularExpressionMatchIterator it = timestamp.globalMatch(before);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                times.append(ProbeText::systemdTime(match.captured(0).toLatin1()));
            }
            const QString fields = before.simplified();
            const bool noNext =
                fields.startsWith(QLatin1String("n/a")) || fields.startsWith(QLatin1Char('-'));
            if (noNext) {
                parsed.timerLast = times.value(0);
            } else {
                parsed.timerNext = times.value(0);
                parsed.timerLast = times.value(1);
            }
            continue;
        }
        if (parts.at(0) == "cron" && parts.size() == 3) {
            const QString cronLine = ProbeText::text(parts.at(2)).trimmed();
            if (cronLine.isEmpty() || cronLine.startsWith(u'#'))
                continue;
            if (!parsed.cronLines.contains(cronLine))
                parsed.cronLines.append(cronLine);
            continue;
        }
        if (ProbeText::isToolDiagnostic(line)) {
            notes.append(ProbeText::excerpt(line));
            continue;
        }
        return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
    }
    if (!ended)
        return ProbeText::unparseable(tr("The output ends before the search did."));
    if (!parsed.timerUnit.isEmpty()) {
        parsed.timer = parsed.timerNext.isValid()
                           ? tr("%1, next run %2 UTC")
                                 .arg(parsed.timerUnit,
                                      parsed.timerNext.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           : tr("%1, no run scheduled").arg(parsed.timerUnit);
    }
    *renewal = parsed;
    return ProbeText::ok(notes.join(QLatin1String(" / ")));
}

} // namespace vigie
