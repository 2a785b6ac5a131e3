#include "CliContext.h"

#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "ops/RunController.h"
#include "ops/RunsClient.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

namespace vigie::cli {

namespace {

struct RunsCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunsCommand)
};

QString usage()
{
    return RunsCommand::tr("usage: vigie-cli runs list [--json] SERVER\n"
                           "       vigie-cli runs attach SERVER RUN_ID\n"
                           "       vigie-cli runs cancel SERVER RUN_ID\n"
                           "       vigie-cli runs clear-lock --yes SERVER TARGET\n"
                           "       (each takes --runs-dir DIR to override the server profile)");
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject runJson(const RunRecord& run)
{
    return {{QStringLiteral("id"), run.id},
            {QStringLiteral("state"), runStateName(run.state)},
            {QStringLiteral("wizard"), run.wizard},
            {QStringLiteral("title"), run.title},
            {QStringLiteral("operator"), run.operatorName},
            {QStringLiteral("started"), timeText(run.started)},
            {QStringLiteral("finished"), timeText(run.finished)},
            {QStringLiteral("stepCount"), run.stepCount},
            {QStringLiteral("currentStep"), run.currentStep},
            {QStringLiteral("failedStep"), run.failedStep}};
}

QJsonObject lockJson(const LockHolder& lock)
{
    return {{QStringLiteral("target"), lock.target},
            {QStringLiteral("runId"), lock.runId},
            {QStringLiteral("operator"), lock.operatorName},
            {QStringLiteral("since"), timeText(lock.since)},
            {QStringLiteral("stale"), lock.stale}};
}

QString durationText(const RunRecord& run)
{
    if (!run.started.isValid())
        return QStringLiteral("-");
    const QDateTime end = run.finished.isValid() ? run.finished : QDateTime::currentDateTimeUtc();
    const qint64 seconds = qMax<qint64>(0, run.started.secsTo(end));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString outcomeText(const RunRecord& run)
{
    QString text = RunsCommand::tr("Run %1: %2").arg(run.id, runStateText(run.state));
    if (run.failedStep >= 0)
        text += QLatin1Char(' ') +
                RunsCommand::tr("at step %1 of %2").arg(run.failedStep + 1).arg(run.stepCount);
    return text;
}

int exitCodeFor(const RunRecord& run)
{
    return run.state == RunRecord::State::Succeeded ? 0 : 1;
}

void printListing(CliContext& context, const QList<RunRecord>& runs, const QList<LockHolder>& locks,
                  bool json)
{
    if (json) {
        QJsonArray runArray;
        for (const RunRecord& run : runs)
            runArray.append(runJson(run));
        QJsonArray lockArray;
        for (const LockHolder& lock : locks)
            lockArray.append(lockJson(lock));
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("runs"), runArray},
                                                   {QStringLiteral("locks"), lockArray}})
                             .toJson(QJsonDocument::Indented)
                      << Qt::flush;
        return;
    }
    const QLocale locale;
    for (const RunRecord& run : runs) {
        context.out() << run.id << "  " << runStateText(run.state).leftJustified(20) << "  "
                      << durationText(run).rightJustified(7) << "  " << run.operatorName << "  "
                      << run.wizard << "  " << run.title << '\n';
    }
    for (const LockHolder& lock : locks) {
        context.out() << (lock.stale ? RunsCommand::tr("stale lock %1: run %2 of %3 since %4")
                                     : RunsCommand::tr("lock %1: run %2 of %3 since %4"))
                             .arg(lock.target, lock.runId, lock.operatorName,
                                  locale.toString(lock.since.toLocalTime(), QLocale::ShortFormat))
                      << '\n';
    }
    context.out() << Qt::flush;
}

} // namespace

int runRunsCommand(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), RunsCommand::tr("JSON output."));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       RunsCommand::tr("Confirm clearing a stale lock."));
    const QCommandLineOption runsDirOption(QStringLiteral("runs-dir"),
                                           RunsCommand::tr("Runs directory on the server."),
                                           RunsCommand::tr("dir"));
    parser.addOptions({jsonOption, yesOption, runsDirOption});
    const bool parsed = parser.parse(QStringList{QStringLiteral("runs")} + args);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const qsizetype wanted = action == QLatin1String("list") ? 2 : 3;
    if (!parsed || positional.size() != wanted ||
        !QStringList{QStringLiteral("list"), QStringLiteral("attach"), QStringLiteral("cancel"),
                     QStringLiteral("clear-lock")}
             .contains(action)) {
        context.printError(parsed ? usage() : parser.errorText());
        return 2;
    }
    if (!context.loadState())
        return 1;
    const auto server = context.fleet().find(positional.at(1));
    if (!server) {
        context.printError(RunsCommand::tr("no server named %1").arg(positional.at(1)));
        return 2;
    }
    const QString runsDirectory = parser.isSet(runsDirOption)
                                      ? parser.value(runsDirOption)
                                      : ProfileStore().profileFor(*server).runsDirectory;
    auto* connections = new ServerConnections(&context.engine(), &context.keyRing(), qApp);
    SshConnection* connection = connections->connectionFor(*server);

    if (action == QLatin1String("list") || action == QLatin1String("clear-lock")) {
        auto* client = new RunsClient(connection, qApp);
        client->setRunsDirectory(runsDirectory);
        QObject::connect(client, &RunsClient::failed, qApp, [&context](const QString& message) {
            context.printError(message);
            CliContext::finish(1);
        });
        if (action == QLatin1String("list")) {
            const bool json = parser.isSet(jsonOption);
            QObject::connect(
                client, &RunsClient::runsListed, qApp,
                [&context, json](const QList<RunRecord>& runs, const QList<LockHolder>& locks) {
                    printListing(context, runs, locks, json);
                    CliContext::finish(0);
                });
            client->listRuns();
            return -1;
        }
        if (!parser.isSet(yesOption)) {
            context.printError(
                RunsCommand::tr("Clearing a lock lets another run change %1 although the dead run "
                                "may have left "
                                "it half-changed. Check it, then confirm with --yes.")
                    .arg(positional.at(2)));
            return 2;
        }
        QObject::connect(client, &RunsClient::lockCleared, qApp, [&context](const QString& target) {
            context.out() << RunsCommand::tr("Lock on %1 cleared.").arg(target) << Qt::endl;
            CliContext::finish(0);
        });
        client->clearStaleLock(positional.at(2));
        return -1;
    }

    const bool cancelling = action == QLatin1String("cancel");
    auto* controller = new RunController(connection, qApp);
    controller->setRunsDirectory(runsDirectory);
    QObject::connect(controller, &RunController::failedToStart, qApp,
                     [&context](const QString& message) {
                         context.printError(message);
                         CliContext::finish(1);
                     });
    if (!cancelling) {
        QObject::connect(
            controller, &RunController::logReceived, qApp,
            [&context](const QString& text) { context.writeRemote(stdout, text.toUtf8()); });
        QObject::connect(
            controller, &RunController::connectionLost, qApp, [&context](const SshError& error) {
                context.err()
                    << RunsCommand::tr("Connection lost (%1); reattaching…").arg(error.message())
                    << Qt::endl;
            });
    }
    QObject::connect(controller, &RunController::finished, qApp,
                     [&context, cancelling](const RunRecord& record) {
                         context.finishRemote();
                         context.err() << outcomeText(record) << Qt::endl;
                         const bool stopped = record.state == RunRecord::State::Cancelled;
                         CliContext::finish(cancelling ? (stopped ? 0 : 1) : exitCodeFor(record));
                     });
    controller->attach(positional.at(2));
    if (cancelling)
        controller->cancel();
    return -1;
}

} // namespace vigie::cli
