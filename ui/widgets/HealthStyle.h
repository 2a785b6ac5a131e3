#pragma once

#include "probe/Assessment.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace vigie {

// The colour and dot of a Health, the same palette as the connection status (ServerStatus):
// green, amber, red, grey; "not watched" is a light grey ring. Always shown next to a text,
// never alone.
class HealthStyle
{
public:
    static QColor color(Health health);
    static QIcon icon(Health health);
    static QPixmap pixmap(Health health, int size, qreal devicePixelRatio = 1.0);
};

} // namespace vigie
