#include "ProfileStore.h"

#include "core/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace vigie {

namespace {

std::optional<ServerProfile> readProfile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ProfileStore::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = ProfileStore::tr("%1 is not a valid profile: %2")
                         .arg(path, parseError.errorString());
        return std::nullopt;
    }
    QString profileError;
    ServerProfile profile = ServerProfile::fromJson(document.object(), &profileError);
    if (!profileError.isEmpty()) {
        if (error)
            *error = ProfileStore::tr("%1: %2").arg(path, profileError);
        return std::nullopt;
    }
    return profile;
}

} // namespace

ProfileStore::ProfileStore(QString directory)
    : m_directory(directory.isEmpty() ? AppPaths::configDir() + QStringLiteral("/profiles")
                                      : std::move(directory))
{}

QList<ServerProfile> ProfileStore::presets()
{
    QList<ServerProfile> list;
    const QStringList files = QDir(QStringLiteral(":/profiles"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        if (auto profile = readProfile(QStringLiteral(":/profiles/") + name, nullptr))
            list.append(*profile);
    }
    return list;
}

std::optional<ServerProfile> ProfileStore::preset(const QString& id)
{
    for (const ServerProfile& profile : presets()) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::pathFor(const Server& server) const
{
    return m_directory + QLatin1Char('/') + server.id + QStringLiteral(".json");
}

ServerProfile ProfileStore::profileFor(const Server& server, QString* error) const
{
    if (QFile::exists(pathFor(server))) {
        if (auto own = readProfile(pathFor(server), error))
            return *own;
    } else if (!server.profileId.isEmpty() && server.profileId != QLatin1String("custom")) {
        if (auto builtIn = preset(server.profileId))
            return withThresholds(*builtIn);
        if (error)
            *error = tr("Unknown profile %1.").arg(server.profileId);
    }
    ServerProfile minimal;
    minimal.id = QStringLiteral("minimal");
    minimal.name = tr("Host only");
    // Nothing is guessed: every area reads "not watched" until Detect or the operator fills it.
    minimal.certificatePaths.clear();
    return withThresholds(minimal);
}

ServerProfile ProfileStore::withThresholds(ServerProfile profile) const
{
    if (!m_thresholds)
        return profile;
    profile.certificateWarningDays = m_thresholds->certificateWarningDays;
    profile.certificateCriticalDays = m_thresholds->certificateCriticalDays;
    for (ServerProfile::BackupTarget& target : profile.backups)
        target.maxAgeHours = m_thresholds->backupMaxAgeHours;
    return profile;
}

bool ProfileStore::save(const Server& server, const ServerProfile& profile, QString* error) const
{
    AppPaths::ensureDir(m_directory);
    QSaveFile file(pathFor(server));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool ProfileStore::remove(const Server& server) const
{
    return QFile::remove(pathFor(server));
}

} // namespace vigie
