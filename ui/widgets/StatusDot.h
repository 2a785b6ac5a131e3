#pragma once

#include <QColor>
#include <QIcon>

namespace vigie {

// A small circle used next to a status text (never instead of it): filled, or an empty ring for
// "nothing here to judge" (not watched), so that state differs from unknown by shape too.
class StatusDot
{
public:
    enum class Shape
    {
        Filled,
        Ring
    };
    static QIcon icon(const QColor& color, Shape shape = Shape::Filled);
    static QPixmap pixmap(const QColor& color, int size, qreal devicePixelRatio = 1.0,
                          Shape shape = Shape::Filled);
};

} // namespace vigie
