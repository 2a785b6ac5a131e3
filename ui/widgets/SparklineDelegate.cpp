#include "SparklineDelegate.h"

#include "Sparkline.h"

#include <QApplication>
#include <QPainter>

namespace vigie {

SparklineDelegate::SparklineDelegate(int valuesRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_valuesRole(valuesRole)
{}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QList<qreal> values = index.data(m_valuesRole).value<QList<qreal>>();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor color =
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    Sparkline::paint(painter, QRectF(option.rect).adjusted(6, 4, -6, -4), values, color);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {110, option.fontMetrics.height() + 8};
}

} // namespace vigie
