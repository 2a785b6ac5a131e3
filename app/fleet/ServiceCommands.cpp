#include "ServiceCommands.h"

#include "core/ShellQuote.h"

#include <QRegularExpression>

#include <algorithm>

namespace vigie {

bool ServiceCommands::isValidUnitName(const QString& unit)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9@._:-]{0,254}$"));
    return re.match(unit).hasMatch();
}

bool ServiceCommands::isValidPm2Name(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9@._-]{0,127}$"));
    return re.match(name).hasMatch();
}

QString ServiceCommands::pm2Prefix(const ServerProfile& profile)
{
    // pm2Command is the operator's own command line from the profile (e.g. "sudo -u app pm2");
    // PM2_HOME is a value, so it is quoted.
    QString prefix;
    if (!profile.pm2Home.isEmpty())
        prefix = QStringLiteral("PM2_HOME=") + shellQuote(profile.pm2Home) + QLatin1Char(' ');
    return prefix + profile.pm2Command;
}

QStringList ServiceCommands::logSources(const ServerProfile& profile, const QStringList& pm2Apps)
{
    QStringList sources;
    for (const ServerProfile::LogSource& log : profile.logs)
        sources.append(log.name);
    if (!profile.backupLog.isEmpty() && !sources.contains(QStringLiteral("backup")))
        sources.append(QStringLiteral("backup"));
    for (const QString& app : pm2Apps) {
        if (!sources.contains(QStringLiteral("pm2:") + app))
            sources.append(QStringLiteral("pm2:") + app);
    }
    return sources;
}

QString ServiceCommands::logTail(const ServerProfile& profile, const QString& source, int lines,
                                 bool follow, QString* error)
{
    lines = qBound(1, lines, 10000);
    if (source.startsWith(QLatin1String("pm2:"))) {
        const QString app = source.mid(4);
        if (!profile.pm2 || !isValidPm2Name(app)) {
            if (error)
                *error = tr("Not a PM2 application of this server: %1").arg(app);
            return {};
        }
        QString command =
            pm2Prefix(profile) + QStringLiteral(" logs --raw --lines ") + QString::number(lines);
        if (!follow)
            command += QStringLiteral(" --nostream");
        return command + QLatin1Char(' ') + shellQuote(app);
    }
    QString path;
    for (const ServerProfile::LogSource& log : profile.logs) {
        if (log.name == source || log.path == source)
            path = log.path;
    }
    if (path.isEmpty() && !profile.backupLog.isEmpty() &&
        (source == QLatin1String("backup") || source == profile.backupLog))
        path = profile.backupLog;
    if (path.isEmpty()) {
        if (error)
            *error =
                tr("Unknown log %1: use a log of the server's profile or pm2:<app>.").arg(source);
        return {};
    }
    // -F follows across log rotation.
    return QStringLiteral("tail -n %1 %2-- %3")
        .arg(lines)
        .arg(follow ? QStringLiteral("-F ") : QString(), shellQuote(path));
}

bool ServiceCommands::isValidRemotePath(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')) || path.size() > 4096)
        return false;
    return std::none_of(path.cbegin(), path.cend(), [](QChar c) { return c.unicode() < 0x20; });
}

QString ServiceCommands::asRoot(const QString& command)
{
    return QStringLiteral("if [ \"$(id -u)\" = 0 ]; then %1; else sudo -n %1; fi").arg(command);
}

QString ServiceCommands::journalTail(const QString& unit, int lines, QString* error)
{
    if (!isValidUnitName(unit)) {
        if (error)
            *error = tr("Invalid unit name %1.").arg(unit);
        return {};
    }
    return QStringLiteral("journalctl --no-pager -f -n %1 -u %2")
        .arg(qBound(1, lines, 10000))
        .arg(shellQuote(unit));
}

namespace {

// Docker's own rule for container names.
bool isValidContainerName(const QString& name, QString* error)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,252}$"));
    if (re.match(name).hasMatch())
        return true;
    if (error)
        *error = ServiceCommands::tr("Invalid container name %1.").arg(name);
    return false;
}

} // namespace

QString ServiceCommands::composeLogs(const QString& container, int lines, QString* error)
{
    if (!isValidContainerName(container, error))
        return {};
    return QStringLiteral("docker logs -f --tail %1 %2")
        .arg(qBound(1, lines, 10000))
        .arg(shellQuote(container));
}

QString ServiceCommands::composeRestart(const QString& container, QString* error)
{
    if (!isValidContainerName(container, error))
        return {};
    return QStringLiteral("docker restart %1").arg(shellQuote(container));
}

QString ServiceCommands::certificateRenewal(const QString& certificateName, QString* error)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9*][A-Za-z0-9.*_-]{0,252}$"));
    if (!re.match(certificateName).hasMatch()) {
        if (error)
            *error = tr("Invalid certificate name %1.").arg(certificateName);
        return {};
    }
    const QString name = shellQuote(certificateName);
    return asRoot(QStringLiteral("certbot renew --dry-run --cert-name %1").arg(name)) +
           QStringLiteral(" && ") +
           asRoot(QStringLiteral("certbot renew --cert-name %1").arg(name)) +
           QStringLiteral(" && ") + asRoot(QStringLiteral("systemctl reload nginx"));
}

QString ServiceCommands::fileDownload(const QString& path, QString* error)
{
    if (!isValidRemotePath(path)) {
        if (error)
            *error = tr("Invalid path %1.").arg(path);
        return {};
    }
    return QStringLiteral("cat -- %1").arg(shellQuote(path));
}

QString ServiceCommands::unitAction(const ServerProfile& profile, const QString& unit,
                                    UnitAction action, QString* error)
{
    if (!isValidUnitName(unit) || !profile.systemdUnits.contains(unit)) {
        if (error)
            *error = tr("%1 is not a unit of this server's profile.").arg(unit);
        return {};
    }
    const QString verb =
        action == UnitAction::Restart ? QStringLiteral("restart") : QStringLiteral("reload");
    // As root directly; otherwise through sudo without a password prompt (the deploy user's
    // limited sudo), so a missing right fails at once instead of hanging.
    return QStringLiteral("if [ \"$(id -u)\" = 0 ]; then systemctl %1 -- %2; "
                          "else sudo -n systemctl %1 -- %2; fi")
        .arg(verb, shellQuote(unit));
}

QString ServiceCommands::pm2Restart(const ServerProfile& profile, const QString& app,
                                    QString* error)
{
    if (!profile.pm2 || !isValidPm2Name(app)) {
        if (error)
            *error = tr("Not a PM2 application of this server: %1").arg(app);
        return {};
    }
    return pm2Prefix(profile) + QStringLiteral(" restart ") + shellQuote(app);
}

} // namespace vigie
