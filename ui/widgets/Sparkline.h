#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

class QPainter;

namespace vigie {

// A word-sized trend line (Tufte's sparkline): values oldest first, so the newest is on the
// right, scaled between their own minimum and maximum. The newest point is marked, so a sudden
// drop (a backup that shrank to nothing) stands out.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);

    void setValues(const QList<qreal>& values);
    const QList<qreal>& values() const { return m_values; }
    void setColor(const QColor& color); // default: the palette's highlight colour

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Shared with SparklineDelegate, so a table cell and the widget draw the same line.
    static void paint(QPainter* painter, const QRectF& rect, const QList<qreal>& values,
                      const QColor& color);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<qreal> m_values;
    QColor m_color;
};

} // namespace vigie
