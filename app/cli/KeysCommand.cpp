#include "CliContext.h"

#include "secrets/SecureBytes.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie::cli {

namespace {

struct KeysCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)
};

QJsonObject keyJson(const KeyInfo& key)
{
    return {{QStringLiteral("name"), key.name},
            {QStringLiteral("type"), key.publicKey.type()},
            {QStringLiteral("bits"), key.publicKey.bits()},
            {QStringLiteral("fingerprint"), key.fingerprint()},
            {QStringLiteral("comment"), key.comment},
            {QStringLiteral("encrypted"), key.encrypted},
            {QStringLiteral("passphraseStored"), key.passphraseStored},
            {QStringLiteral("publicKey"), key.authorizedKeysLine()}};
}

int parse(CliContext& context, QCommandLineParser& parser, const QStringList& args,
          int positionalCount)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("keys")} + args)) {
        context.printError(parser.errorText());
        return 2;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        context.printError(KeysCommand::tr("wrong number of arguments (see vigie-cli --help)"));
        return 2;
    }
    return 0;
}

} // namespace

int runKeysCommand(CliContext& context, const QStringList& allArgs)
{
    if (allArgs.isEmpty()) {
        context.printError(KeysCommand::tr("keys: missing subcommand"));
        return 2;
    }
    const QString sub = allArgs.first();
    const QStringList args = allArgs.mid(1);
    if (!context.loadState())
        return 1;
    KeyRing& ring = context.keyRing();
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), KeysCommand::tr("Key name."),
                                        KeysCommand::tr("name"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), KeysCommand::tr("JSON output."));
    const QCommandLineOption passphraseStdin(
        QStringLiteral("passphrase-stdin"),
        KeysCommand::tr("Read the key's passphrase from standard input."));
    const QCommandLineOption rememberOption(
        QStringLiteral("remember-passphrase"),
        KeysCommand::tr("Keep the passphrase in the keychain."));

    if (sub == QLatin1String("import")) {
        parser.addOptions({nameOption, passphraseStdin, rememberOption});
        if (int rc = parse(context, parser, args, 1))
            return rc;
        const QString path = parser.positionalArguments().first();
        QString name = parser.value(nameOption);
        if (name.isEmpty())
            name = QFileInfo(path).fileName();
        QByteArray passphrase;
        if (parser.isSet(passphraseStdin)) {
            if (CliContext::stdinIsTerminal()) {
                passphrase = CliContext::readSecretLine(KeysCommand::tr("Passphrase: "));
            } else {
                QFile in;
                if (in.open(stdin, QIODevice::ReadOnly))
                    passphrase = in.readLine();
                while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
                    passphrase.chop(1);
            }
        }
        const QByteArray given = passphrase;
        secureZero(passphrase);
        ring.importFile(name, path, given, parser.isSet(rememberOption), &ring,
                        [&context](const KeyResult& result) {
                            if (!result.ok()) {
                                context.printError(result.error);
                                CliContext::finish(1);
                                return;
                            }
                            context.out()
                                << KeysCommand::tr("Imported %1 (%2, %3)")
                                       .arg(result.key.name, result.key.publicKey.typeLabel(),
                                            result.key.fingerprint())
                                << Qt::endl;
                            CliContext::finish(0);
                        });
        return -1;
    }
    if (sub == QLatin1String("generate")) {
        parser.addOption(nameOption);
        if (int rc = parse(context, parser, args, 0))
            return rc;
        if (!parser.isSet(nameOption)) {
            context.printError(KeysCommand::tr("keys generate needs --name"));
            return 2;
        }
        ring.generateEd25519(parser.value(nameOption), &ring, [&context](const KeyResult& result) {
            if (!result.ok()) {
                context.printError(result.error);
                CliContext::finish(1);
                return;
            }
            context.err()
                << KeysCommand::tr(
                       "Generated %1 (%2). Add this line to ~/.ssh/authorized_keys on the "
                       "server:")
                       .arg(result.key.name, result.key.fingerprint())
                << Qt::endl;
            context.out() << result.key.authorizedKeysLine() << Qt::endl;
            CliContext::finish(0);
        });
        return -1;
    }
    if (sub == QLatin1String("list")) {
        parser.addOption(jsonOption);
        if (int rc = parse(context, parser, args, 0))
            return rc;
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const KeyInfo& key : ring.keys())
                array.append(keyJson(key));
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
            return 0;
        }
        for (const KeyInfo& key : ring.keys()) {
            context.out() << key.name << '\t' << key.publicKey.typeLabel() << '\t'
                          << key.publicKey.bits() << '\t' << key.fingerprint() << '\t'
                          << key.comment << Qt::endl;
        }
        if (ring.keys().isEmpty())
            context.err() << KeysCommand::tr(
                                 "No keys. Import one with: vigie-cli keys import --name NAME FILE")
                          << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("rename")) {
        if (int rc = parse(context, parser, args, 2))
            return rc;
        QString error;
        if (!ring.rename(parser.positionalArguments().at(0), parser.positionalArguments().at(1),
                         &error)) {
            context.printError(error);
            return 1;
        }
        return 0;
    }
    if (sub == QLatin1String("delete")) {
        if (int rc = parse(context, parser, args, 1))
            return rc;
        ring.remove(parser.positionalArguments().first(), &ring, [&context](const QString& error) {
            if (!error.isEmpty()) {
                context.printError(error);
                CliContext::finish(1);
                return;
            }
            CliContext::finish(0);
        });
        return -1;
    }
    if (sub == QLatin1String("export-public")) {
        if (int rc = parse(context, parser, args, 1))
            return rc;
        const auto key = ring.find(parser.positionalArguments().first());
        if (!key) {
            context.printError(
                KeysCommand::tr("no key named %1").arg(parser.positionalArguments().first()));
            return 1;
        }
        context.out() << key->authorizedKeysLine() << Qt::endl;
        return 0;
    }
    context.printError(KeysCommand::tr("keys: unknown subcommand %1").arg(sub));
    return 2;
}

} // namespace vigie::cli
