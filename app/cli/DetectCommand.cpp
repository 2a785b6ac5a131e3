#include "CliContext.h"

#include "fleet/ProfileDetector.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace vigie::cli {

namespace {
struct DetectCommand
{
    Q_DECLARE_TR_FUNCTIONS(DetectCommand)
};
} // namespace

int runDetectCommand(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption saveOption(QStringLiteral("save"),
                                        DetectCommand::tr("Save it as the server's profile."));
    parser.addOption(saveOption);
    if (!parser.parse(QStringList{QStringLiteral("detect")} + args) ||
        parser.positionalArguments().size() != 1) {
        context.printError(DetectCommand::tr("usage: vigie-cli detect [--save] SERVER"));
        return 2;
    }
    if (!context.loadState())
        return 1;
    const auto server = context.fleet().find(parser.positionalArguments().first());
    if (!server) {
        context.printError(
            DetectCommand::tr("no server named %1").arg(parser.positionalArguments().first()));
        return 2;
    }
    auto* connections = new ServerConnections(&context.engine(), &context.keyRing(), qApp);
    ExecJob* job = connections->connectionFor(*server)->exec(QStringLiteral("sh -s"),
                                                             ProfileDetector::script());
    job->setCollectOutput(4 * 1024 * 1024);
    const bool save = parser.isSet(saveOption);
    const Server target = *server;
    QObject::connect(
        job, &ExecJob::finished, job, [&context, job, save, target](const ExecResult& result) {
            if (!result.succeeded()) {
                context.printError(result.describe());
                CliContext::finish(1);
                return;
            }
            QStringList notes;
            const ServerProfile profile =
                ProfileDetector::fromFacts(job->collectedStdout(), &notes);
            context.out() << QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented)
                          << Qt::flush;
            for (const QString& note : std::as_const(notes))
                context.err() << note << Qt::endl;
            if (save) {
                QString error;
                Server updated = target;
                updated.profileId = QStringLiteral("custom");
                if (!ProfileStore().save(updated, profile, &error) ||
                    !(error = context.fleet().update(updated)).isEmpty()) {
                    context.printError(error);
                    CliContext::finish(1);
                    return;
                }
            }
            CliContext::finish(0);
        });
    return -1;
}

} // namespace vigie::cli
