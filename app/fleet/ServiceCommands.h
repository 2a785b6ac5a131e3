#pragma once

#include "ServerProfile.h"

#include <QCoreApplication>
#include <QString>

namespace vigie {

// The remote commands behind the dashboards' row actions and `vigie-cli logs`, built in one
// place from the profile. Names are validated first; every argument goes through shellQuote.
// Each returns an empty command and sets *error when the request is not acceptable.
class ServiceCommands
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCommands)
public:
    enum class UnitAction
    {
        Restart,
        Reload
    };

    // A log source is a profile log name, "pm2:<app>" (PM2's own log of that app) or a path
    // listed in the profile.
    static QString logTail(const ServerProfile& profile, const QString& source, int lines,
                           bool follow, QString* error);
    static QString unitAction(const ServerProfile& profile, const QString& unit, UnitAction action,
                              QString* error);
    static QString pm2Restart(const ServerProfile& profile, const QString& app, QString* error);
    static QStringList logSources(const ServerProfile& profile, const QStringList& pm2Apps);
    static QString journalTail(const QString& unit, int lines, QString* error);
    // One container of a Compose service (a dashboard row), through docker itself: the same as
    // `docker compose logs`/`restart` for that container, with either Compose (v2 plugin or
    // docker-compose 1.x) and even when the project's compose file no longer parses.
    static QString composeLogs(const QString& container, int lines, QString* error);
    static QString composeRestart(const QString& container, QString* error);
    // certbot renew --dry-run first; only if it passes, the real renewal and an nginx reload.
    static QString certificateRenewal(const QString& certificateName, QString* error);
    static QString fileDownload(const QString& path, QString* error);
    static bool isValidRemotePath(const QString& path);

    static bool isValidUnitName(const QString& unit);
    static bool isValidPm2Name(const QString& name);

private:
    static QString pm2Prefix(const ServerProfile& profile);
    static QString asRoot(const QString& command); // directly as root, else sudo -n
};

} // namespace vigie
