#include "SshConfigImport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace vigie {

namespace {

bool isPattern(const QString& alias)
{
    return alias.contains(QLatin1Char('*')) || alias.contains(QLatin1Char('?')) ||
           alias.startsWith(QLatin1Char('!'));
}

// ssh_config allows "Key value", "Key=value" and quoted values.
bool splitLine(const QString& line, QString* key, QString* value)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([A-Za-z]+)\\s*(?:=\\s*|\\s+)(.*?)\\s*$"));
    const QRegularExpressionMatch match = re.match(line);
    if (!match.hasMatch())
        return false;
    *key = match.captured(1).toLower();
    *value = match.captured(2);
    if (value->size() >= 2 && value->startsWith(QLatin1Char('"')) &&
        value->endsWith(QLatin1Char('"')))
        *value = value->mid(1, value->size() - 2);
    return true;
}

QString expandPath(QString path, const QString& home, const Server& server,
                   const QString& localUser)
{
    if (path.startsWith(QLatin1String("~/")))
        path = home + path.mid(1);
    path.replace(QLatin1String("%d"), home);
    path.replace(QLatin1String("%u"), localUser);
    path.replace(QLatin1String("%r"), server.user);
    path.replace(QLatin1String("%h"), server.host);
    path.replace(QLatin1String("%%"), QLatin1String("%"));
    return path;
}

} // namespace

QList<SshConfigImport::Candidate>
SshConfigImport::parse(const QByteArray& contents, const QString& homeDir, const QString& localUser)
{
    struct Block
    {
        QStringList aliases;
        QList<QPair<QString, QString>> options; // in file order
    };
    QList<Block> blocks{Block{{QStringLiteral("*")}, {}}}; // options before any Host
    bool inMatch = false;
    for (const QByteArray& rawLine : contents.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString key;
        QString value;
        if (!splitLine(line, &key, &value))
            continue;
        if (key == QLatin1String("host")) {
            inMatch = false;
            blocks.append(Block{
                value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts), {}});
        } else if (key == QLatin1String("match")) {
            inMatch = true; // conditions are not evaluated: ignore the block
        } else if (!inMatch) {
            blocks.last().options.append({key, value});
        }
    }

    // OpenSSH uses the FIRST value found for each option, walking every matching block.
    const auto optionFor = [&](const QString& alias, const QString& key, QStringList* all) {
        QString first;
        for (const Block& block : blocks) {
            bool matches = false;
            for (const QString& pattern : block.aliases) {
                const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                    pattern.startsWith(QLatin1Char('!')) ? pattern.mid(1) : pattern));
                if (re.match(alias).hasMatch()) {
                    if (pattern.startsWith(QLatin1Char('!'))) {
                        matches = false;
                        break;
                    }
                    matches = true;
                }
            }
            if (!matches)
                continue;
            for (const auto& [optionKey, value] : block.options) {
                if (optionKey != key)
                    continue;
                if (all)
                    all->append(value);
                if (first.isNull())
                    first = value;
            }
        }
        return first;
    };

    QList<Candidate> candidates;
    QStringList seen;
    for (const Block& block : std::as_const(blocks)) {
        for (const QString& alias : block.aliases) {
            if (isPattern(alias) || seen.contains(alias))
                continue;
            seen.append(alias);
            Candidate candidate;
            Server& server = candidate.server;
            server.name = alias;
            server.host = optionFor(alias, QStringLiteral("hostname"), nullptr);
            if (server.host.isEmpty())
                server.host = alias;
            server.host.replace(QLatin1String("%h"), alias);
            const QString port = optionFor(alias, QStringLiteral("port"), nullptr);
            server.port = port.isEmpty() ? 22 : quint16(port.toUInt());
            server.user = optionFor(alias, QStringLiteral("user"), nullptr);
            if (server.user.isEmpty())
                server.user = localUser;
            server.auth = Server::Auth::Key;
            QStringList identities;
            optionFor(alias, QStringLiteral("identityfile"), &identities);
            for (const QString& identity : std::as_const(identities))
                candidate.identityFiles.append(expandPath(identity, homeDir, server, localUser));
            for (const char* unsupported : {"proxyjump", "proxycommand"}) {
                const QString value = optionFor(alias, QString::fromLatin1(unsupported), nullptr);
                if (!value.isEmpty() &&
                    value.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
                    candidate.warnings.append(
                        tr("%1 %2 is not supported: Vigie connects directly.")
                            .arg(QString::fromLatin1(unsupported) == QLatin1String("proxyjump")
                                     ? QStringLiteral("ProxyJump")
                                     : QStringLiteral("ProxyCommand"),
                                 value));
                }
            }
            if (port.toUInt() == 0 && !port.isEmpty())
                candidate.warnings.append(tr("Invalid port %1.").arg(port));
            candidates.append(candidate);
        }
    }
    const bool hasInclude = std::any_of(blocks.cbegin(), blocks.cend(), [](const Block& b) {
        return std::any_of(b.options.cbegin(), b.options.cend(), [](const auto& option) {
            return option.first == QLatin1String("include");
        });
    });
    if (hasInclude) {
        for (Candidate& candidate : candidates)
            candidate.warnings.append(tr("The file uses Include, which is not followed: check the "
                                         "imported values."));
    }
    return candidates;
}

QList<SshConfigImport::Candidate> SshConfigImport::readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return parse(file.readAll(), QDir::homePath(), qEnvironmentVariable("USER"));
}

} // namespace vigie
