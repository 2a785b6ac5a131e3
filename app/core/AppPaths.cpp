#include "AppPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace vigie {

namespace {
QString appSubdir(QStandardPaths::StandardLocation location)
{
    // GenericConfig/GenericData + "vigie" keeps the path independent of the organisation name
    // that QApplication may or may not have set (the CLI and the GUI must agree).
    return QStandardPaths::writableLocation(location) + QStringLiteral("/vigie");
}
} // namespace

QString AppPaths::configDir()
{
    return appSubdir(QStandardPaths::GenericConfigLocation);
}

QString AppPaths::dataDir()
{
    return appSubdir(QStandardPaths::GenericDataLocation);
}

QString AppPaths::knownHostsFile()
{
    return dataDir() + QStringLiteral("/known_hosts");
}

QString AppPaths::userKnownHostsFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

bool AppPaths::ensureDir(const QString& path)
{
    QDir dir(path);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return false;
    // Owner-only: the metadata is not secret, but it says which servers exist.
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace vigie
