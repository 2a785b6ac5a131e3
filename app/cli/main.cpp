#include "CliContext.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLocale>

using namespace vigie::cli;
using vigie::Translations;

namespace {

void printUsage(QTextStream& out)
{
    out << QCoreApplication::translate(
               "vigie-cli",
               "Usage: vigie-cli <command> [options]\n"
               "\n"
               "Commands:\n"
               "  keys import --name NAME [--passphrase-stdin] [--remember-passphrase] FILE\n"
               "  keys generate --name NAME\n"
               "  keys list [--json]\n"
               "  keys rename OLD NEW\n"
               "  keys delete NAME\n"
               "  keys export-public NAME\n"
               "  hosts list [--json]\n"
               "  hosts trust [--port N] [--yes | --fingerprint SHA256:...] HOST\n"
               "  hosts forget [--port N] HOST\n"
               "  servers add --name NAME --host HOST [--port N] --user USER (--key NAME | "
               "--agent) "
               "[--group GROUP] [--profile PRESET | --profile-file FILE]\n"
               "  servers list [--json]\n"
               "  servers remove NAME\n"
               "  servers ignore NAME [AREA ...]\n"
               "  servers import-ssh-config [--file FILE] [--import-keys] [--yes]\n"
               "  status [--json] [--timeout S] [SERVER...]\n"
               "  detect [--save] SERVER\n"
               "  logs [--follow] [--lines N] SERVER SOURCE\n"
               "  deploy SERVER --app NAME [--commit SHA] [--migrations] [--snapshot] "
               "(--plan [--json] | --yes [--confirm NAME])\n"
               "  provision SERVER --name NAME [--subdomain LABEL] (--plan [--json] | --yes)\n"
               "  restore SERVER --database DB [--backup FILE] [--to-copy NAME] "
               "[--skip-safety-dump --confirm-skip \"skip DB\"] (--plan [--json] | --yes "
               "--confirm DB)\n"
               "  exec [--port N] [--key NAME | --agent] [--timeout S] USER@HOST -- COMMAND...\n"
               "  exec SERVER -- COMMAND...\n"
               "  runs list [--json] [--runs-dir DIR] SERVER\n"
               "  runs attach|cancel [--runs-dir DIR] SERVER RUN_ID\n"
               "  runs clear-lock --yes [--runs-dir DIR] SERVER TARGET\n"
               "  --version\n"
               "\n"
               "logs, exec and run output strip terminal control sequences (all but colours)\n"
               "when printed to a terminal; --raw keeps them.\n")
        << Qt::flush;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigie-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));

    const QString language = qEnvironmentVariable("VIGIE_LANG");
    Translations::install(&app, language.isEmpty() ? QLocale::system() : QLocale(language));

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printUsage(out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "vigie-cli " << VIGIE_VERSION << Qt::endl;
        return 0;
    }

    CliContext context;
    // --raw (anywhere before a "--"): server output reaches the terminal byte for byte.
    const qsizetype dashes = args.indexOf(QStringLiteral("--"));
    for (qsizetype i = (dashes < 0 ? args.size() : dashes) - 1; i >= 1; --i) {
        if (args.at(i) == QLatin1String("--raw")) {
            args.removeAt(i);
            context.setRawOutput(true);
        }
    }
    const QString command = args.takeFirst();
    int code = 2;
    if (command == QLatin1String("keys"))
        code = runKeysCommand(context, args);
    else if (command == QLatin1String("hosts"))
        code = runHostsCommand(context, args);
    else if (command == QLatin1String("exec"))
        code = runExecCommand(context, args);
    else if (command == QLatin1String("servers"))
        code = runServersCommand(context, args);
    else if (command == QLatin1String("status"))
        code = runStatusCommand(context, args);
    else if (command == QLatin1String("logs"))
        code = runLogsCommand(context, args);
    else if (command == QLatin1String("detect"))
        code = runDetectCommand(context, args);
    else if (command == QLatin1String("runs"))
        code = runRunsCommand(context, args);
    else if (command == QLatin1String("deploy"))
        code = runDeployCommand(context, args);
    else if (command == QLatin1String("provision"))
        code = runProvisionCommand(context, args);
    else if (command == QLatin1String("restore"))
        code = runRestoreCommand(context, args);
    else {
        context.printError(
            QCoreApplication::translate("vigie-cli", "unknown command: %1").arg(command));
        printUsage(context.err());
        return 2;
    }
    if (code >= 0)
        return code;
    return QCoreApplication::exec();
}
