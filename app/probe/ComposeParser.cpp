#include "ComposeParser.h"

#include "LineReader.h"
#include "ProbeText.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace vigie {

namespace {

QJsonDocument parseJson(QByteArrayView text, QJsonParseError* error)
{
    return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), error);
}

// "com.docker.compose.project=medicalpro,com.docker.compose.service=api,…"
QString label(const QString& labels, QLatin1String key)
{
    const QStringList pairs = labels.split(QLatin1Char(','));
    for (const QString& pair : pairs) {
        if (pair.startsWith(key) && pair.size() > key.size() && pair.at(key.size()) == u'=')
            return pair.mid(key.size() + 1);
    }
    return {};
}

QString healthOf(const QString& status)
{
    if (status.contains(QLatin1String("(unhealthy)")))
        return QStringLiteral("unhealthy");
    if (status.contains(QLatin1String("(healthy)")))
        return QStringLiteral("healthy");
    if (status.contains(QLatin1String("(health: starting)")))
        return QStringLiteral("starting");
    return {};
}

// Docker before 20.10 has no "State" field: the status text tells it.
QString stateOf(const QString& status)
{
    if (status.startsWith(QLatin1String("Up")))
        return status.contains(QLatin1String("(Paused)")) ? QStringLiteral("paused")
                                                          : QStringLiteral("running");
    if (status.startsWith(QLatin1String("Restarting")))
        return QStringLiteral("restarting");
    if (status.startsWith(QLatin1String("Exited")))
        return QStringLiteral("exited");
    if (status.startsWith(QLatin1String("Created")))
        return QStringLiteral("created");
    if (status.startsWith(QLatin1String("Dead")))
        return QStringLiteral("dead");
    return status.section(QLatin1Char(' '), 0, 0).toLower();
}

// "<64 hex> 3 2026-12-07T23:26:17.050959494Z 0": restart count, start time, last exit code.
struct InspectLine
{
    int restarts = 0;
    QDateTime startedAt;
    int exitCode = 0;
};

std::optional<std::pair<QString, InspectLine>> parseInspect(QByteArrayView line)
{
    const QList<QByteArray> words = line.toByteArray().split(' ');
    static const QRegularExpression idRe(QStringLiteral("^[0-9a-f]{12,64}$"));
    if (words.size() != 4 || !idRe.match(QString::fromLatin1(words.at(0))).hasMatch())
        return std::nullopt;
    const std::optional<qint64> restarts = ProbeText::toInt64(words.at(1));
    const std::optional<qint64> exitCode = ProbeText::toInt64(words.at(3));
    if (!restarts || !exitCode || *restarts < 0 || *restarts > std::numeric_limits<int>::max() ||
        *exitCode < -1 || *exitCode > 255)
        return std::nullopt;
    InspectLine parsed;
    parsed.restarts = int(*restarts);
    parsed.exitCode = int(*exitCode);
    // Never started: "0001-01-01T00:00:00Z", which stays invalid on purpose.
    if (!words.at(2).startsWith("0001-"))
        parsed.startedAt =
            QDateTime::fromString(QString::fromLatin1(words.at(2)), Qt::ISODateWithMs);
    return std::make_pair(QString::fromLatin1(words.at(0)), parsed);
}

ComposeService serviceFrom(const QJsonObject& container)
{
    const QString labels = container.value(QLatin1String("Labels")).toString();
    ComposeService service;
    service.project = label(labels, QLatin1String("com.docker.compose.project"));
    service.service = label(labels, QLatin1String("com.docker.compose.service"));
    service.workingDirectory =
        label(labels, QLatin1String("com.docker.compose.project.working_dir"));
    // Several files are joined with commas; a comma inside a path is not representable there.
    const QString files = label(labels, QLatin1String("com.docker.compose.project.config_files"));
    if (!files.isEmpty())
        service.configFiles = files.split(QLatin1Char(','));
    service.container = container.value(QLatin1String("Names")).toString();
    service.containerId = container.value(QLatin1String("ID")).toString();
    service.image = container.value(QLatin1String("Image")).toString();
    service.status = container.value(QLatin1String("Status")).toString();
    service.state = container.value(QLatin1String("State")).toString();
    if (service.state.isEmpty())
        service.state = stateOf(service.status);
    service.health = healthOf(service.status);
    return service;
}

} // namespace

SectionStatus ComposeParser::parse(QByteArrayView payload, int exitCode,
                                   const QStringList& projects, QList<ComposeService>* services,
                                   ComposeEngine* engine)
{
    ComposeEngine seen;
    const auto report = [&] {
        if (engine)
            *engine = seen;
    };
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    static const QRegularExpression toolRe(QStringLiteral("^@@ tool (.*)$"),
                                           QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch match =
            toolRe.match(QString::fromUtf8(payload.first(qMin(payload.size(), qsizetype(200)))));
        match.hasMatch())
        seen.tool = match.captured(1).trimmed();
    if (exitCode != 0) {
        if (payload.contains("permission denied while trying to connect")) {
            report();
            SectionStatus status;
            status.state = SectionStatus::State::NeedsPrivileges;
            status.message = tr("The docker socket needs root, the docker group or sudo.");
            return status;
        }
        static const QRegularExpression daemonRe(
            QStringLiteral(
                "^(Cannot connect to the Docker daemon[^\\n]*|error during connect:[^\\n]*)$"),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch down = daemonRe.match(QString::fromUtf8(payload));
        if (down.hasMatch()) {
            seen.daemonError = ProbeText::excerpt(down.captured(1).toUtf8(), 200);
            report();
            SectionStatus status;
            status.state = SectionStatus::State::Failed;
            status.exitCode = exitCode;
            status.message = tr("The Docker daemon does not answer: %1").arg(seen.daemonError);
            return status;
        }
        report();
        return ProbeText::failed(QStringLiteral("docker ps"), exitCode, payload);
    }

    QList<ComposeService> parsed;
    QHash<QString, InspectLine> inspected;
    QStringList notes;
    enum class Part
    {
        None,
        Ps,
        Inspect,
        Ls
    } part = Part::None;
    bool sawPs = false;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty() || line.startsWith("@@ tool "))
            continue;
        if (line == "@@ ps") {
            part = Part::Ps;
            sawPs = true;
            continue;
        }
        if (line == "@@ inspect") {
            part = Part::Inspect;
            continue;
        }
        if (line == "@@ ls") {
            part = Part::Ls;
            continue;
        }
        if (ProbeText::isToolDiagnostic(line)) {
            notes.append(ProbeText::excerpt(line));
            continue;
        }
        if (part == Part::Inspect) {
            if (const auto entry = parseInspect(line)) {
                inspected.insert(entry->first, entry->second);
                continue;
            }
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        }
        QJsonParseError error;
        const QJsonDocument document = parseJson(line, &error);
        if (part == Part::Ps && error.error == QJsonParseError::NoError && document.isObject()) {
            const ComposeService service = serviceFrom(document.object());
            if (service.project.isEmpty() || service.container.isEmpty()) {
                return ProbeText::unparseable(
                    tr("A container without its compose project or name on line %1.")
                        .arg(reader.lineNumber()));
            }
            if (projects.isEmpty() || projects.contains(service.project))
                parsed.append(service);
            continue;
        }
        // `docker compose ls` of older probes: checked, not kept.
        if (part == Part::Ls && error.error == QJsonParseError::NoError && document.isArray())
            continue;
        return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
    }
    if (!sawPs)
        return ProbeText::unparseable(tr("docker ps printed nothing."));
    for (ComposeService& service : parsed) {
        const auto found = inspected.constFind(service.containerId);
        if (found == inspected.cend())
            continue;
        service.restarts = found->restarts;
        service.exitCode = found->exitCode;
        service.startedAt = found->startedAt;
    }
    for (const QString& project : projects) {
        const bool present =
            std::any_of(parsed.cbegin(), parsed.cend(),
                        [&](const ComposeService& s) { return s.project == project; });
        if (!present) {
            ComposeService missing;
            missing.project = project;
            missing.state = QStringLiteral("missing");
            parsed.append(missing);
        }
    }
    *services = parsed;
    report();
    return ProbeText::ok(notes.join(QLatin1String(" / ")));
}

} // namespace vigie
