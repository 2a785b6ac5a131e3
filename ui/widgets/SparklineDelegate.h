#pragma once

#include <QStyledItemDelegate>

namespace vigie {

// Draws a Sparkline in a table cell from a QList<qreal> stored under `valuesRole` (oldest
// first); the cell's display text, if any, stays for copy and accessibility but is not drawn.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SparklineDelegate(int valuesRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_valuesRole;
};

} // namespace vigie
