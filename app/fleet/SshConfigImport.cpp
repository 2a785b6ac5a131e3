#include "SshConfigImport.h"

#include "ssh/KnownHosts.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <optional>

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
    // Host patterns are compiled once: a config with hundreds of hosts must not cost
    // hosts x blocks x patterns regex compilations.
    struct Pattern
    {
        QString text; // without the leading '!'
        bool negated = false;
        std::optional<QRegularExpression> wildcard; // only for patterns with * or ?
        bool matches(const QString& alias) const
        {
            return wildcard ? wildcard->match(alias).hasMatch() : text == alias;
        }
    };
    struct Block
    {
        QStringList aliases;
        QList<Pattern> patterns;
        QList<QPair<QString, QString>> options; // in file order
    };
    const auto makeBlock = [](const QStringList& aliases) {
        Block block{aliases, {}, {}};
        for (const QString& alias : aliases) {
            Pattern pattern;
            pattern.negated = alias.startsWith(QLatin1Char('!'));
            pattern.text = pattern.negated ? alias.mid(1) : alias;
            if (isPattern(pattern.text))
                pattern.wildcard = QRegularExpression(
                    QRegularExpression::wildcardToRegularExpression(pattern.text));
            block.patterns.append(pattern);
        }
        return block;
    };
    QList<Block> blocks{makeBlock({QStringLiteral("*")})}; // options before any Host
    bool inMatch = false;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
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
            blocks.append(makeBlock(value.split(spaces, Qt::SkipEmptyParts)));
        } else if (key == QLatin1String("match")) {
            inMatch = true; // conditions are not evaluated: ignore the block
        } else if (!inMatch) {
            blocks.last().options.append({key, value});
        }
    }

    // The blocks that apply to an alias: one of their patterns matches and no negated one.
    const auto blocksFor = [&blocks](const QString& alias) {
        QList<const Block*> matching;
        for (const Block& block : blocks) {
            bool matches = false;
            for (const Pattern& pattern : block.patterns) {
                if (!pattern.matches(alias))
                    continue;
                if (pattern.negated) {
                    matches = false;
                    break;
                }
                matches = true;
            }
            if (matches)
                matching.append(&block);
        }
        return matching;
    };
    // OpenSSH uses the FIRST value found for each option, walking every matching block.
    const auto optionIn = [](const QList<const Block*>& matching, const QString& key,
                             QStringList* all) {
        QString first;
        for (const Block* block : matching) {
            for (const auto& [optionKey, value] : block->options) {
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
    QSet<QString> seen;
    for (const Block& block : std::as_const(blocks)) {
        for (const QString& alias : block.aliases) {
            // Patterns and negations select hosts, they are not hosts.
            if (isPattern(alias) || alias.startsWith(QLatin1Char('!')) || seen.contains(alias))
                continue;
            seen.insert(alias);
            const QList<const Block*> matching = blocksFor(alias);
            const auto optionFor = [&](const QString& key, QStringList* all) {
                return optionIn(matching, key, all);
            };
            Candidate candidate;
            Server& server = candidate.server;
            server.name = alias;
            server.host = optionFor(QStringLiteral("hostname"), nullptr);
            if (server.host.isEmpty())
                server.host = alias;
            server.host.replace(QLatin1String("%h"), alias);
            const QString port = optionFor(QStringLiteral("port"), nullptr);
            server.port = port.isEmpty() ? 22 : quint16(port.toUInt());
            server.user = optionFor(QStringLiteral("user"), nullptr);
            if (server.user.isEmpty())
                server.user = localUser;
            server.auth = Server::Auth::Key;
            QStringList identities;
            optionFor(QStringLiteral("identityfile"), &identities);
            for (const QString& identity : std::as_const(identities))
                candidate.identityFiles.append(expandPath(identity, homeDir, server, localUser));
            for (const char* unsupported : {"proxyjump", "proxycommand"}) {
                const QString value = optionFor(QString::fromLatin1(unsupported), nullptr);
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
            if (!KnownHosts::isValidHostName(server.host)) {
                candidate.error = tr("HostName is not a valid host name or IP address: not "
                                     "imported.");
                candidate.warnings.prepend(candidate.error);
                candidate.identityFiles.clear();
            }
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
