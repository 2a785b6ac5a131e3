#include "ProfileDetector.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace vigie {

namespace {

using Facts = QMap<QString, QStringList>;
using Note = std::function<void(const QString&)>;

Facts parseFacts(const QByteArray& output)
{
    Facts facts;
    for (const QByteArray& line : output.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        const QString value = QString::fromUtf8(line.mid(tab + 1)).trimmed();
        if (!value.isEmpty())
            facts[QString::fromLatin1(line.left(tab))].append(value);
    }
    return facts;
}

QStringList unique(QStringList list)
{
    list.removeDuplicates();
    return list;
}

bool isConcreteName(const QString& name)
{
    return !name.contains(QLatin1Char('*')) && name != QLatin1String("_") &&
           !name.contains(QLatin1Char('~')) && !name.isEmpty();
}

// Docker Compose: the projects, and a PostgreSQL container becomes the psql every database
// command goes through (`docker exec -i`: with Compose v2 or docker-compose 1.x alike).
void detectCompose(const Facts& facts, ServerProfile& profile, const Note& note)
{
    profile.composeProjects = unique(facts.value(QStringLiteral("compose")));
    if (!facts.value(QStringLiteral("dockererror")).isEmpty())
        note(ProfileDetector::tr("docker did not answer (%1): Compose projects could not be read.")
                 .arg(facts.value(QStringLiteral("dockererror")).first()));
    static const QRegularExpression containerRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    static const QRegularExpression roleRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QStringList containers;
    for (const QString& fact : facts.value(QStringLiteral("dbcontainer"))) {
        const QStringList fields = fact.split(QLatin1Char('\t'));
        if (fields.size() != 2 || !containerRe.match(fields.at(0)).hasMatch() ||
            !roleRe.match(fields.at(1)).hasMatch())
            continue;
        if (containers.isEmpty())
            profile.psqlCommand =
                QStringLiteral("docker exec -i %1 psql -U %2").arg(fields.at(0), fields.at(1));
        containers.append(fields.at(0));
    }
    containers.removeDuplicates();
    if (containers.size() > 1)
        note(ProfileDetector::tr("Several PostgreSQL containers (%1): the databases of %2 are "
                                 "used; change psqlCommand for another one.")
                 .arg(containers.join(QStringLiteral(", ")), containers.first()));
}

struct Listen
{
    QString address; // empty: every address
    int port = 443;
    bool tls = false;
};

// nginx's "listen" value: "443 ssl http2", "127.0.0.1:24500 ssl", "[::]:443 ssl", "80".
Listen parseListen(const QString& value)
{
    Listen listen;
    const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return listen;
    listen.tls = words.contains(QLatin1String("ssl"));
    const QString& where = words.first();
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = (colon >= 0 ? where.mid(colon + 1) : where).toInt(&ok);
    if (ok)
        listen.port = port;
    if (colon > 0)
        listen.address = where.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    if (!ok && colon < 0)
        listen.address = where; // "listen 127.0.0.1;": port 80
    if (!ok)
        listen.port = 80;
    return listen;
}

// nginx's server blocks: a health URL per concrete TLS name (with the address nginx listens on
// when the server cannot resolve the name itself), and the certificates they serve.
void detectWeb(const Facts& facts, ServerProfile& profile)
{
    QMap<QString, bool> resolves;
    for (const QString& fact : facts.value(QStringLiteral("resolves"))) {
        const QStringList fields = fact.split(QLatin1Char('\t'));
        if (fields.size() == 2)
            resolves.insert(fields.at(0), fields.at(1) == QLatin1String("1"));
    }
    QStringList certificatePaths = facts.value(QStringLiteral("certdir"));
    QStringList checkAddresses;
    const auto addHealth = [&](const QString& name, const Listen& listen) {
        if (!isConcreteName(name) ||
            std::any_of(profile.healthUrls.cbegin(), profile.healthUrls.cend(),
                        [&](const ServerProfile::HealthUrl& u) { return u.name == name; }))
            return;
        ServerProfile::HealthUrl url{name, {}, {}, false};
        const QString port =
            listen.port == 443 ? QString() : QLatin1Char(':') + QString::number(listen.port);
        url.url = QStringLiteral("https://%1%2/health").arg(name, port);
        if (!resolves.value(name, true)) {
            const QString address = listen.address.isEmpty() ||
                                            listen.address == QLatin1String("0.0.0.0") ||
                                            listen.address == QLatin1String("::")
                                        ? QStringLiteral("127.0.0.1")
                                        : listen.address;
            url.resolve = QStringLiteral("%1:%2:%3").arg(name).arg(listen.port).arg(address);
            checkAddresses.append(QStringLiteral("%1:%2").arg(address).arg(listen.port));
        }
        profile.healthUrls.append(url);
    };

    const QStringList vhosts = facts.value(QStringLiteral("vhost"));
    for (const QString& vhost : vhosts) {
        const QStringList fields = vhost.split(QLatin1Char('\t'));
        const Listen listen = parseListen(fields.value(1));
        const QString certificate = fields.value(2);
        if (!listen.tls && certificate.isEmpty())
            continue; // plain HTTP: usually the redirect to HTTPS
        for (const QString& name : fields.value(0).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            addHealth(name, listen);
        if (certificate.startsWith(QLatin1Char('/'))) {
            // certbot's layout: watch its live/ folder; any other file: that file.
            const qsizetype live = certificate.indexOf(QLatin1String("/live/"));
            const QString path = live > 0 ? certificate.left(live + 5) : certificate;
            if (!certificatePaths.contains(path))
                certificatePaths.append(path);
        }
    }
    if (vhosts.isEmpty()) {
        // An older detect.sh: server names only, https on 443.
        for (const QString& name : facts.value(QStringLiteral("server_name")))
            addHealth(name, Listen{});
    }
    profile.certificatePaths = certificatePaths;
    checkAddresses.removeDuplicates();
    if (checkAddresses.size() == 1)
        profile.certificateCheckAddress = checkAddresses.first();
}

// A "<x>_central" with "<x>_<kind>_<id>" siblings is the one-database-per-tenant layout of the
// seeds; the central table with a subdomain column lists the tenants.
void detectTenants(const Facts& facts, ServerProfile& profile, const Note& note)
{
    const QStringList databases = unique(facts.value(QStringLiteral("database")));
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
        if (!prefixes.isEmpty())
            profile.tenantDatabasePrefix = prefixes.lastKey();
        break;
    }
    if (profile.centralDatabase.isEmpty())
        return;
    static const QRegularExpression identifierRe(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    for (const QString& fact : facts.value(QStringLiteral("tenanttable"))) {
        const QStringList fields = fact.split(QLatin1Char('\t'));
        if (fields.size() != 3 || fields.at(0) != profile.centralDatabase ||
            !identifierRe.match(fields.at(1)).hasMatch())
            continue;
        const QStringList columns = fields.at(2).split(QLatin1Char(','));
        if (!columns.contains(QLatin1String("id")) || !columns.contains(QLatin1String("name")))
            continue;
        QString provisioned = QStringLiteral("true");
        for (const QString& column : columns) {
            if (column.contains(QLatin1String("provisioned")) &&
                identifierRe.match(column).hasMatch())
                provisioned = column;
        }
        profile.tenantQuery = QStringLiteral("SELECT id, name, subdomain, %1 FROM %2 ORDER BY name")
                                  .arg(provisioned, fields.at(1));
        break;
    }
    if (!profile.tenantDatabasePrefix.isEmpty() && profile.tenantQuery.isEmpty())
        note(ProfileDetector::tr("Tenant databases look like %1<id>: write the query that lists "
                                 "tenants from %2.")
                 .arg(profile.tenantDatabasePrefix, profile.centralDatabase));
    if (!profile.tenantQuery.isEmpty()) {
        // Tenants on subdomains: nginx serves one wildcard name for them (*.example.test).
        QStringList wildcards;
        for (const QString& name : facts.value(QStringLiteral("server_name"))) {
            if (name.startsWith(QLatin1String("*.")) && name.count(QLatin1Char('.')) >= 2)
                wildcards.append(name.mid(2));
        }
        wildcards.removeDuplicates();
        if (wildcards.size() == 1) {
            profile.tenantDomain = wildcards.first();
            profile.tenantHealthResolve = profile.certificateCheckAddress;
        } else {
            note(ProfileDetector::tr("No single wildcard name in nginx: the tenants' domain is "
                                     "left empty (their subdomains are not checked)."));
        }
    }
}

// Backups: files grouped by their name around the date, e.g. central_20261120.dump.gpg or
// backup_20261207_023000.sql.gz ("backup_*.sql.gz": the time of day is part of the date).
void detectBackups(const Facts& facts, ServerProfile& profile, const Note& note)
{
    static const QRegularExpression datedRe(QStringLiteral(
        "^(.*?)([_-]?)(\\d{8}|\\d{4}-\\d{2}-\\d{2})(?:[_T-]?\\d{2}:?\\d{2}(?::?\\d{2})?)?(.*)$"));
    static const QStringList genericStems = {QStringLiteral("backup"),   QStringLiteral("backups"),
                                             QStringLiteral("dump"),     QStringLiteral("db"),
                                             QStringLiteral("database"), QStringLiteral("pg"),
                                             QStringLiteral("postgres")};
    QMap<QString, ServerProfile::BackupTarget> targets;
    QMap<QString, QList<QDate>> dates;
    for (const QString& path : facts.value(QStringLiteral("backup"))) {
        const QFileInfo info(path);
        const QRegularExpressionMatch match = datedRe.match(info.fileName());
        if (!match.hasMatch())
            continue;
        const QString stem = match.captured(1);
        const QString pattern = stem + match.captured(2) + QStringLiteral("*") + match.captured(4);
        const QString key = info.path() + QLatin1Char('/') + pattern;
        QString date = match.captured(3);
        date.remove(QLatin1Char('-'));
        dates[key].append(QDate::fromString(date, QStringLiteral("yyyyMMdd")));
        if (targets.contains(key))
            continue;
        ServerProfile::BackupTarget target;
        // "backup_*.sql.gz" in …/db: the folder names it better than the file.
        target.name = stem.isEmpty() || genericStems.contains(stem.toLower())
                          ? QFileInfo(info.path()).fileName()
                          : stem;
        target.directory = info.path();
        target.pattern = pattern;
        // "backup_*.sql.gz" says nothing of its database: with one central database, it is
        // the one the application's dump script backs up.
        const bool sqlDump =
            pattern.contains(QLatin1String(".sql")) || pattern.contains(QLatin1String(".dump"));
        if (sqlDump && (stem.isEmpty() || genericStems.contains(stem.toLower())) &&
            !profile.centralDatabase.isEmpty()) {
            target.database = profile.centralDatabase;
            note(ProfileDetector::tr("%1 in %2 taken for dumps of %3: check the backup script.")
                     .arg(pattern, target.directory, target.database));
        }
        targets.insert(key, target);
    }
    // Weekly archives (uploads) are not daily dumps: the usual gap between two files sets how
    // often one is expected and how old the latest may be.
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        QList<QDate> days = dates.value(it.key());
        std::sort(days.begin(), days.end());
        QList<qint64> gaps;
        for (qsizetype i = 1; i < days.size(); ++i) {
            if (days.at(i - 1).isValid() && days.at(i).isValid())
                gaps.append(days.at(i - 1).daysTo(days.at(i)));
        }
        if (gaps.size() < 2)
            continue;
        std::sort(gaps.begin(), gaps.end());
        const qint64 usual = gaps.at(gaps.size() / 2);
        if (usual >= 2 && usual <= 31) {
            it->intervalDays = int(usual);
            it->maxAgeHours = int(usual + 1) * 24;
            it->retentionDays = std::max(it->retentionDays, int(usual) * 8);
        }
    }
    profile.backups = targets.values();
}

} // namespace

QByteArray ProfileDetector::script()
{
    QFile file(QStringLiteral(":/probe/detect.sh"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ServerProfile ProfileDetector::fromFacts(const QByteArray& output, QStringList* notes)
{
    const Facts facts = parseFacts(output);
    const Note note = [notes](const QString& text) {
        if (notes)
            notes->append(text);
    };

    ServerProfile profile;
    profile.id = QStringLiteral("custom");
    profile.name = tr("Detected");
    profile.systemdUnits = unique(facts.value(QStringLiteral("unit")));
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
    detectCompose(facts, profile, note);
    detectWeb(facts, profile);
    if (profile.certificatePaths.isEmpty())
        note(tr("No certificate found (no /etc/letsencrypt/live, none in nginx): set where the "
                "certificates are."));
    detectTenants(facts, profile, note);
    detectBackups(facts, profile, note);

    const QStringList scripts = facts.value(QStringLiteral("script"));
    if (!scripts.isEmpty())
        profile.scriptsDirectory = QFileInfo(scripts.first()).path();
    for (const QString& script : scripts) {
        const QString name = QFileInfo(script).fileName();
        if (profile.backupCommand.isEmpty() && name.contains(QLatin1String("backup")) &&
            !name.contains(QLatin1String("upload")))
            profile.backupCommand = script;
    }
    for (const QString& log : facts.value(QStringLiteral("log"))) {
        profile.logs.append({QFileInfo(log).completeBaseName(), log});
        if (profile.backupLog.isEmpty() && log.contains(QLatin1String("backup")) &&
            !log.contains(QLatin1String("upload")))
            profile.backupLog = log;
    }
    return profile;
}

} // namespace vigie
