#include "JournalExport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace vigie {

namespace {

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject JournalExport::entryToJson(const JournalEntry& entry)
{
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("runId"), entry.runId},
        {QStringLiteral("server"), entry.server},
        {QStringLiteral("wizard"), entry.wizard},
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("operator"), entry.operatorName},
        {QStringLiteral("parameters"), entry.parameters},
        {QStringLiteral("plan"), entry.plan},
        {QStringLiteral("started"), isoTime(entry.started)},
        {QStringLiteral("finished"),
         entry.finished.isValid() ? QJsonValue(isoTime(entry.finished)) : QJsonValue()},
        {QStringLiteral("result"), JournalEntry::resultName(entry.result)},
        {QStringLiteral("failedStep"), entry.failedStep},
        {QStringLiteral("message"), entry.message},
        {QStringLiteral("logTruncated"), entry.logTruncated},
        {QStringLiteral("log"), entry.log},
    };
}

JournalEntry JournalExport::entryFromJson(const QJsonObject& object)
{
    JournalEntry entry;
    entry.id = object.value(QStringLiteral("id")).toInteger(-1);
    entry.runId = object.value(QStringLiteral("runId")).toString();
    entry.server = object.value(QStringLiteral("server")).toString();
    entry.wizard = object.value(QStringLiteral("wizard")).toString();
    entry.title = object.value(QStringLiteral("title")).toString();
    entry.operatorName = object.value(QStringLiteral("operator")).toString();
    entry.parameters = object.value(QStringLiteral("parameters")).toObject();
    entry.plan = object.value(QStringLiteral("plan")).toObject();
    entry.started = fromIso(object.value(QStringLiteral("started")).toString());
    entry.finished = fromIso(object.value(QStringLiteral("finished")).toString());
    entry.result = JournalEntry::resultFromName(object.value(QStringLiteral("result")).toString());
    entry.failedStep = object.value(QStringLiteral("failedStep")).toInt(-1);
    entry.message = object.value(QStringLiteral("message")).toString();
    entry.logTruncated = object.value(QStringLiteral("logTruncated")).toBool();
    entry.log = object.value(QStringLiteral("log")).toString();
    return entry;
}

QByteArray JournalExport::toJson(const QList<JournalEntry>& entries)
{
    QJsonArray array;
    for (const JournalEntry& entry : entries)
        array.append(entryToJson(entry));
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("vigie-journal")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("entries"), array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<JournalEntry> JournalExport::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    QList<JournalEntry> entries;
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("vigie-journal")) {
        if (error)
            *error = tr("This is not a Vigie journal export.");
        return entries;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("entries")).toArray())
        entries << entryFromJson(value.toObject());
    return entries;
}

QStringList JournalExport::csvHeader()
{
    // Stable column names (not translated): scripts read them.
    return {QStringLiteral("id"),         QStringLiteral("started"),
            QStringLiteral("finished"),   QStringLiteral("duration_seconds"),
            QStringLiteral("server"),     QStringLiteral("wizard"),
            QStringLiteral("title"),      QStringLiteral("operator"),
            QStringLiteral("result"),     QStringLiteral("failed_step"),
            QStringLiteral("message"),    QStringLiteral("run_id"),
            QStringLiteral("parameters"), QStringLiteral("log")};
}

QString JournalExport::csvCell(const QString& value)
{
    QString cell = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QByteArray JournalExport::toCsv(const QList<JournalEntry>& entries)
{
    const auto row = [](const QStringList& cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString& cell : cells)
            quoted << csvCell(cell);
        return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    QString csv = row(csvHeader());
    for (const JournalEntry& entry : entries) {
        const qint64 duration = entry.durationSeconds();
        csv +=
            row({QString::number(entry.id), isoTime(entry.started), isoTime(entry.finished),
                 duration >= 0 ? QString::number(duration) : QString(), entry.server, entry.wizard,
                 entry.title, entry.operatorName, JournalEntry::resultName(entry.result),
                 entry.failedStep >= 0 ? QString::number(entry.failedStep) : QString(),
                 entry.message, entry.runId, compactJson(entry.parameters), entry.log});
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

QList<QStringList> JournalExport::parseCsv(const QByteArray& csv, QString* error)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;      // inside a quoted cell
    bool cellStarted = false; // something was read for the current row
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"')) {
                cell += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else {
                quoted = false;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            cellStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted && error)
        *error = tr("The CSV text ends inside a quoted cell.");
    if (cellStarted || !cell.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

bool JournalExport::writeFile(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (!opened || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace vigie
