#pragma once

#include <QFrame>

class QLabel;

namespace vigie {

// An inline message strip (like KMessageWidget): errors and results stay visible in the dialog
// that caused them instead of disappearing in a popup.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Success,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clearMessage();
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    Kind m_kind = Kind::Information;
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace vigie
