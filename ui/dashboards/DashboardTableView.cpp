#include "DashboardTableView.h"

#include "DashboardTableModel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>

namespace vigie {

namespace {

// Sorts on SortRole when the column provides it (sizes, dates, health), on the text otherwise.
class DashboardSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setProblemsOnly(bool problemsOnly)
    {
        m_problemsOnly = problemsOnly;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_problemsOnly) {
            const QVariant health =
                sourceModel()->index(row, 0, parent).data(DashboardTableModel::HealthRole);
            if (health.isValid() && health.toInt() == int(Health::Ok))
                return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant a = left.data(DashboardTableModel::SortRole);
        const QVariant b = right.data(DashboardTableModel::SortRole);
        if (a.isValid() && b.isValid())
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    bool m_problemsOnly = false;
};

} // namespace

DashboardTableView::DashboardTableView(QWidget* parent)
    : QTableView(parent)
    , m_proxy(new DashboardSortProxy(this))
{
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &DashboardTableView::showColumnMenu);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit sourceRowActivated(m_proxy->mapToSource(index).row());
    });
}

void DashboardTableView::setSourceModel(DashboardTableModel* model)
{
    m_source = model;
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    setSortingEnabled(true);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentSourceRowChanged(currentSourceRow()); });
    // A reset brings new rows (and maybe longer texts); an in-place refresh keeps the widths
    // the operator may have chosen.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateGeometry();
    });
    fitColumns();
}

int DashboardTableView::currentSourceRow() const
{
    const QModelIndex current = selectionModel() ? selectionModel()->currentIndex() : QModelIndex();
    if (!current.isValid() || !selectionModel()->isRowSelected(current.row(), current.parent()))
        return -1;
    return m_proxy->mapToSource(current).row();
}

int DashboardTableView::sourceRowAt(const QPoint& viewportPosition) const
{
    const QModelIndex index = indexAt(viewportPosition);
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

void DashboardTableView::selectSourceRow(int row)
{
    if (!m_source || row < 0 || row >= m_source->rowCount())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_source->index(row, 0));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
}

void DashboardTableView::setStretchColumn(int column)
{
    horizontalHeader()->setStretchLastSection(column < 0);
    if (column >= 0)
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void DashboardTableView::setTextFilter(const QString& text)
{
    m_proxy->setFilterFixedString(text);
}

void DashboardTableView::setProblemsOnly(bool problemsOnly)
{
    static_cast<DashboardSortProxy*>(m_proxy)->setProblemsOnly(problemsOnly);
}

int DashboardTableView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void DashboardTableView::setRowActions(const QList<QAction*>& actions)
{
    m_rowActions = actions;
}

void DashboardTableView::setFitToRows(int maxRows)
{
    m_fitRows = maxRows;
    setSizePolicy(QSizePolicy::Expanding,
                  maxRows > 0 ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    updateGeometry();
}

QSize DashboardTableView::sizeHint() const
{
    QSize hint = QTableView::sizeHint();
    if (m_fitRows <= 0 || !model())
        return hint;
    const int rows = qBound(1, model()->rowCount(), m_fitRows);
    int height = horizontalHeader()->sizeHint().height() +
                 rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth();
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->sizeHint().height();
    hint.setHeight(height);
    return hint;
}

QSize DashboardTableView::minimumSizeHint() const
{
    if (m_fitRows <= 0)
        return QTableView::minimumSizeHint();
    return {QTableView::minimumSizeHint().width(), sizeHint().height()};
}

void DashboardTableView::fitColumns()
{
    if (!model())
        return;
    resizeColumnsToContents();
    const int columns = model()->columnCount();
    for (int column = 0; column < columns; ++column) {
        const int width = qMax(columnWidth(column), horizontalHeader()->sectionSizeHint(column));
        setColumnWidth(column, qMin(width + 4, m_maxColumnWidth));
    }
}

void DashboardTableView::showColumnMenu(const QPoint& position)
{
    if (!model())
        return;
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The first column names the row: it always stays.
    for (int column = 1; column < model()->columnCount(); ++column) {
        QAction* action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu->popup(horizontalHeader()->viewport()->mapToGlobal(position));
}

void DashboardTableView::contextMenuEvent(QContextMenuEvent* event)
{
    if (m_rowActions.isEmpty())
        return;
    const QModelIndex index = indexAt(viewport()->mapFromGlobal(event->globalPos()));
    if (!index.isValid())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("rowMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* action : std::as_const(m_rowActions)) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    menu->popup(event->globalPos());
}

} // namespace vigie
