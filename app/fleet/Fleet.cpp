#include "Fleet.h"

#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace vigie {

Fleet::Fleet(QString path, QObject* parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? AppPaths::configDir() + QStringLiteral("/servers.json")
                            : std::move(path))
{}

bool Fleet::load(QString* error)
{
    m_servers.clear();
    m_unreadable = false;
    QFile file(m_path);
    if (!file.exists()) {
        emit changed();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_unreadable = true;
        if (error)
            *error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_unreadable = true; // never overwrite what could not be understood
        if (error)
            *error = tr("%1 is not valid JSON: %2").arg(m_path, parseError.errorString());
        return false;
    }
    const QJsonArray servers = doc.object().value(QStringLiteral("servers")).toArray();
    for (const QJsonValue& value : servers) {
        Server server = Server::fromJson(value.toObject());
        if (server.id.isEmpty())
            server.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_servers.append(server);
    }
    emit changed();
    return true;
}

std::optional<Server> Fleet::find(const QString& nameOrId) const
{
    for (const Server& server : m_servers) {
        if (server.id == nameOrId || server.name == nameOrId)
            return server;
    }
    return std::nullopt;
}

QString Fleet::add(Server server)
{
    if (const QString invalid = server.validate(); !invalid.isEmpty())
        return invalid;
    if (find(server.name))
        return tr("A server named %1 already exists.").arg(server.name);
    if (server.id.isEmpty())
        server.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_servers.append(server);
    if (const QString failed = save(); !failed.isEmpty()) {
        m_servers.removeLast();
        return failed;
    }
    emit changed();
    return {};
}

QString Fleet::update(const Server& server)
{
    if (const QString invalid = server.validate(); !invalid.isEmpty())
        return invalid;
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).id != server.id && m_servers.at(i).name == server.name)
            return tr("A server named %1 already exists.").arg(server.name);
    }
    for (Server& existing : m_servers) {
        if (existing.id == server.id) {
            const Server previous = existing;
            existing = server;
            if (const QString failed = save(); !failed.isEmpty()) {
                existing = previous;
                return failed;
            }
            emit changed();
            return {};
        }
    }
    return tr("No such server.");
}

QString Fleet::remove(const QString& id)
{
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).id == id) {
            const Server removed = m_servers.takeAt(i);
            if (const QString failed = save(); !failed.isEmpty()) {
                m_servers.insert(i, removed);
                return failed;
            }
            emit changed();
            return {};
        }
    }
    return tr("No such server.");
}

QString Fleet::save()
{
    if (m_unreadable) {
        return tr("%1 could not be read, so Vigie will not change it. Repair it or move it away, "
                  "then restart Vigie.")
            .arg(m_path);
    }
    AppPaths::ensureDir(QFileInfo(m_path).absolutePath());
    QJsonArray servers;
    for (const Server& server : std::as_const(m_servers))
        servers.append(server.toJson());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(m_path, file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                         {QStringLiteral("servers"), servers}})
                   .toJson());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(m_path, file.errorString());
    return {};
}

} // namespace vigie
