#pragma once

#include <QColor>
#include <QWidget>

namespace vigie {

// A thin horizontal bar for "how full" (a disk, the memory), painted rather than a styled
// QProgressBar so it looks the same in every style. The caller gives the colour (from the
// Health it judged) and puts the words next to it.
class UsageBar : public QWidget
{
    Q_OBJECT
public:
    explicit UsageBar(QWidget* parent = nullptr);

    void setPercent(double percent); // 0–100, clamped
    double percent() const { return m_percent; }
    void setColor(const QColor& color);
    QColor color() const { return m_color; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_percent = 0;
    QColor m_color;
};

} // namespace vigie
