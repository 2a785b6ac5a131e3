#include "HealthStyle.h"

#include "StatusDot.h"

namespace vigie {

QColor HealthStyle::color(Health health)
{
    switch (health) {
    case Health::Ok:
        return QColor(0x2e, 0x9d, 0x4f);
    case Health::Warning:
        return QColor(0xe0, 0x9b, 0x12);
    case Health::Critical:
        return QColor(0xd0, 0x35, 0x35);
    case Health::NotWatched:
        return QColor(0xb4, 0xb4, 0xb4);
    case Health::Unknown:
        break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

namespace {

StatusDot::Shape shapeOf(Health health)
{
    return health == Health::NotWatched ? StatusDot::Shape::Ring : StatusDot::Shape::Filled;
}

} // namespace

QIcon HealthStyle::icon(Health health)
{
    return StatusDot::icon(color(health), shapeOf(health));
}

QPixmap HealthStyle::pixmap(Health health, int size, qreal devicePixelRatio)
{
    return StatusDot::pixmap(color(health), size, devicePixelRatio, shapeOf(health));
}

} // namespace vigie
