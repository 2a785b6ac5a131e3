#pragma once

#include <QString>

namespace vigie {

// Where Vigie keeps its files. Both follow QStandardPaths (XDG on Linux), so tests and the
// demo can redirect them with XDG_CONFIG_HOME / XDG_DATA_HOME. Nothing secret lives there.
class AppPaths
{
public:
    static QString configDir(); // servers.json, keys.json
    static QString dataDir();   // known_hosts, journal
    static QString knownHostsFile();
    static QString userKnownHostsFile(); // ~/.ssh/known_hosts, read only
    static bool ensureDir(const QString& path);
};

} // namespace vigie
