#include "ComposeParser.h"

#include "LineReader.h"
#include "ProbeText.h"

#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace

SectionStatus ComposeParser::parse(QByteArrayView payload, int exitCode,
                                   const QStringList& projects, QList<ComposeService>* services)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (exitCode != 0) {
        if (payload.contains("permission denied while trying to connect")) {
            SectionStatus status;
            status.state = SectionStatus::State::NeedsPrivileges;
            status.message = tr("The docker socket needs root, the docker group or sudo.");
            return status;
        }
        return ProbeText::failed(QStringLiteral("docker ps"), exitCode, payload);
    }

    QList<ComposeService> parsed;
    QStringList notes;
    enum class Part
    {
        None,
        Ps,
        Ls
    } part = Part::None;
    bool sawPs = false;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        if (line == "@@ ps") {
            part = Part::Ps;
            sawPs = true;
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
        QJsonParseError error;
        const QJsonDocument document = parseJson(line, &error);
        if (part == Part::Ps && error.error == QJsonParseError::NoError && document.isObject()) {
            const QJsonObject container = document.object();
            const QString labels = container.value(QLatin1String("Labels")).toString();
            ComposeService service;
            service.project = label(labels, QLatin1String("com.docker.compose.project"));
            service.service = label(labels, QLatin1String("com.docker.compose.service"));
            service.container = container.value(QLatin1String("Names")).toString();
            service.status = container.value(QLatin1String("Status")).toString();
            service.state = container.value(QLatin1String("State")).toString();
            if (service.state.isEmpty())
                service.state = stateOf(service.status);
            service.health = healthOf(service.status);
            if (service.project.isEmpty() || service.container.isEmpty()) {
                return ProbeText::unparseable(
                    tr("A container without its compose project or name on line %1.")
                        .arg(reader.lineNumber()));
            }
            if (projects.isEmpty() || projects.contains(service.project))
                parsed.append(service);
            continue;
        }
        // `docker compose ls`: checked, not kept (the containers say what the dashboard shows).
        if (part == Part::Ls && error.error == QJsonParseError::NoError && document.isArray())
            continue;
        return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
    }
    if (!sawPs)
        return ProbeText::unparseable(tr("docker ps printed nothing."));
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
    return ProbeText::ok(notes.join(QLatin1String(" / ")));
}

} // namespace vigie
