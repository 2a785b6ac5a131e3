#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace vigie {

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<qreal>& values)
{
    m_values = values;
    update();
}

void Sparkline::setColor(const QColor& color)
{
    m_color = color;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {120, fontMetrics().height() + 6};
}

QSize Sparkline::minimumSizeHint() const
{
    return {40, fontMetrics().height()};
}

void Sparkline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paint(&painter, QRectF(rect()).adjusted(2, 2, -2, -2), m_values,
          m_color.isValid() ? m_color : palette().color(QPalette::Highlight));
}

void Sparkline::paint(QPainter* painter, const QRectF& rect, const QList<qreal>& values,
                      const QColor& color)
{
    if (values.isEmpty() || rect.width() < 4 || rect.height() < 4)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal dot = 3.0;
    const QRectF area = rect.adjusted(dot / 2, dot / 2, -dot / 2, -dot / 2);
    const auto [minIt, maxIt] = std::minmax_element(values.cbegin(), values.cend());
    const qreal low = *minIt;
    const qreal span = *maxIt - low;
    const auto pointAt = [&](qsizetype i) {
        const qreal x = values.size() == 1
                            ? area.right()
                            : area.left() + area.width() * qreal(i) / qreal(values.size() - 1);
        // Equal values sit in the middle: a flat line, not a line glued to an edge.
        const qreal y = span <= 0 ? area.center().y()
                                  : area.bottom() - area.height() * (values.at(i) - low) / span;
        return QPointF(x, y);
    };

    QPainterPath line;
    line.moveTo(pointAt(0));
    for (qsizetype i = 1; i < values.size(); ++i)
        line.lineTo(pointAt(i));
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(pointAt(0).x(), area.bottom());
    fill.closeSubpath();
    QColor fillColor = color;
    fillColor.setAlpha(40);
    painter->fillPath(fill, fillColor);
    painter->setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(pointAt(values.size() - 1), dot, dot);
    painter->restore();
}

} // namespace vigie
