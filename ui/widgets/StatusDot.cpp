#include "StatusDot.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace vigie {

QPixmap StatusDot::pixmap(const QColor& color, int size, qreal devicePixelRatio, Shape shape)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A darker outline keeps light colours visible on light backgrounds.
    if (shape == Shape::Ring) {
        painter.setPen(QPen(color.darker(140), qMax(1.5, size / 8.0)));
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setPen(QPen(color.darker(140), 1.0));
        painter.setBrush(color);
    }
    const qreal margin = size * 0.2;
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
    return pixmap;
}

QIcon StatusDot::icon(const QColor& color, Shape shape)
{
    static QHash<QPair<QRgb, int>, QIcon> cache;
    const QPair<QRgb, int> key(color.rgba(), int(shape));
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return it.value();
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(pixmap(color, size, 1.0, shape));
    cache.insert(key, icon);
    return icon;
}

} // namespace vigie
