#include "EmptyFleetWidget.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie {

EmptyFleetWidget::EmptyFleetWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));

    // A centred column of bounded width: the text wraps there instead of spanning the window.
    auto* column = new QWidget(this);
    column->setMaximumWidth(460);

    auto* icon = new QLabel(column);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    icon->setVisible(!QApplication::windowIcon().isNull());

    auto* title = new QLabel(tr("No servers yet"), column);
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("Add a server (host, SSH port, user) and choose a key from the "
                               "keychain — or import or generate one in Keys…"),
                            column);
    text->setObjectName(QStringLiteral("emptyStateText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    auto* addButton = new QPushButton(tr("Add server…"), column);
    addButton->setObjectName(QStringLiteral("emptyStateAddServer"));
    addButton->setDefault(true);
    auto* keysButton = new QPushButton(tr("Keys…"), column);
    keysButton->setObjectName(QStringLiteral("emptyStateKeys"));
    connect(addButton, &QPushButton::clicked, this, &EmptyFleetWidget::addServerRequested);
    connect(keysButton, &QPushButton::clicked, this, &EmptyFleetWidget::manageKeysRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(addButton);
    buttons->addWidget(keysButton);
    buttons->addStretch();

    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(icon);
    columnLayout->addWidget(title);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(12);
    columnLayout->addLayout(buttons);

    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 1);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

} // namespace vigie
