#include "ProbeScript.h"

#include "core/ShellQuote.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace vigie {

namespace {

const QChar UnitSeparator(0x1f); // between the fields of one list entry (see probe.sh)

bool hasControl(const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return true;
    }
    return false;
}

bool matches(const QString& text, const QString& pattern)
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.match(text).hasMatch();
}

} // namespace

ProbeScript::ProbeScript(const ServerProfile& profile, const QByteArray& nonce,
                         const ProbeOptions& options)
    : m_nonce(nonce)
{
    if (isValidNonce(nonce))
        build(profile, options);
}

const QStringList& ProbeScript::sectionNames()
{
    static const QStringList names = {
        QStringLiteral("meta"),      QStringLiteral("vitals"),   QStringLiteral("systemd"),
        QStringLiteral("pm2"),       QStringLiteral("compose"),  QStringLiteral("health"),
        QStringLiteral("ufw"),       QStringLiteral("fail2ban"), QStringLiteral("certificates"),
        QStringLiteral("renewal"),   QStringLiteral("backups"),  QStringLiteral("backuplog"),
        QStringLiteral("databases"), QStringLiteral("tenants"),  QStringLiteral("mail")};
    return names;
}

const QStringList& ProbeScript::sectionFiles()
{
    static const QStringList files = {QStringLiteral("mail")};
    return files;
}

QByteArray ProbeScript::scriptBody()
{
    const auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QByteArray body = read(QStringLiteral(":/probe/probe.sh"));
    const QByteArray marker = "\n# @@VIGIE_SECTION_FILES@@\n";
    if (body.count(marker) != 1)
        return {};
    // The per-stack files go into the section library, a quoted here-document ended by a line
    // "VIGIE_LIB": a file holding that line would end it early.
    QByteArray sections = "\n";
    for (const QString& name : sectionFiles()) {
        const QByteArray part = read(QStringLiteral(":/probe/sections/%1.sh").arg(name));
        if (part.isEmpty() || part.startsWith("VIGIE_LIB\n") || part.contains("\nVIGIE_LIB\n"))
            return {};
        sections += part;
        if (!part.endsWith('\n'))
            sections += '\n';
    }
    return body.replace(marker, sections);
}

QByteArray ProbeScript::newNonce()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray nonce(24, '0');
    for (char& c : nonce)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))];
    return nonce;
}

bool ProbeScript::isValidNonce(const QByteArray& nonce)
{
    if (nonce.size() < 8 || nonce.size() > 64)
        return false;
    return std::all_of(nonce.cbegin(), nonce.cend(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    });
}

bool ProbeScript::isValidUnitName(const QString& name)
{
    return name.size() <= 256 && !name.startsWith(u'-') &&
           matches(name, QStringLiteral("[A-Za-z0-9@._:-]+"));
}

bool ProbeScript::isValidCommand(const QString& command)
{
    const QStringList words = command.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || command.size() > 1024)
        return false;
    return std::all_of(words.cbegin(), words.cend(), [](const QString& word) {
        return matches(word, QStringLiteral("[A-Za-z0-9@%+=:,./_-]+"));
    });
}

bool ProbeScript::isValidPath(const QString& path)
{
    return path.startsWith(u'/') && path.size() <= 4096 && !hasControl(path);
}

bool ProbeScript::isValidDnsName(const QString& name)
{
    // Lower-case LDH labels of 1..63 characters, 253 in all.
    return name.size() <= 253 &&
           matches(name, QStringLiteral("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*"
                                        "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"));
}

bool ProbeScript::isValidDatabaseName(const QString& name)
{
    return name.toUtf8().size() <= 63 && matches(name, QStringLiteral("[A-Za-z_][A-Za-z0-9_$-]*"));
}

void ProbeScript::add(const char* name, const QString& value)
{
    m_preamble += QByteArray(name) + '=' + shellQuote(value.toUtf8()) + '\n';
}

void ProbeScript::build(const ServerProfile& profile, const ProbeOptions& options)
{
    auto problem = [this](const QString& what, const QString& value) {
        m_problems.append(
            tr("Left out of the probe, not valid: %1 \u201c%2\u201d").arg(what, value));
    };

    m_preamble = "# Settings written by Vigie for this run.\n";
    m_preamble += "VIGIE_NONCE=" + shellQuote(m_nonce) + '\n';
    QStringList sections;
    for (const QString& section : options.sections.isEmpty() ? sectionNames() : options.sections) {
        if (sectionNames().contains(section))
            sections.append(section);
    }
    add("VIGIE_SECTIONS", sections.join(u' '));
    add("VIGIE_TIMEOUT", QString::number(qBound(1, options.sectionTimeoutSeconds, 600)));
    for (auto it = options.sectionTimeouts.cbegin(); it != options.sectionTimeouts.cend(); ++it) {
        if (sectionNames().contains(it.key())) {
            const QByteArray name = "VIGIE_TIMEOUT_" + it.key().toLatin1();
            add(name.constData(), QString::number(qBound(1, it.value(), 600)));
        }
    }
    add("VIGIE_LIMIT",
        QString::number(qBound(qint64(1024), options.sectionByteLimit, qint64(64) << 20)));
    add("VIGIE_HTTP_TIMEOUT", QString::number(qBound(1, options.httpTimeoutSeconds, 120)));

    QStringList units;
    for (const QString& unit : profile.systemdUnits) {
        if (isValidUnitName(unit))
            units.append(unit);
        else
            problem(tr("systemd unit"), unit);
    }
    add("VIGIE_UNITS", units.join(u'\n'));

    const bool pm2Command = isValidCommand(profile.pm2Command);
    if (profile.pm2 && !pm2Command)
        problem(tr("PM2 command"), profile.pm2Command);
    add("VIGIE_PM2", profile.pm2 && pm2Command ? QStringLiteral("1") : QStringLiteral("0"));
    add("VIGIE_PM2_CMD", pm2Command ? profile.pm2Command : QStringLiteral("pm2"));
    if (!profile.pm2Home.isEmpty() && !isValidPath(profile.pm2Home))
        problem(tr("PM2 home"), profile.pm2Home);
    else
        add("VIGIE_PM2_HOME", profile.pm2Home);

    QStringList projects;
    for (const QString& project : profile.composeProjects) {
        if (matches(project, QStringLiteral("[a-z0-9][a-z0-9_-]{0,63}")))
            projects.append(project);
        else
            problem(tr("compose project"), project);
    }
    add("VIGIE_COMPOSE_PROJECTS", projects.join(u'\n'));

    QStringList health;
    for (const ServerProfile::HealthUrl& url : profile.healthUrls) {
        const bool validUrl =
            matches(url.url, QStringLiteral("https?://[^\\s'\"\\\\]+")) && url.url.size() <= 2048;
        const bool validResolve =
            url.resolve.isEmpty() ||
            matches(url.resolve,
                    QStringLiteral("[A-Za-z0-9.*-]+:[0-9]{1,5}:[0-9A-Fa-f.:\\[\\],]+"));
        const bool validName =
            !url.name.isEmpty() && url.name.size() <= 128 && !hasControl(url.name);
        if (!validUrl || !validResolve || !validName) {
            problem(tr("health URL"), url.name + u' ' + url.url);
            continue;
        }
        health.append(url.name + UnitSeparator + url.url + UnitSeparator + url.resolve +
                      UnitSeparator + (url.insecure ? u'1' : u'0'));
    }
    add("VIGIE_HEALTH", health.join(u'\n'));

    QStringList certificates;
    for (const QString& path : profile.certificatePaths) {
        if (isValidPath(path))
            certificates.append(path);
        else
            problem(tr("certificate path"), path);
    }
    add("VIGIE_CERT_PATHS", certificates.join(u'\n'));
    QStringList cron;
    for (const QString& path : options.cronPaths) {
        if (isValidPath(path))
            cron.append(path);
        else
            problem(tr("cron path"), path);
    }
    add("VIGIE_CRON_PATHS", cron.join(u'\n'));

    QStringList backups;
    for (const ServerProfile::BackupTarget& target : profile.backups) {
        QString directory = target.directory;
        while (directory.size() > 1 && directory.endsWith(u'/'))
            directory.chop(1);
        const QString pattern = target.pattern.isEmpty() ? QStringLiteral("*") : target.pattern;
        if (!isValidPath(directory) || hasControl(pattern) || pattern.contains(u'/') ||
            target.name.isEmpty() || hasControl(target.name)) {
            problem(tr("backup target"), target.name + u' ' + target.directory);
            continue;
        }
        backups.append(target.name + UnitSeparator + directory + UnitSeparator + pattern);
    }
    add("VIGIE_BACKUPS", backups.join(u'\n'));
    if (!profile.backupLog.isEmpty() && !isValidPath(profile.backupLog))
        problem(tr("backup log"), profile.backupLog);
    else
        add("VIGIE_BACKUP_LOG", profile.backupLog);

    const bool psql = isValidCommand(profile.psqlCommand);
    if (!psql)
        problem(tr("psql command"), profile.psqlCommand);
    add("VIGIE_PSQL", psql ? profile.psqlCommand : QStringLiteral("psql"));
    const bool central =
        profile.centralDatabase.isEmpty() || isValidDatabaseName(profile.centralDatabase);
    if (!central)
        problem(tr("central database"), profile.centralDatabase);
    const bool prefix = profile.tenantDatabasePrefix.isEmpty() ||
                        matches(profile.tenantDatabasePrefix, QStringLiteral("[A-Za-z0-9_]{1,30}"));
    if (!prefix)
        problem(tr("tenant database prefix"), profile.tenantDatabasePrefix);
    add("VIGIE_CENTRAL_DB", psql && central ? profile.centralDatabase : QString());
    add("VIGIE_TENANT_PREFIX", psql && prefix ? profile.tenantDatabasePrefix : QString());
    const bool query = !profile.tenantQuery.contains(QChar(0)) &&
                       !profile.tenantQuery.contains(UnitSeparator) &&
                       profile.tenantQuery.size() <= 16384;
    if (!query)
        problem(tr("tenant query"), profile.tenantQuery.left(40));
    add("VIGIE_TENANT_QUERY", psql && central && query ? profile.tenantQuery : QString());
    if (!profile.tenantDomain.isEmpty() && !isValidDnsName(profile.tenantDomain))
        problem(tr("tenant domain"), profile.tenantDomain);
    else
        add("VIGIE_TENANT_DOMAIN", profile.tenantDomain);
    if (!matches(profile.tenantHealthPath, QStringLiteral("/[^\\s'\"\\\\]*")))
        problem(tr("tenant health path"), profile.tenantHealthPath);
    else
        add("VIGIE_TENANT_HEALTH_PATH", profile.tenantHealthPath);
    if (!profile.tenantHealthResolve.isEmpty() &&
        !matches(profile.tenantHealthResolve, QStringLiteral("[0-9A-Fa-f.:\\[\\]]+:[0-9]{1,5}")))
        problem(tr("tenant resolve address"), profile.tenantHealthResolve);
    else
        add("VIGIE_TENANT_RESOLVE", profile.tenantHealthResolve);
    buildMail(profile.mail);
}

void ProbeScript::buildMail(const ServerProfile::Mail& mail)
{
    auto problem = [this](const QString& what, const QString& value) {
        m_problems.append(
            tr("Left out of the probe, not valid: %1 \u201c%2\u201d").arg(what, value));
    };
    QStringList postfix;
    for (const QString& directory : mail.postfixConfigDirectories) {
        if (isValidPath(directory))
            postfix.append(directory);
        else
            problem(tr("postfix configuration directory"), directory);
    }
    add("VIGIE_MAIL_POSTFIX", postfix.join(u'\n'));

    QStringList units;
    for (const ServerProfile::Mail::Unit& unit : mail.units) {
        if (!isValidUnitName(unit.name) || (!unit.pidFile.isEmpty() && !isValidPath(unit.pidFile)))
            problem(tr("mail service"), unit.name + u' ' + unit.pidFile);
        else
            units.append(unit.name + UnitSeparator + unit.pidFile);
    }
    add("VIGIE_MAIL_UNITS", units.join(u'\n'));

    QStringList dkim;
    for (const ServerProfile::Mail::Dkim& key : mail.dkim) {
        if (!isValidDnsName(key.selector) || !isValidDnsName(key.domain) ||
            !isValidPath(key.keyFile))
            problem(tr("DKIM key"), key.selector + u' ' + key.domain + u' ' + key.keyFile);
        else
            dkim.append(key.selector + UnitSeparator + key.domain + UnitSeparator + key.keyFile);
    }
    add("VIGIE_MAIL_DKIM", dkim.join(u'\n'));
    const bool dnsServer =
        mail.dnsServer.isEmpty() || matches(mail.dnsServer, QStringLiteral("[0-9A-Fa-f.:]{2,45}"));
    const bool dnsPort = mail.dnsPort >= 0 && mail.dnsPort <= 65535;
    if (!dnsServer || !dnsPort)
        problem(tr("DNS server"), mail.dnsServer + u':' + QString::number(mail.dnsPort));
    add("VIGIE_MAIL_DNS", dnsServer && dnsPort ? mail.dnsServer : QString());
    add("VIGIE_MAIL_DNS_PORT",
        dnsServer && dnsPort && mail.dnsPort > 0 ? QString::number(mail.dnsPort) : QString());

    static const QStringList modes = {QStringLiteral("implicit"), QStringLiteral("smtp-starttls"),
                                      QStringLiteral("imap-starttls")};
    QStringList tls;
    for (const ServerProfile::Mail::TlsEndpoint& endpoint : mail.tls) {
        const bool valid =
            matches(endpoint.name, QStringLiteral("[A-Za-z0-9_.-]{1,32}")) &&
            matches(
                endpoint.address,
                QStringLiteral("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]):[0-9]{1,5}")) &&
            modes.contains(endpoint.mode) &&
            (endpoint.serverName.isEmpty() || isValidDnsName(endpoint.serverName)) &&
            isValidPath(endpoint.certificateFile);
        if (!valid) {
            problem(tr("TLS listener"), endpoint.name + u' ' + endpoint.address);
            continue;
        }
        tls.append(endpoint.name + UnitSeparator + endpoint.address + UnitSeparator +
                   endpoint.mode + UnitSeparator + endpoint.serverName + UnitSeparator +
                   endpoint.certificateFile);
    }
    add("VIGIE_MAIL_TLS", tls.join(u'\n'));
}

QByteArray ProbeScript::preamble() const
{
    return m_preamble;
}

QByteArray ProbeScript::text() const
{
    if (m_preamble.isEmpty())
        return {};
    const QByteArray body = scriptBody();
    if (body.isEmpty())
        return {};
    return m_preamble + body;
}

} // namespace vigie
