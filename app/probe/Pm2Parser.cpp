#include "Pm2Parser.h"

#include "LineReader.h"
#include "ProbeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie {

namespace {

bool isPm2Chatter(QByteArrayView line)
{
    return line.startsWith("[PM2]") || line.startsWith(">>>>");
}

} // namespace

SectionStatus Pm2Parser::parse(QByteArrayView payload, int exitCode, QList<Pm2Process>* processes)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (exitCode != 0)
        return ProbeText::failed(QStringLiteral("pm2 jlist"), exitCode, payload);
    if (payload.trimmed().isEmpty())
        return ProbeText::unparseable(ProbeText::noOutput());

    QByteArrayView json;
    QStringList notes;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith('[') && !isPm2Chatter(line) && json.isEmpty()) {
            json = line;
            continue;
        }
        if ((isPm2Chatter(line) || ProbeText::isToolDiagnostic(line)) && json.isEmpty()) {
            notes.append(ProbeText::excerpt(line));
            continue;
        }
        return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
    }
    if (json.isEmpty())
        return ProbeText::unparseable(tr("pm2 printed no process list."));

    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        return ProbeText::unparseable(tr("The process list is not valid JSON (%1 at byte %2).")
                                          .arg(error.errorString())
                                          .arg(error.offset));
    }
    QList<Pm2Process> parsed;
    const QJsonArray array = document.array();
    for (const QJsonValue& value : array) {
        const QJsonObject entry = value.toObject();
        const QJsonObject env = entry.value(QLatin1String("pm2_env")).toObject();
        const QJsonObject monit = entry.value(QLatin1String("monit")).toObject();
        if (!entry.value(QLatin1String("name")).isString() ||
            !entry.value(QLatin1String("pm_id")).isDouble() || env.isEmpty()) {
            return ProbeText::unparseable(
                tr("An entry of the process list has no name, id or state."));
        }
        Pm2Process process;
        process.name = entry.value(QLatin1String("name")).toString();
        process.pmId = entry.value(QLatin1String("pm_id")).toInt();
        QString mode = env.value(QLatin1String("exec_mode")).toString();
        if (mode.endsWith(QLatin1String("_mode")))
            mode.chop(5);
        process.execMode = mode;
        process.status = env.value(QLatin1String("status")).toString();
        process.restarts = env.value(QLatin1String("restart_time")).toInt();
        process.unstableRestarts = env.value(QLatin1String("unstable_restarts")).toInt();
        process.cpuPercent = monit.value(QLatin1String("cpu")).toDouble();
        // JSON numbers are doubles: bounded before converting (beyond qint64 is undefined).
        const double memory = monit.value(QLatin1String("memory")).toDouble();
        process.memoryBytes = memory >= 0 && memory < 1e18 ? qint64(memory) : 0;
        const double uptimeMs = env.value(QLatin1String("pm_uptime")).toDouble();
        if (const auto started = ProbeText::epochSeconds(uptimeMs / 1000.0);
            started && uptimeMs > 0)
            process.startedAt = *started;
        parsed.append(process);
    }
    *processes = parsed;
    return ProbeText::ok(notes.join(QLatin1String(" / ")));
}

} // namespace vigie
