#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace vigie {

// A window-modal yes/no question opened with open() (no nested event loop). The confirming
// button is named after the action ("Delete", "Remove"); Cancel is the default.
class Confirmation
{
public:
    static QMessageBox* ask(QWidget* parent, const QString& title, const QString& text,
                            const QString& confirmText, std::function<void()> onConfirmed);
};

} // namespace vigie
