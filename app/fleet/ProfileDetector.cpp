#include "ProfileDetector.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace vigie {

QByteArray ProfileDetector::script()
{
    QFile file(QStringLiteral(":/probe/detect.sh"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ServerProfile ProfileDetector::fromFacts(const QByteArray& output, QStringList* notes)
{
    QMap<QString, QStringList> facts;
    for (const QByteArray& line : output.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        const QString value = QString::fromUtf8(line.mid(tab + 1)).trimmed();
        if (!value.isEmpty())
            facts[QString::fromLatin1(line.left(tab))].append(value);
    }
    const auto note = [notes](const QString& text) {
        if (notes)
            notes->append(text);
    };

    ServerProfile profile;
    profile.id = QStringLiteral("custom");
    profile.name = tr("Detected");
    profile.systemdUnits = facts.value(QStringLiteral("unit"));
    profile.systemdUnits.removeDuplicates();
    if (const QStringList pm2 = facts.value(QStringLiteral("pm2")); !pm2.isEmpty()) {
        profile.pm2 = true;
        profile.pm2Command = pm2.first();
        const QStringList homes = facts.value(QStringLiteral("pm2home"));
        if (homes.size() == 1)
            profile.pm2Home = homes.first();
        else if (homes.size() > 1)
            note(tr("Several PM2 homes found (%1): set the right one.")
                     .arg(homes.join(QStringLiteral(", "))));
    }
    profile.composeProjects = facts.value(QStringLiteral("compose"));
    if (!facts.contains(QStringLiteral("certdir")))
        note(tr("No /etc/letsencrypt/live: set where the certificates are."));

    // https://<server_name>/health for each concrete nginx name (not wildcards or "_").
    for (const QString& name : facts.value(QStringLiteral("server_name"))) {
        if (name.contains(QLatin1Char('*')) || name == QLatin1String("_") ||
            name.contains(QLatin1Char('~')))
            continue;
        if (std::none_of(profile.healthUrls.cbegin(), profile.healthUrls.cend(),
                         [&](const ServerProfile::HealthUrl& u) { return u.name == name; }))
            profile.healthUrls.append(
                {name, QStringLiteral("https://%1/health").arg(name), {}, false});
    }

    // Databases: a "<x>_central" with "<x>_<kind>_<id>" siblings is the one-database-per-tenant
    // layout of the seeds.
    const QStringList databases = facts.value(QStringLiteral("database"));
    for (const QString& database : databases) {
        if (!database.endsWith(QLatin1String("_central")))
            continue;
        const QString base = database.chopped(int(qstrlen("central")));
        QMap<QString, int> prefixes;
        static const QRegularExpression tenantRe(QStringLiteral("^(.*_)[0-9a-f]{8,}$"));
        for (const QString& other : databases) {
            const QRegularExpressionMatch match = tenantRe.match(other);
            if (other.startsWith(base) && match.hasMatch())
                ++prefixes[match.captured(1)];
        }
        profile.centralDatabase = database;
        if (!prefixes.isEmpty()) {
            profile.tenantDatabasePrefix = prefixes.lastKey();
            note(
                tr("Tenant databases look like %1<id>: write the query that lists tenants from %2.")
                    .arg(profile.tenantDatabasePrefix, database));
        }
        break;
    }

    // Backups: group files by their name before the date, e.g. central_20261120.dump.gpg.
    static const QRegularExpression datedRe(
        QStringLiteral("^(.*?)([_-]?)(\\d{8}|\\d{4}-\\d{2}-\\d{2})(.*)$"));
    QMap<QString, ServerProfile::BackupTarget> targets;
    for (const QString& path : facts.value(QStringLiteral("backup"))) {
        const QFileInfo info(path);
        const QRegularExpressionMatch match = datedRe.match(info.fileName());
        if (!match.hasMatch())
            continue;
        const QString stem = match.captured(1);
        const QString pattern = stem + match.captured(2) + QStringLiteral("*") + match.captured(4);
        const QString key = info.path() + QLatin1Char('/') + pattern;
        if (targets.contains(key))
            continue;
        ServerProfile::BackupTarget target;
        target.name = stem.isEmpty() ? pattern : stem;
        target.directory = info.path();
        target.pattern = pattern;
        targets.insert(key, target);
    }
    profile.backups = targets.values();

    for (const QString& script : facts.value(QStringLiteral("script"))) {
        profile.scriptsDirectory = QFileInfo(script).path();
        if (profile.backupCommand.isEmpty() &&
            QFileInfo(script).fileName().contains(QLatin1String("backup")))
            profile.backupCommand = script;
    }
    for (const QString& log : facts.value(QStringLiteral("log"))) {
        profile.logs.append({QFileInfo(log).completeBaseName(), log});
        if (profile.backupLog.isEmpty() && log.contains(QLatin1String("backup")))
            profile.backupLog = log;
    }
    return profile;
}

} // namespace vigie
