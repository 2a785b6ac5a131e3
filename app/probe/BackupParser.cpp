#include "BackupParser.h"

#include "LineReader.h"
#include "ProbeText.h"

#include <QRegularExpression>

namespace vigie {

bool BackupParser::isEncrypted(const QString& path)
{
    return path.endsWith(QLatin1String(".gpg")) || path.endsWith(QLatin1String(".asc")) ||
           path.endsWith(QLatin1String(".age"));
}

SectionStatus BackupParser::parse(QByteArrayView payload, int exitCode, QList<BackupFile>* files,
                                  QList<BackupFolder>* folders)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (payload.trimmed().isEmpty())
        return ProbeText::unparseable(ProbeText::noOutput());

    QList<BackupFile> parsed;
    QList<BackupFolder> seen;
    QString target, directory;
    bool inTarget = false;
    int targets = 0;
    QStringList missing, denied, warnings;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith("target\t")) {
            const QList<QByteArrayView> parts = ProbeText::split(line, '\t', 3);
            if (parts.size() != 3)
                return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
            directory = ProbeText::text(parts.at(1));
            target = ProbeText::text(parts.at(2));
            inTarget = true;
            ++targets;
            seen.append({target, directory, BackupFolder::State::Listed, 0, {}});
            continue;
        }
        if (inTarget && line == "missing") {
            missing.append(directory);
            seen.last().state = BackupFolder::State::Missing;
            continue;
        }
        if (inTarget && line == "denied") {
            denied.append(directory);
            seen.last().state = BackupFolder::State::Denied;
            continue;
        }
        if (inTarget && line.startsWith("others\t")) {
            const std::optional<qint64> count = ProbeText::toInt64(line.sliced(7));
            if (!count || *count < 0)
                return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
            seen.last().otherFiles = int(qMin<qint64>(*count, 1'000'000'000));
            continue;
        }
        if (inTarget && line.startsWith("other\t")) {
            if (seen.last().otherExamples.size() < 3) {
                QString name = ProbeText::text(line.sliced(6));
                name = name.mid(name.lastIndexOf(u'/') + 1);
                seen.last().otherExamples.append(name);
            }
            continue;
        }
        if (inTarget && line.startsWith("file\t")) {
            const QList<QByteArrayView> parts = ProbeText::split(line, '\t', 4);
            const std::optional<double> modified =
                parts.size() == 4 ? ProbeText::toDouble(parts.at(1)) : std::nullopt;
            // -1: missing or not a number (value_or keeps GCC's -Wmaybe-uninitialized quiet).
            const qint64 size =
                parts.size() == 4 ? ProbeText::toInt64(parts.at(2)).value_or(-1) : -1;
            const std::optional<QDateTime> when =
                modified ? ProbeText::epochSeconds(*modified) : std::nullopt;
            if (!when || size < 0)
                return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
            BackupFile file;
            file.target = target;
            file.path = ProbeText::text(parts.at(3));
            file.path.replace(QLatin1String("//"), QLatin1String("/"));
            file.modified = *when;
            file.sizeBytes = size;
            file.encrypted = isEncrypted(file.path);
            parsed.append(file);
            continue;
        }
        if (ProbeText::isToolDiagnostic(line)) {
            warnings.append(ProbeText::excerpt(line));
            continue;
        }
        return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
    }
    if (targets == 0)
        return ProbeText::unparseable(tr("No backup target in the output."));
    if (!denied.isEmpty() && denied.size() == targets) {
        SectionStatus status;
        status.state = SectionStatus::State::NeedsPrivileges;
        status.message = tr("Cannot read %1: needs root or passwordless sudo.")
                             .arg(denied.join(QLatin1String(", ")));
        return status;
    }
    if (exitCode != 0 && parsed.isEmpty() && missing.isEmpty())
        return ProbeText::failed(tr("Listing the backups"), exitCode, payload);
    QStringList notes;
    if (!missing.isEmpty())
        notes.append(tr("Directory not found: %1").arg(missing.join(QLatin1String(", "))));
    if (!denied.isEmpty())
        notes.append(tr("Cannot read: %1").arg(denied.join(QLatin1String(", "))));
    notes.append(warnings);
    *files = parsed;
    if (folders)
        *folders = seen;
    return ProbeText::ok(notes.join(QLatin1String(" / ")));
}

SectionStatus BackupParser::parseLog(QByteArrayView payload, int exitCode, QStringList* lines)
{
    // A log is text for people: shown lossily (invalid bytes replaced, colours removed) rather
    // than rejected. Bounded by the script (tail -n 40) and here.
    if (payload.size() > ProbeText::MaxSectionBytes)
        return ProbeText::unparseable(ProbeText::problem(payload));
    if (exitCode != 0)
        return ProbeText::failed(QStringLiteral("tail"), exitCode, payload);
    static const QRegularExpression escapes(QStringLiteral(
        "\\x1b(?:\\[[0-9;?]*[ -/]*[@-~]|\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)|[@-Z\\\\-_])"));
    QStringList parsed;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        QString line = QString::fromUtf8(reader.next());
        line.remove(escapes);
        for (QChar& ch : line) {
            if ((ch.unicode() < 0x20 && ch != u'\t') || ch.unicode() == 0x7f)
                ch = QChar(0xfffd);
        }
        parsed.append(line);
    }
    while (parsed.size() > 40)
        parsed.removeFirst();
    *lines = parsed;
    return ProbeText::ok();
}

} // namespace vigie
