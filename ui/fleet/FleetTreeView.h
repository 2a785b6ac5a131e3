#pragma once

#include <QList>
#include <QTreeView>

class QAction;

namespace vigie {

class FleetModel;

// The fleet tree on the left of the main window: one selected server at a time, its actions
// in a context menu.
class FleetTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit FleetTreeView(QWidget* parent = nullptr);

    void setFleetModel(FleetModel* model);
    // Context menus: on a server, and elsewhere (empty area, group). nullptr is a separator.
    void setServerActions(const QList<QAction*>& actions);
    void setGeneralActions(const QList<QAction*>& actions);

    QString currentServerId() const;
    void selectServer(const QString& serverId);

signals:
    void currentServerChanged(const QString& serverId);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void emitIfChanged();

    FleetModel* m_model = nullptr;
    QList<QAction*> m_serverActions;
    QList<QAction*> m_generalActions;
    QString m_lastServerId;
    QString m_restoreServerId;
};

} // namespace vigie
