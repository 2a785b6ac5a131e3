#include "Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace vigie {

QMessageBox* Confirmation::ask(QWidget* parent, const QString& title, const QString& text,
                               const QString& confirmText, std::function<void()> onConfirmed)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [confirm, onConfirmed = std::move(onConfirmed)](QAbstractButton* button) {
                         if (button == confirm && onConfirmed)
                             onConfirmed();
                     });
    box->open();
    return box;
}

} // namespace vigie
