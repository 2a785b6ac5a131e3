#pragma once

#include "ops/RunTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace vigie {

// One operation as the local journal remembers it: who ran what on which server, with which
// parameters and plan, how it ended and its log. Every text in it has been through the
// SecretRedactor before it reached the database.
struct JournalEntry
{
    Q_DECLARE_TR_FUNCTIONS(JournalEntry)

public:
    enum class Result
    {
        Running, // started, no final status seen yet (or the app closed while it ran)
        Succeeded,
        Failed,
        RolledBack,
        Cancelled,
        Lost,          // the runner died without writing a final status
        Refused,       // a lock on a target was held: nothing ran
        FailedToStart, // could not be started (connection, upload, …): nothing ran
    };

    qint64 id = -1;
    QString runId; // the server's run id; empty when the run never started
    QString server;
    QString wizard;
    QString title;
    QString operatorName;
    QJsonObject parameters;
    QJsonObject plan;
    QDateTime started;
    QDateTime finished; // invalid while running
    Result result = Result::Running;
    int failedStep = -1;
    QString message; // why it was refused or failed to start
    bool logTruncated = false;
    QString log; // only filled when asked for (Journal::entry(id, WithLog))

    bool isFinal() const { return result != Result::Running; }
    // Seconds from start to end; -1 while running or when a date is missing.
    qint64 durationSeconds() const;

    static QString resultName(Result result); // stable, stored and exported: "rolled-back"
    static Result resultFromName(const QString& name, bool* ok = nullptr);
    static QString resultText(Result result); // translated
    static Result fromRunState(RunRecord::State state);
};

} // namespace vigie
