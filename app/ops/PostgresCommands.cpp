#include "PostgresCommands.h"

#include "core/ShellQuote.h"

#include <QCoreApplication>

namespace vigie::PostgresCommands {

QString psql(const ServerProfile& profile)
{
    return profile.psqlCommand + QStringLiteral(" -X -q -A -t -v ON_ERROR_STOP=1");
}

QString migrationsRole(const ServerProfile& profile)
{
    return profile.tenantDatabaseOwner;
}

QString migrationsPsql(const ServerProfile& profile)
{
    const QString options = QStringLiteral(" -X -q -A -t -v ON_ERROR_STOP=1");
    if (!profile.tenantMigrationsPsqlCommand.trimmed().isEmpty())
        return profile.tenantMigrationsPsqlCommand.trimmed() + options;
    if (profile.tenantDatabaseOwner.isEmpty())
        return psql(profile);
    // The user option after the psql word (before it: sudo's own -u).
    QStringList words = profile.psqlCommand.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype at = -1;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) == QLatin1String("psql") || words.at(i).endsWith(QLatin1String("/psql"))) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return {};
    QStringList kept = words.mid(0, at + 1);
    for (qsizetype i = at + 1; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (word == QLatin1String("-U") || word == QLatin1String("--username")) {
            ++i; // and its value
            continue;
        }
        if ((word.startsWith(QLatin1String("-U")) && !word.startsWith(QLatin1String("--"))) ||
            word.startsWith(QLatin1String("--username=")))
            continue;
        kept.append(word);
    }
    return kept.join(QLatin1Char(' ')) + QStringLiteral(" -U ") +
           shellQuote(profile.tenantDatabaseOwner) + options;
}

QString tool(const ServerProfile& profile, const QString& tool)
{
    QStringList words = profile.psqlCommand.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& word : words) {
        if (word == QLatin1String("psql") || word.endsWith(QLatin1String("/psql"))) {
            word.chop(4);
            word += tool;
            return words.join(QLatin1Char(' '));
        }
    }
    return {};
}

QString script(const ServerProfile& profile, const QString& database, const QString& sql,
               const Variables& variables, const QString& extraOptions)
{
    QString command = QStringLiteral("printf '%s\\n' ") + shellQuote(sql) + QStringLiteral(" | ") +
                      psql(profile) + QStringLiteral(" -d ") + shellQuote(database);
    for (const auto& [name, value] : variables)
        command += QStringLiteral(" -v ") + name + QLatin1Char('=') + shellQuote(value);
    if (!extraOptions.isEmpty())
        command += QLatin1Char(' ') + extraOptions;
    return command + QStringLiteral(" -f -");
}

bool isEncrypted(const QString& file)
{
    return file.endsWith(QLatin1String(".gpg")) || file.endsWith(QLatin1String(".asc"));
}

QString decrypt(const ServerProfile& profile, const QString& file)
{
    if (!isEncrypted(file))
        return QStringLiteral("cat -- ") + shellQuote(file);
    // --no-symkey-cache: the agent must not remember the passphrase for the next command.
    QString command = QStringLiteral("gpg --batch --quiet --no-symkey-cache");
    if (!profile.backupPassphraseFile.isEmpty())
        command += QStringLiteral(" --passphrase-file ") + shellQuote(profile.backupPassphraseFile);
    return command + QStringLiteral(" --decrypt -- ") + shellQuote(file);
}

QString pm2(const ServerProfile& profile)
{
    QString prefix;
    if (!profile.pm2Home.isEmpty())
        prefix = QStringLiteral("PM2_HOME=") + shellQuote(profile.pm2Home) + QLatin1Char(' ');
    return prefix + profile.pm2Command;
}

QString tenantSubquery(const ServerProfile& profile)
{
    QString query = profile.tenantQuery.trimmed();
    while (query.endsWith(QLatin1Char(';')))
        query = query.chopped(1).trimmed();
    return query;
}

QString startPrivateFile(const QString& directory, const QString& file)
{
    // The names are predictable (database and time): in a directory others can write, a
    // symlink planted there would receive the dump. mktemp makes the name unguessable and
    // the file ours; the sticky bit stops others from replacing it before the final mv.
    const QString dir = shellQuote(directory);
    return QStringLiteral(
               "umask 077\n"
               "mkdir -p -- %1\n"
               "if [ -n \"$(find %1 -maxdepth 0 \\( -perm -0002 -o -perm -0020 \\) ! -perm -1000 "
               "-print)\" ]; then %2; fi\n"
               "if [ -e %3 ] || [ -L %3 ]; then %4; fi\n"
               "partial=$(mktemp %5)\n"
               "trap 'rm -f -- \"$partial\"' EXIT")
        .arg(dir,
             fail(QCoreApplication::translate(
                      "PostgresCommands",
                      "%1 can be written by other users and has no sticky bit: choose a "
                      "directory only this account can write.")
                      .arg(directory)),
             shellQuote(file),
             fail(QCoreApplication::translate("PostgresCommands", "%1 already exists.").arg(file)),
             shellQuote(directory + QStringLiteral("/.vigie-partial.XXXXXXXXXX")));
}

QString finishPrivateFile(const QString& file)
{
    return QStringLiteral("mv -f -- \"$partial\" %1\ntrap - EXIT").arg(shellQuote(file));
}

QString fail(const QString& message)
{
    return QStringLiteral("echo ") + shellQuote(message) + QStringLiteral(" >&2; exit 1");
}

} // namespace vigie::PostgresCommands
