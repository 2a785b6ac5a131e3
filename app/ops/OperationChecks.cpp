#include "OperationChecks.h"

#include "NameRules.h"
#include "PostgresCommands.h"
#include "ProvisionPlanner.h"
#include "RestorePlanner.h"
#include "core/ShellQuote.h"
#include "fleet/ServiceCommands.h"
#include "probe/ProbeText.h"
#include "probe/Snapshot.h"

#include <QLocale>

#include <algorithm>

namespace vigie {

namespace PG = PostgresCommands;

namespace {

CheckItem item(const QString& id, CheckItem::Status status, const QString& text)
{
    return CheckItem{id, status, text};
}

QList<QStringList> records(const QByteArray& output)
{
    QList<QStringList> lines;
    for (const QByteArray& line : output.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QString::fromUtf8(line).split(QLatin1Char('\t')));
    }
    return lines;
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

CheckItem spaceItem(const QString& id, qint64 freeBytes, qint64 neededBytes, const QString& where)
{
    using S = CheckItem::Status;
    if (freeBytes < 0)
        return item(id, S::Warning, OperationChecks::tr("Free space in %1 is unknown.").arg(where));
    const QString text = OperationChecks::tr("%1 free in %2.").arg(bytesText(freeBytes), where);
    if (freeBytes < std::max(OperationChecks::failBytes, neededBytes))
        return item(id, S::Failed, text);
    if (freeBytes < OperationChecks::warnBytes + neededBytes)
        return item(id, S::Warning, text);
    return item(id, S::Passed, text);
}

} // namespace

bool allowsToProceed(const QList<CheckItem>& items)
{
    return std::none_of(items.cbegin(), items.cend(),
                        [](const CheckItem& i) { return i.status == CheckItem::Status::Failed; });
}

QString OperationChecks::provisionCommand(const ServerProfile& profile, const QString& subdomain)
{
    if (!NameRules::validateSubdomain(subdomain).isEmpty() ||
        !NameRules::validateDatabaseName(profile.centralDatabase).isEmpty() ||
        PG::tenantSubquery(profile).isEmpty())
        return {};
    const QString tenants =
        QStringLiteral("SELECT 'tenant', t.subdomain FROM (%1) AS t(id, name, subdomain, "
                       "provisioned) WHERE t.subdomain IS NOT NULL;")
            .arg(PG::tenantSubquery(profile));
    QStringList lines{QStringLiteral("LC_ALL=C; export LC_ALL"),
                      QStringLiteral("{ %1 || echo tenants-error; } 2>/dev/null")
                          .arg(PG::script(profile, profile.centralDatabase, tenants, {},
                                          QStringLiteral("-F '\t'"))),
                      QStringLiteral("printf 'resolve\\t%s\\n' \"$(getent hosts %1 2>/dev/null | "
                                     "awk 'NR == 1 { print $1 }')\"")
                          .arg(shellQuote(ProvisionPlanner::hostName(profile, subdomain)))};
    for (const QString& path : profile.certificatePaths) {
        if (!ServiceCommands::isValidRemotePath(path))
            continue;
        lines.append(
            QStringLiteral(
                "[ -r %1 ] && [ -x %1 ] || echo certs-unreadable\n"
                "for f in %1/*/cert.pem; do\n"
                "  [ -r \"$f\" ] || continue\n"
                "  if openssl x509 -in \"$f\" -noout -checkend 0 >/dev/null 2>&1; then v=valid; "
                "else v=expired; fi\n"
                "  san=$(openssl x509 -in \"$f\" -noout -text 2>/dev/null | "
                "grep -o 'DNS:[^, ]*' | tr '\\n' ' ')\n"
                "  printf 'cert\\t%s\\t%s\\t%s\\n' \"$v\" \"$f\" \"$san\"\n"
                "done")
                .arg(shellQuote(path)));
    }
    lines.append(QStringLiteral("d=$(%1 -d postgres -c 'SHOW data_directory' 2>/dev/null) || d=\n"
                                "[ -n \"$d\" ] || d=/\n"
                                "df -Pk \"$d\" 2>/dev/null | awk 'NR == 2 { print \"disk\\t\" "
                                "$4 \"\\t\" $6 }'")
                     .arg(PG::psql(profile)));
    return lines.join(QLatin1Char('\n'));
}

QList<CheckItem> OperationChecks::parseProvision(const QByteArray& output,
                                                 const ServerProfile& profile,
                                                 const QString& subdomain)
{
    using S = CheckItem::Status;
    const QString host = ProvisionPlanner::hostName(profile, subdomain);
    QStringList existing;
    bool tenantsRead = true, certsReadable = true, diskSeen = false;
    QString address, diskWhere;
    qint64 diskFree = -1;
    QList<CertificateInfo> certificates;
    QStringList expiredCovering;
    for (const QStringList& f : records(output)) {
        const QString& key = f.first();
        if (key == QLatin1String("tenant") && f.size() >= 2)
            existing.append(f.at(1));
        else if (key == QLatin1String("tenants-error"))
            tenantsRead = false;
        else if (key == QLatin1String("resolve") && f.size() >= 2)
            address = f.at(1).trimmed();
        else if (key == QLatin1String("certs-unreadable"))
            certsReadable = false;
        else if (key == QLatin1String("cert") && f.size() >= 4) {
            CertificateInfo cert;
            cert.path = f.at(2);
            for (const QString& san : f.at(3).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                cert.dnsNames.append(san.mid(4)); // "DNS:"
            if (f.at(1) == QLatin1String("valid"))
                certificates.append(cert);
            else if (cert.covers(host))
                expiredCovering.append(cert.path);
        } else if (key == QLatin1String("disk") && f.size() >= 3) {
            diskSeen = true;
            diskFree = ProbeText::kibToBytes(f.at(1).toLongLong());
            diskWhere = f.at(2);
        }
    }

    QList<CheckItem> items;
    if (!tenantsRead) {
        items.append(item(QStringLiteral("subdomain-free"), S::Failed,
                          tr("Could not read the tenants of %1.").arg(profile.centralDatabase)));
    } else {
        const QString clash = NameRules::findCollision(subdomain, existing);
        items.append(
            clash.isEmpty()
                ? item(QStringLiteral("subdomain-free"), S::Passed,
                       tr("No tenant uses %1.").arg(subdomain))
                : item(QStringLiteral("subdomain-free"), S::Failed,
                       tr("The tenant subdomain %1 is already taken (%2).").arg(subdomain, clash)));
    }
    if (!address.isEmpty())
        items.append(item(QStringLiteral("dns"), S::Passed,
                          tr("%1 resolves to %2 on the server.").arg(host, address)));
    else
        // With a fixed address for the health check, a missing record is not blocking yet.
        items.append(item(QStringLiteral("dns"),
                          profile.tenantHealthResolve.isEmpty() ? S::Failed : S::Warning,
                          tr("%1 does not resolve on the server.").arg(host)));
    const auto covering = std::find_if(certificates.cbegin(), certificates.cend(),
                                       [&](const CertificateInfo& c) { return c.covers(host); });
    if (covering != certificates.cend())
        items.append(item(QStringLiteral("certificate"), S::Passed,
                          tr("%1 covers %2.").arg(covering->path, host)));
    else if (!expiredCovering.isEmpty())
        items.append(item(QStringLiteral("certificate"), S::Failed,
                          tr("The certificate covering %1 has expired (%2).")
                              .arg(host, expiredCovering.first())));
    else
        items.append(item(QStringLiteral("certificate"), certsReadable ? S::Failed : S::Warning,
                          certsReadable ? tr("No certificate covers %1.").arg(host)
                                        : tr("The certificates could not be read; whether one "
                                             "covers %1 is unknown.")
                                              .arg(host)));
    items.append(spaceItem(QStringLiteral("disk"), diskSeen ? diskFree : -1, 0,
                           diskWhere.isEmpty() ? tr("the database's file system") : diskWhere));
    return items;
}

QString OperationChecks::restoreCommand(const ServerProfile& profile, const QString& database)
{
    if (!NameRules::validateDatabaseName(database).isEmpty())
        return {};
    const QString sql = QStringLiteral(
        "SELECT 'database', pg_database_size(d.datname), (SELECT count(*) FROM "
        "pg_stat_activity a WHERE a.datname = d.datname) FROM pg_database d WHERE d.datname = "
        ":'db';");
    QStringList lines{
        QStringLiteral("{ %1 || echo database-error; } 2>/dev/null")
            .arg(PG::script(profile, QStringLiteral("postgres"), sql,
                            {{QStringLiteral("db"), database}}, QStringLiteral("-F '\t'")))};
    if (ServiceCommands::isValidRemotePath(profile.safetyDumpDirectory)) {
        lines.append(QStringLiteral("dir=%1\n"
                                    "while [ ! -d \"$dir\" ]; do dir=$(dirname -- \"$dir\"); done\n"
                                    "df -Pk \"$dir\" 2>/dev/null | awk 'NR == 2 { print "
                                    "\"safety\\t\" $4 }'\n"
                                    "find %1 -maxdepth 1 -type f -name %2 -printf "
                                    "'safety-dump\\t%s\\t%T@\\t%p\\n' 2>/dev/null || true")
                         .arg(shellQuote(profile.safetyDumpDirectory),
                              shellQuote(database + QStringLiteral("-before-*"))));
    }
    for (const ServerProfile::BackupTarget& target : profile.backups) {
        if (target.databaseName() != database ||
            !ServiceCommands::isValidRemotePath(target.directory) || target.pattern.isEmpty() ||
            target.pattern.contains(QLatin1Char('/')))
            continue;
        lines.append(QStringLiteral("find %1 -maxdepth 1 -type f -name %2 -printf "
                                    "'backup\\t%s\\t%T@\\t%p\\n' 2>/dev/null || true")
                         .arg(shellQuote(target.directory), shellQuote(target.pattern)));
    }
    return lines.join(QLatin1Char('\n'));
}

OperationChecks::RestoreFacts OperationChecks::parseRestore(const QByteArray& output,
                                                            const ServerProfile& profile,
                                                            const QString& database)
{
    using S = CheckItem::Status;
    RestoreFacts facts;
    bool databaseRead = true;
    for (const QStringList& f : records(output)) {
        const QString& key = f.first();
        if (key == QLatin1String("database") && f.size() >= 3) {
            facts.databaseExists = true;
            facts.databaseSizeBytes = f.at(1).toLongLong();
            facts.connections = f.at(2).toInt();
        } else if (key == QLatin1String("database-error")) {
            databaseRead = false;
        } else if (key == QLatin1String("safety") && f.size() >= 2) {
            facts.safetyFreeBytes = ProbeText::kibToBytes(f.at(1).toLongLong());
        } else if ((key == QLatin1String("backup") || key == QLatin1String("safety-dump")) &&
                   f.size() >= 4) {
            bool numeric = false;
            const std::optional<QDateTime> modified =
                ProbeText::epochSeconds(f.at(2).toDouble(&numeric));
            if (!numeric || !modified)
                continue; // not a line the check script writes
            BackupFile file;
            file.sizeBytes = f.at(1).toLongLong();
            file.modified = *modified;
            file.path = f.mid(3).join(QLatin1Char('\t'));
            file.safetyDump = key == QLatin1String("safety-dump");
            facts.backups.append(file);
        }
    }
    std::sort(facts.backups.begin(), facts.backups.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.modified > b.modified; });

    if (!databaseRead)
        facts.items.append(item(QStringLiteral("database"), S::Failed,
                                tr("Could not query PostgreSQL about %1.").arg(database)));
    else if (!facts.databaseExists)
        facts.items.append(item(QStringLiteral("database"), S::Warning,
                                tr("%1 does not exist (only a restore to a copy or a new "
                                   "database makes sense).")
                                    .arg(database)));
    else
        facts.items.append(item(QStringLiteral("database"), S::Passed,
                                tr("%1: %2, %n open connection(s).", nullptr, facts.connections)
                                    .arg(database, bytesText(facts.databaseSizeBytes))));
    facts.items.append(spaceItem(QStringLiteral("safety-space"), facts.safetyFreeBytes,
                                 facts.databaseSizeBytes, profile.safetyDumpDirectory));
    facts.items.append(
        facts.backups.isEmpty()
            ? item(QStringLiteral("backups"), S::Failed, tr("No backup of %1 found.").arg(database))
            : item(QStringLiteral("backups"), S::Passed,
                   tr("%n backup(s) found.", nullptr, int(facts.backups.size()))));
    return facts;
}

QString OperationChecks::verifyCommand(const ServerProfile& profile, const QString& backupFile)
{
    if (!ServiceCommands::isValidRemotePath(backupFile))
        return {};
    return RestorePlanner::verifyCommand(profile, backupFile);
}

CheckItem OperationChecks::parseVerify(const QByteArray& output, int exitCode,
                                       const QByteArray& errors)
{
    using S = CheckItem::Status;
    for (const QStringList& f : records(output)) {
        if (exitCode != 0 || f.size() < 3 || f.at(0) != QLatin1String("vigie-verify") ||
            f.at(1) != QLatin1String("ok"))
            continue;
        const int count = f.at(2).toInt();
        const QString kind = f.value(3);
        if (kind == QLatin1String("sql"))
            return item(
                QStringLiteral("backup-verified"), S::Passed,
                tr("A whole SQL script from pg_dump, creating %n table(s).", nullptr, count));
        if (kind == QLatin1String("tar"))
            return item(QStringLiteral("backup-verified"), S::Passed,
                        tr("A whole tar.gz archive of %n file(s).", nullptr, count));
        return item(QStringLiteral("backup-verified"), S::Passed,
                    tr("The backup decrypts and lists %n entries.", nullptr, count));
    }
    const QString reason = QString::fromUtf8(errors).trimmed().section(QLatin1Char('\n'), -1);
    return item(QStringLiteral("backup-verified"), S::Failed,
                reason.isEmpty() ? tr("The backup could not be verified (exit %1).").arg(exitCode)
                                 : reason);
}

} // namespace vigie
