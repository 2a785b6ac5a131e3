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

    static bool isValidUnitName(const QString& unit);
    static bool isValidPm2Name(const QString& name);

private:
    static QString pm2Prefix(const ServerProfile& profile);
};

} // namespace vigie
