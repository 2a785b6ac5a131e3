#include "UfwParser.h"

#include "LineReader.h"
#include "ProbeText.h"

namespace vigie {

SectionStatus UfwParser::parse(QByteArrayView payload, int exitCode, FirewallStatus* firewall)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (exitCode != 0)
        return ProbeText::failed(QStringLiteral("ufw status"), exitCode, payload);
    if (payload.trimmed().isEmpty())
        return ProbeText::unparseable(ProbeText::noOutput());

    FirewallStatus parsed;
    bool inTable = false;
    bool sawHeader = false;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (inTable) {
            parsed.rules.append(ProbeText::text(trimmed).simplified());
            continue;
        }
        if (trimmed.startsWith("Status: ")) {
            const QByteArrayView value = trimmed.sliced(8).trimmed();
            if (value != "active" && value != "inactive")
                return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
            parsed.known = true;
            parsed.active = value == "active";
            continue;
        }
        const QList<QByteArrayView> words = ProbeText::fields(trimmed);
        if (!words.isEmpty() && words.at(0) == "To" && words.contains("Action")) {
            sawHeader = true;
            continue;
        }
        if (sawHeader && words.size() >= 2 && words.at(0).startsWith("--")) {
            inTable = true;
            continue;
        }
        // "Logging: on (low)", "Default: deny (incoming), …", "New profiles: skip".
        const qsizetype colon = trimmed.indexOf(':');
        if (parsed.known && colon > 0 && colon < 30)
            continue;
        return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
    }
    if (!parsed.known)
        return ProbeText::unparseable(tr("ufw did not say whether it is active."));
    *firewall = parsed;
    return ProbeText::ok();
}

} // namespace vigie
