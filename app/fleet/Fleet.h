#pragma once

#include "Server.h"

#include <QList>
#include <QObject>
#include <optional>

namespace vigie {

// The operator's servers, kept in servers.json in the config dir (never any secret).
class Fleet : public QObject
{
    Q_OBJECT
public:
    explicit Fleet(QString path = {}, QObject* parent = nullptr);

    bool load(QString* error = nullptr);
    const QList<Server>& servers() const { return m_servers; }
    std::optional<Server> find(const QString& nameOrId) const;

    // Each returns a translated error, empty on success; changes are saved at once.
    QString add(Server server);
    QString update(const Server& server);
    QString remove(const QString& id);

    const QString& path() const { return m_path; }

signals:
    void changed();

private:
    QString save();

    QString m_path;
    QList<Server> m_servers;
    bool m_unreadable = false; // servers.json exists but could not be read
};

} // namespace vigie
