#pragma once

#include "Server.h"
#include "ServerProfile.h"

#include <QCoreApplication>
#include <QList>

namespace vigie {

// Where server profiles come from: built-in presets (resources/profiles/*.json, embedded) and
// each server's own profile (profiles/<server id>.json in the config dir), written when the
// operator edits a profile or runs Detect. Small local files: read on demand.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    explicit ProfileStore(QString directory = {}); // default: AppPaths::configDir() + "/profiles"

    static QList<ServerProfile> presets();
    static std::optional<ServerProfile> preset(const QString& id);

    // The server's own profile, else its preset, else a minimal profile (host vitals and the
    // default certificate path only).
    ServerProfile profileFor(const Server& server, QString* error = nullptr) const;
    // Saves the server's own profile (the server's profileId should then be "custom").
    bool save(const Server& server, const ServerProfile& profile, QString* error = nullptr) const;
    bool remove(const Server& server) const;
    QString pathFor(const Server& server) const;

    // The operator's thresholds (Preferences) replace the built-in presets' values; a
    // server's own profile keeps its own.
    struct Thresholds
    {
        int certificateWarningDays = 30;
        int certificateCriticalDays = 7;
        int backupMaxAgeHours = 26;
    };
    void setPresetThresholds(const Thresholds& thresholds) { m_thresholds = thresholds; }

private:
    ServerProfile withThresholds(ServerProfile profile) const;

    QString m_directory;
    std::optional<Thresholds> m_thresholds;
};

} // namespace vigie
