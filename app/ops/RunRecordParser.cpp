#include "RunRecordParser.h"

#include "RunLayout.h"

#include <QJsonDocument>

namespace vigie {

namespace {

QDateTime fromEpoch(const QByteArray& text)
{
    bool ok = false;
    const qint64 seconds = text.trimmed().toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

void applyMeta(RunRecord& record, const QByteArray& json)
{
    const QJsonObject meta = QJsonDocument::fromJson(json).object();
    record.wizard = meta.value(QStringLiteral("wizard")).toString();
    record.title = meta.value(QStringLiteral("title")).toString();
    record.operatorName = meta.value(QStringLiteral("operator")).toString();
    if (!record.started.isValid())
        record.started =
            QDateTime::fromString(meta.value(QStringLiteral("started")).toString(), Qt::ISODate);
    record.stepCount = meta.value(QStringLiteral("stepCount")).toInt();
    record.parameters = meta.value(QStringLiteral("parameters")).toObject();
    record.plan = meta.value(QStringLiteral("plan")).toObject();
}

} // namespace

void RunRecordParser::applyStatus(RunRecord& record, const QByteArray& status, bool alive)
{
    const QList<QByteArray> words = status.simplified().split(' ');
    const QByteArray word = words.value(0);
    int next = 1;
    record.failedStep = -1;
    if (word == "succeeded") {
        record.state = RunRecord::State::Succeeded;
    } else if (word == "failed" || word == "rolled-back" || word == "cancelled") {
        record.state = word == "failed"        ? RunRecord::State::Failed
                       : word == "rolled-back" ? RunRecord::State::RolledBack
                                               : RunRecord::State::Cancelled;
        record.failedStep = words.value(1).toInt();
        next = 2;
    } else {
        record.state = alive ? RunRecord::State::Running : RunRecord::State::Lost;
        record.finished = {};
        return;
    }
    record.finished = fromEpoch(words.value(next));
}

LockHolder RunRecordParser::parseHolder(const QList<QByteArray>& lines)
{
    LockHolder holder;
    for (const QByteArray& line : lines) {
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = line.left(equals);
        const QString value = QString::fromUtf8(line.mid(equals + 1));
        if (key == "target")
            holder.target = value;
        else if (key == "run")
            holder.runId = value;
        else if (key == "operator")
            holder.operatorName = value;
        else if (key == "since")
            holder.since = fromEpoch(value.toLatin1());
        else if (key == "stale")
            holder.stale = value == QLatin1String("1");
    }
    return holder;
}

RunRecordParser::Listing RunRecordParser::parse(const QByteArray& text)
{
    Listing listing;
    Run run;
    QByteArray status;
    bool inRun = false;
    bool inLock = false;
    bool lockStale = false;
    QList<QByteArray> holderLines;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        const QByteArray key = tab < 0 ? line : line.left(tab);
        const QByteArray value = tab < 0 ? QByteArray() : line.mid(tab + 1);
        if (key == "missing") {
            listing.missing = true;
        } else if (key == "run") {
            run = Run();
            status.clear();
            run.record.id = QString::fromUtf8(value);
            inRun = RunLayout::isValidRunId(run.record.id);
        } else if (inRun && key == "meta") {
            applyMeta(run.record, value);
        } else if (inRun && key == "started") {
            run.record.started = fromEpoch(value);
        } else if (inRun && key == "status") {
            status = value;
        } else if (inRun && key == "current") {
            run.record.currentStep = value.trimmed().toInt();
        } else if (inRun && key == "alive") {
            run.alive = value.trimmed() == "1";
        } else if (inRun && key == "end") {
            applyStatus(run.record, status, run.alive);
            listing.runs.append(run);
            inRun = false;
        } else if (key == "lock") {
            inLock = true;
            lockStale = value.trimmed() == "1";
            holderLines.clear();
        } else if (inLock && key == "holder") {
            holderLines.append(value);
        } else if (inLock && key == "end") {
            LockHolder holder = parseHolder(holderLines);
            holder.stale = lockStale;
            listing.locks.append(holder);
            inLock = false;
        }
    }
    return listing;
}

QByteArray RunRecordParser::metaJson(const RunRecord& record)
{
    const QJsonObject meta{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), record.id},
        {QStringLiteral("wizard"), record.wizard},
        {QStringLiteral("title"), record.title},
        {QStringLiteral("operator"), record.operatorName},
        {QStringLiteral("started"), record.started.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("stepCount"), record.stepCount},
        {QStringLiteral("parameters"), record.parameters},
        {QStringLiteral("plan"), record.plan},
    };
    return QJsonDocument(meta).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace vigie
