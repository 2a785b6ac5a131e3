#include "ServerProfile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vigie {

namespace {

QJsonArray toArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& item : list)
        array.append(item);
    return array;
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list.append(item.toString());
    return list;
}

QString text(const QJsonObject& json, const char* key, const QString& fallback = {})
{
    return json.value(QLatin1String(key)).toString(fallback);
}

QJsonObject healthToJson(const ServerProfile::HealthUrl& url)
{
    return QJsonObject{{QStringLiteral("name"), url.name},
                       {QStringLiteral("url"), url.url},
                       {QStringLiteral("resolve"), url.resolve},
                       {QStringLiteral("insecure"), url.insecure}};
}

ServerProfile::HealthUrl healthFromJson(const QJsonObject& url)
{
    return {text(url, "name"), text(url, "url"), text(url, "resolve"),
            url.value(QLatin1String("insecure")).toBool()};
}

QJsonObject mailToJson(const ServerProfile::Mail& mail)
{
    QJsonArray units;
    for (const ServerProfile::Mail::Unit& unit : mail.units) {
        units.append(QJsonObject{{QStringLiteral("name"), unit.name},
                                 {QStringLiteral("pidFile"), unit.pidFile}});
    }
    QJsonArray dkim;
    for (const ServerProfile::Mail::Dkim& key : mail.dkim) {
        dkim.append(QJsonObject{{QStringLiteral("selector"), key.selector},
                                {QStringLiteral("domain"), key.domain},
                                {QStringLiteral("keyFile"), key.keyFile}});
    }
    QJsonArray tls;
    for (const ServerProfile::Mail::TlsEndpoint& endpoint : mail.tls) {
        tls.append(QJsonObject{{QStringLiteral("name"), endpoint.name},
                               {QStringLiteral("address"), endpoint.address},
                               {QStringLiteral("mode"), endpoint.mode},
                               {QStringLiteral("serverName"), endpoint.serverName},
                               {QStringLiteral("certificateFile"), endpoint.certificateFile}});
    }
    return QJsonObject{
        {QStringLiteral("postfixConfigDirectories"), toArray(mail.postfixConfigDirectories)},
        {QStringLiteral("deferredWarning"), mail.deferredWarning},
        {QStringLiteral("deferredCritical"), mail.deferredCritical},
        {QStringLiteral("units"), units},
        {QStringLiteral("dkim"), dkim},
        {QStringLiteral("dnsServer"), mail.dnsServer},
        {QStringLiteral("dnsPort"), mail.dnsPort},
        {QStringLiteral("tls"), tls}};
}

ServerProfile::Mail mailFromJson(const QJsonObject& json)
{
    ServerProfile::Mail mail;
    mail.postfixConfigDirectories =
        toStringList(json.value(QLatin1String("postfixConfigDirectories")));
    mail.deferredWarning = json.value(QLatin1String("deferredWarning")).toInt(mail.deferredWarning);
    mail.deferredCritical =
        json.value(QLatin1String("deferredCritical")).toInt(mail.deferredCritical);
    for (const QJsonValue& value : json.value(QLatin1String("units")).toArray()) {
        const QJsonObject unit = value.toObject();
        mail.units.append({text(unit, "name"), text(unit, "pidFile")});
    }
    for (const QJsonValue& value : json.value(QLatin1String("dkim")).toArray()) {
        const QJsonObject key = value.toObject();
        mail.dkim.append({text(key, "selector"), text(key, "domain"), text(key, "keyFile")});
    }
    mail.dnsServer = text(json, "dnsServer");
    mail.dnsPort = json.value(QLatin1String("dnsPort")).toInt(0);
    for (const QJsonValue& value : json.value(QLatin1String("tls")).toArray()) {
        const QJsonObject endpoint = value.toObject();
        mail.tls.append({text(endpoint, "name"), text(endpoint, "address"), text(endpoint, "mode"),
                         text(endpoint, "serverName"), text(endpoint, "certificateFile")});
    }
    return mail;
}

} // namespace

QJsonObject ServerProfile::toJson() const
{
    QJsonArray health;
    for (const HealthUrl& url : healthUrls)
        health.append(healthToJson(url));
    QJsonArray targets;
    for (const BackupTarget& target : backups) {
        QJsonObject object{{QStringLiteral("name"), target.name},
                           {QStringLiteral("directory"), target.directory},
                           {QStringLiteral("pattern"), target.pattern},
                           {QStringLiteral("maxAgeHours"), target.maxAgeHours},
                           {QStringLiteral("retentionDays"), target.retentionDays}};
        if (target.intervalDays != 1)
            object.insert(QStringLiteral("intervalDays"), target.intervalDays);
        if (!target.database.isEmpty())
            object.insert(QStringLiteral("database"), target.database);
        targets.append(object);
    }
    QJsonArray logSources;
    for (const LogSource& log : logs) {
        logSources.append(
            QJsonObject{{QStringLiteral("name"), log.name}, {QStringLiteral("path"), log.path}});
    }
    QJsonArray apps;
    for (const DeployApp& app : deployApps) {
        apps.append(QJsonObject{
            {QStringLiteral("name"), app.name},
            {QStringLiteral("path"), app.path},
            {QStringLiteral("remote"), app.remote},
            {QStringLiteral("branch"), app.branch},
            {QStringLiteral("pm2Names"), toArray(app.pm2Names)},
            {QStringLiteral("composeProject"), app.composeProject},
            {QStringLiteral("installCommand"), app.installCommand},
            {QStringLiteral("buildCommand"), app.buildCommand},
            {QStringLiteral("migrateCommand"), app.migrateCommand},
            {QStringLiteral("migrationsPath"), app.migrationsPath},
            {QStringLiteral("database"), app.database},
            {QStringLiteral("health"), healthToJson(app.health)},
        });
    }
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("services"),
         QJsonObject{{QStringLiteral("systemdUnits"), toArray(systemdUnits)},
                     {QStringLiteral("pm2"), pm2},
                     {QStringLiteral("pm2Command"), pm2Command},
                     {QStringLiteral("pm2Home"), pm2Home},
                     {QStringLiteral("composeProjects"), toArray(composeProjects)},
                     {QStringLiteral("healthUrls"), health}}},
        {QStringLiteral("certificates"),
         QJsonObject{{QStringLiteral("paths"), toArray(certificatePaths)},
                     {QStringLiteral("warningDays"), certificateWarningDays},
                     {QStringLiteral("criticalDays"), certificateCriticalDays},
                     {QStringLiteral("checkAddress"), certificateCheckAddress}}},
        {QStringLiteral("backups"),
         QJsonObject{{QStringLiteral("targets"), targets},
                     {QStringLiteral("log"), backupLog},
                     {QStringLiteral("command"), backupCommand},
                     {QStringLiteral("passphraseFile"), backupPassphraseFile}}},
        {QStringLiteral("tenants"),
         QJsonObject{{QStringLiteral("psqlCommand"), psqlCommand},
                     {QStringLiteral("centralDatabase"), centralDatabase},
                     {QStringLiteral("databasePrefix"), tenantDatabasePrefix},
                     {QStringLiteral("query"), tenantQuery},
                     {QStringLiteral("domain"), tenantDomain},
                     {QStringLiteral("healthPath"), tenantHealthPath},
                     {QStringLiteral("healthResolve"), tenantHealthResolve}}},
        {QStringLiteral("logs"), logSources},
        {QStringLiteral("scriptsDirectory"), scriptsDirectory},
        {QStringLiteral("operations"),
         QJsonObject{{QStringLiteral("deployApps"), apps},
                     {QStringLiteral("runsDirectory"), runsDirectory},
                     {QStringLiteral("safetyDumpDirectory"), safetyDumpDirectory},
                     {QStringLiteral("provisionScript"), provisionScript},
                     {QStringLiteral("subdomainScript"), subdomainScript},
                     {QStringLiteral("tenantDatabaseOwner"), tenantDatabaseOwner},
                     {QStringLiteral("tenantMigrationsPsqlCommand"), tenantMigrationsPsqlCommand},
                     {QStringLiteral("tenantMigrationsDirectory"), tenantMigrationsDirectory},
                     {QStringLiteral("tenantRegisterSql"), tenantRegisterSql},
                     {QStringLiteral("restoreScript"), restoreScript},
                     {QStringLiteral("sharedDatabaseApps"), toArray(sharedDatabaseApps)}}},
    };
    // Only a mail server's profile says anything about mail (absent: not watched).
    if (mail.isConfigured())
        json.insert(QStringLiteral("mail"), mailToJson(mail));
    return json;
}

ServerProfile ServerProfile::fromJson(const QJsonObject& json, QString* error)
{
    ServerProfile profile;
    profile.id = text(json, "id");
    profile.name = text(json, "name", profile.id);
    if (profile.id.isEmpty() && error)
        *error = QCoreApplication::translate("ServerProfile", "The profile has no id.");

    const QJsonObject services = json.value(QLatin1String("services")).toObject();
    profile.systemdUnits = toStringList(services.value(QLatin1String("systemdUnits")));
    profile.pm2 = services.value(QLatin1String("pm2")).toBool();
    profile.pm2Command = text(services, "pm2Command", profile.pm2Command);
    profile.pm2Home = text(services, "pm2Home");
    profile.composeProjects = toStringList(services.value(QLatin1String("composeProjects")));
    const QJsonArray health = services.value(QLatin1String("healthUrls")).toArray();
    for (const QJsonValue& value : health)
        profile.healthUrls.append(healthFromJson(value.toObject()));

    const QJsonObject certificates = json.value(QLatin1String("certificates")).toObject();
    if (certificates.contains(QLatin1String("paths")))
        profile.certificatePaths = toStringList(certificates.value(QLatin1String("paths")));
    profile.certificateWarningDays =
        certificates.value(QLatin1String("warningDays")).toInt(profile.certificateWarningDays);
    profile.certificateCriticalDays =
        certificates.value(QLatin1String("criticalDays")).toInt(profile.certificateCriticalDays);
    profile.certificateCheckAddress = text(certificates, "checkAddress");

    const QJsonObject backups = json.value(QLatin1String("backups")).toObject();
    const QJsonArray targets = backups.value(QLatin1String("targets")).toArray();
    for (const QJsonValue& value : targets) {
        const QJsonObject target = value.toObject();
        BackupTarget backup;
        backup.name = text(target, "name");
        backup.directory = text(target, "directory");
        backup.pattern = text(target, "pattern", QStringLiteral("*"));
        backup.maxAgeHours = target.value(QLatin1String("maxAgeHours")).toInt(backup.maxAgeHours);
        backup.retentionDays =
            target.value(QLatin1String("retentionDays")).toInt(backup.retentionDays);
        backup.database = text(target, "database");
        backup.intervalDays = qBound(1, target.value(QLatin1String("intervalDays")).toInt(1), 366);
        profile.backups.append(backup);
    }
    profile.backupLog = text(backups, "log");
    profile.backupCommand = text(backups, "command");
    profile.backupPassphraseFile = text(backups, "passphraseFile");

    const QJsonObject tenants = json.value(QLatin1String("tenants")).toObject();
    profile.psqlCommand = text(tenants, "psqlCommand", profile.psqlCommand);
    profile.centralDatabase = text(tenants, "centralDatabase");
    profile.tenantDatabasePrefix = text(tenants, "databasePrefix");
    profile.tenantQuery = text(tenants, "query");
    profile.tenantDomain = text(tenants, "domain");
    profile.tenantHealthPath = text(tenants, "healthPath", profile.tenantHealthPath);
    profile.tenantHealthResolve = text(tenants, "healthResolve");

    const QJsonArray logs = json.value(QLatin1String("logs")).toArray();
    for (const QJsonValue& value : logs) {
        const QJsonObject log = value.toObject();
        profile.logs.append({text(log, "name"), text(log, "path")});
    }
    profile.mail = mailFromJson(json.value(QLatin1String("mail")).toObject());
    profile.scriptsDirectory = text(json, "scriptsDirectory", profile.scriptsDirectory);

    const QJsonObject operations = json.value(QLatin1String("operations")).toObject();
    const QJsonArray apps = operations.value(QLatin1String("deployApps")).toArray();
    for (const QJsonValue& value : apps) {
        const QJsonObject object = value.toObject();
        DeployApp app;
        app.name = text(object, "name");
        app.path = text(object, "path");
        app.remote = text(object, "remote", app.remote);
        app.branch = text(object, "branch", app.branch);
        app.pm2Names = toStringList(object.value(QLatin1String("pm2Names")));
        app.composeProject = text(object, "composeProject");
        app.installCommand = text(object, "installCommand", app.installCommand);
        app.buildCommand = text(object, "buildCommand");
        app.migrateCommand = text(object, "migrateCommand");
        app.migrationsPath = text(object, "migrationsPath", app.migrationsPath);
        app.database = text(object, "database");
        app.health = healthFromJson(object.value(QLatin1String("health")).toObject());
        profile.deployApps.append(app);
    }
    profile.runsDirectory = text(operations, "runsDirectory");
    profile.safetyDumpDirectory =
        text(operations, "safetyDumpDirectory", profile.safetyDumpDirectory);
    profile.provisionScript = text(operations, "provisionScript");
    profile.subdomainScript = text(operations, "subdomainScript");
    profile.tenantDatabaseOwner = text(operations, "tenantDatabaseOwner");
    profile.tenantMigrationsPsqlCommand = text(operations, "tenantMigrationsPsqlCommand");
    profile.tenantMigrationsDirectory = text(operations, "tenantMigrationsDirectory");
    profile.tenantRegisterSql = text(operations, "tenantRegisterSql");
    profile.restoreScript = text(operations, "restoreScript");
    profile.sharedDatabaseApps =
        toStringList(operations.value(QLatin1String("sharedDatabaseApps")));
    return profile;
}

} // namespace vigie
