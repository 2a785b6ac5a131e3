#pragma once

#include <QList>
#include <QTableView>

class QAction;
class QSortFilterProxyModel;

namespace vigie {

class DashboardTableModel;

// The table every dashboard uses: sorting through a proxy (on DashboardTableModel::SortRole
// when a column gives one), whole-row selection, a context menu with the row actions, and
// optionally a height that follows the number of rows, so a page can stack several tables
// without each one scrolling on its own.
class DashboardTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DashboardTableView(QWidget* parent = nullptr);

    void setSourceModel(DashboardTableModel* model);
    DashboardTableModel* sourceModel() const { return m_source; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }

    int currentSourceRow() const; // -1 when none
    int sourceRowAt(const QPoint& viewportPosition) const;
    void selectSourceRow(int row);

    // The actions shown by the context menu (nullptr: a separator). They act on the current
    // row, which a right click selects first.
    void setRowActions(const QList<QAction*>& actions);
    // Grow with the rows, up to maxRows visible rows (0: a normal, freely sized view).
    void setFitToRows(int maxRows);
    // Filtering through the proxy: rows containing the text (any column), and/or only the rows
    // whose health is not OK.
    void setTextFilter(const QString& text);
    void setProblemsOnly(bool problemsOnly);
    int visibleRowCount() const;
    // The column that takes the width left (default: the last one).
    void setStretchColumn(int column);
    // Columns wider than this after fitting to contents are cut to it (long URLs, SANs).
    void setMaximumColumnWidth(int width) { m_maxColumnWidth = width; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentSourceRowChanged(int row);
    void sourceRowActivated(int row); // double click or Enter

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void fitColumns();
    void showColumnMenu(const QPoint& position); // which columns to show

    DashboardTableModel* m_source = nullptr;
    QSortFilterProxyModel* m_proxy;
    QList<QAction*> m_rowActions;
    int m_fitRows = 0;
    int m_maxColumnWidth = 380;
};

} // namespace vigie
