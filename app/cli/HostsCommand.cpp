#include "CliContext.h"

#include "core/AppPaths.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshConnection.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie::cli {

namespace {

struct HostsCommand
{
    Q_DECLARE_TR_FUNCTIONS(HostsCommand)
};

int listHosts(CliContext& context, bool json)
{
    KnownHosts hosts;
    KnownHosts::ParseError error;
    if (!hosts.load({AppPaths::knownHostsFile()}, &error)) {
        context.printError(
            HostsCommand::tr("%1, line %2: %3").arg(error.file).arg(error.line).arg(error.reason));
        return 1;
    }
    QJsonArray array;
    for (const KnownHostEntry& entry : hosts.entries()) {
        const QString host = entry.patterns.isEmpty() ? HostsCommand::tr("(hashed host name)")
                                                      : entry.patterns.join(QLatin1Char(','));
        const QString fingerprint = entry.key.isValid() ? entry.key.fingerprintSha256() : QString();
        if (json) {
            array.append(QJsonObject{
                {QStringLiteral("host"), host},
                {QStringLiteral("type"), entry.keyType},
                {QStringLiteral("fingerprint"), fingerprint},
                {QStringLiteral("line"), entry.line},
                {QStringLiteral("revoked"), entry.marker == KnownHostEntry::Marker::Revoked}});
        } else {
            context.out() << host << '\t' << entry.keyType << '\t' << fingerprint << Qt::endl;
        }
    }
    if (json)
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
    return 0;
}

// Connects only as far as the host key: nothing is sent after it, no credential is used.
int trustHost(CliContext& context, const QString& host, quint16 port, bool yes,
              const QString& expectedFingerprint)
{
    ConnectionSettings settings;
    settings.host = host;
    settings.port = port;
    settings.user = QStringLiteral("vigie-host-key-check");
    settings.knownHostsFile = AppPaths::knownHostsFile();
    settings.readOnlyKnownHostsFiles = {AppPaths::userKnownHostsFile()};
    auto* connection = new SshConnection(&context.engine(), settings, qApp);
    const QString where = KnownHosts::hostPattern(host, port);

    QObject::connect(
        connection, &SshConnection::hostKeyDecisionNeeded, connection,
        [&context, connection, where, yes, expectedFingerprint](const HostKeyPrompt& prompt) {
            const QString fingerprint = prompt.key.fingerprintSha256();
            context.err() << HostsCommand::tr("Host %1 offers this %2 key:")
                                 .arg(where, prompt.key.typeLabel())
                          << Qt::endl;
            context.out() << prompt.key.fingerprintLine(where) << Qt::endl;
            if (!prompt.otherKnownTypes.isEmpty()) {
                context.err() << HostsCommand::tr("Note: keys of other types are already known for "
                                                  "this host (%1).")
                                     .arg(prompt.otherKnownTypes.join(QStringLiteral(", ")))
                              << Qt::endl;
            }
            bool accept = yes;
            if (!expectedFingerprint.isEmpty()) {
                accept = fingerprint == expectedFingerprint;
                if (!accept) {
                    context.printError(HostsCommand::tr("fingerprint mismatch: expected %1, got %2")
                                           .arg(expectedFingerprint, fingerprint));
                }
            } else if (!yes && CliContext::stdinIsTerminal()) {
                context.err() << HostsCommand::tr("Trust this host key? [y/N] ") << Qt::flush;
                QTextStream in(stdin);
                const QString answer = in.readLine().trimmed().toLower();
                accept = answer == QLatin1String("y") || answer == QLatin1String("yes") ||
                         answer == HostsCommand::tr("y") || answer == HostsCommand::tr("yes");
            } else if (!yes) {
                context.printError(
                    HostsCommand::tr("not trusted: pass --yes or --fingerprint to trust "
                                     "non-interactively"));
            }
            if (accept)
                connection->acceptHostKey();
            else
                connection->rejectHostKey();
        });
    QObject::connect(connection, &SshConnection::hostKeyTrusted, connection,
                     [&context, connection, where](const QString& fingerprint) {
                         context.err() << HostsCommand::tr("Trusted: %1 %2").arg(where, fingerprint)
                                       << Qt::endl;
                         connection->close();
                         CliContext::finish(0);
                     });
    QObject::connect(connection, &SshConnection::connectionFailed, connection,
                     [&context](const SshError& error) {
                         context.printError(error.message());
                         CliContext::finish(1);
                     });
    connection->open();
    return -1;
}

} // namespace

int runHostsCommand(CliContext& context, const QStringList& allArgs)
{
    if (allArgs.isEmpty()) {
        context.printError(HostsCommand::tr("hosts: missing subcommand"));
        return 2;
    }
    const QString sub = allArgs.first();
    QCommandLineParser parser;
    const QCommandLineOption portOption(QStringLiteral("port"), HostsCommand::tr("SSH port."),
                                        HostsCommand::tr("port"), QStringLiteral("22"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), HostsCommand::tr("JSON output."));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       HostsCommand::tr("Trust without asking."));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("fingerprint"), HostsCommand::tr("Trust only this SHA256 fingerprint."),
        HostsCommand::tr("fingerprint"));
    parser.addOptions({portOption, jsonOption, yesOption, fingerprintOption});
    if (!parser.parse(QStringList{QStringLiteral("hosts")} + allArgs.mid(1))) {
        context.printError(parser.errorText());
        return 2;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port == 0 || port > 65535) {
        context.printError(HostsCommand::tr("invalid port: %1").arg(parser.value(portOption)));
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (sub == QLatin1String("list"))
        return listHosts(context, parser.isSet(jsonOption));
    if (positional.size() != 1) {
        context.printError(HostsCommand::tr("hosts %1 needs exactly one HOST").arg(sub));
        return 2;
    }
    const QString host = positional.first();
    if (sub == QLatin1String("trust")) {
        return trustHost(context, host, quint16(port), parser.isSet(yesOption),
                         parser.value(fingerprintOption));
    }
    if (sub == QLatin1String("forget")) {
        QString error;
        const int removed =
            KnownHosts::forget(AppPaths::knownHostsFile(), host, quint16(port), &error);
        if (removed < 0) {
            context.printError(error);
            return 1;
        }
        context.err() << HostsCommand::tr("Removed %n key(s) for %1.", nullptr, removed)
                             .arg(KnownHosts::hostPattern(host, quint16(port)))
                      << Qt::endl;
        return 0;
    }
    context.printError(HostsCommand::tr("hosts: unknown subcommand %1").arg(sub));
    return 2;
}

} // namespace vigie::cli
