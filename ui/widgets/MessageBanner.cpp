#include "MessageBanner.h"

#include "RemoteText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace vigie {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(RemoteText::label(this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    m_layout->setContentsMargins(8, 6, 8, 6);
    m_layout->addWidget(m_icon);
    m_layout->addWidget(m_text, 1);
    hide();
}

QPushButton* MessageBanner::addButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    m_layout->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void MessageBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    // background, border, text
    const char* palette[3] = {"#e8f0fb", "#7aa3d9", "#13305a"};
    switch (kind) {
    case Kind::Information:
        break;
    case Kind::Success:
        pixmap = QStyle::SP_DialogApplyButton;
        palette[0] = "#e6f4ea", palette[1] = "#6cb783", palette[2] = "#134a22";
        break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        palette[0] = "#fdf3dc", palette[1] = "#d9a53f", palette[2] = "#4d3200";
        break;
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        palette[0] = "#fbe6e6", palette[1] = "#d36b6b", palette[2] = "#5c0f0f";
        break;
    }
    setStyleSheet(
        QStringLiteral("QFrame#messageBanner { background: %1; border: 1px solid %2; "
                       "border-radius: 4px; } QFrame#messageBanner QLabel { background: "
                       "transparent; border: none; color: %3; }")
            .arg(QLatin1String(palette[0]), QLatin1String(palette[1]), QLatin1String(palette[2])));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    show();
}

void MessageBanner::clearMessage()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace vigie
