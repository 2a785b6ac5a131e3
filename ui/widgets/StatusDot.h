#pragma once

#include <QColor>
#include <QIcon>

namespace vigie {

// A small filled circle used next to a status text (never instead of it).
class StatusDot
{
public:
    static QIcon icon(const QColor& color);
    static QPixmap pixmap(const QColor& color, int size, qreal devicePixelRatio = 1.0);
};

} // namespace vigie
