#include "FleetTreeView.h"

#include "FleetModel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

namespace vigie {

FleetTreeView::FleetTreeView(QWidget* parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("fleetTree"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(true);
}

void FleetTreeView::setFleetModel(FleetModel* model)
{
    m_model = model;
    setModel(model);
    header()->setSectionResizeMode(FleetModel::NameColumn, QHeaderView::Interactive);
    header()->resizeSection(FleetModel::NameColumn, 160);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FleetTreeView::emitIfChanged);
    // A reset (servers added, removed, renamed) keeps the selected server selected.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_restoreServerId = currentServerId(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        expandAll();
        if (!m_restoreServerId.isEmpty())
            selectServer(m_restoreServerId);
        emitIfChanged();
    });
    expandAll();
}

void FleetTreeView::setServerActions(const QList<QAction*>& actions)
{
    m_serverActions = actions;
}

void FleetTreeView::setGeneralActions(const QList<QAction*>& actions)
{
    m_generalActions = actions;
}

QString FleetTreeView::currentServerId() const
{
    return m_model ? m_model->serverId(currentIndex()) : QString();
}

void FleetTreeView::selectServer(const QString& serverId)
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->indexOfServer(serverId);
    if (!index.isValid())
        return;
    scrollTo(index);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
}

void FleetTreeView::emitIfChanged()
{
    const QString id = currentServerId();
    if (id == m_lastServerId)
        return;
    m_lastServerId = id;
    emit currentServerChanged(id);
}

void FleetTreeView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    const bool onServer = m_model && !m_model->serverId(index).isEmpty();
    const QList<QAction*>& actions = onServer ? m_serverActions : m_generalActions;
    if (actions.isEmpty()) {
        QTreeView::contextMenuEvent(event);
        return;
    }
    if (onServer) {
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    }
    // popup(), not exec(): no nested event loop.
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* action : actions) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    menu->popup(event->globalPos());
}

} // namespace vigie
