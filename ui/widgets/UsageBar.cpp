#include "UsageBar.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace vigie {

UsageBar::UsageBar(QWidget* parent)
    : QWidget(parent)
    , m_color(palette().color(QPalette::Highlight))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UsageBar::setPercent(double percent)
{
    m_percent = std::clamp(percent, 0.0, 100.0);
    update();
}

void UsageBar::setColor(const QColor& color)
{
    m_color = color;
    update();
}

QSize UsageBar::sizeHint() const
{
    return {160, fontMetrics().height() * 2 / 3};
}

QSize UsageBar::minimumSizeHint() const
{
    return {60, fontMetrics().height() * 2 / 3};
}

void UsageBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal height = std::min<qreal>(this->height(), fontMetrics().height() * 2 / 3.0);
    const QRectF track(0.5, (this->height() - height) / 2 + 0.5, width() - 1.0, height - 1.0);
    const qreal radius = track.height() / 2;

    QColor trackColor = palette().color(QPalette::Mid);
    trackColor.setAlpha(70);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.setBrush(trackColor);
    painter.drawRoundedRect(track, radius, radius);

    if (m_percent <= 0)
        return;
    QRectF fill = track;
    fill.setWidth(std::max(track.height(), track.width() * m_percent / 100.0));
    QPainterPath clip;
    clip.addRoundedRect(track, radius, radius);
    painter.setClipPath(clip);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_color);
    painter.drawRoundedRect(fill, radius, radius);
}

} // namespace vigie
