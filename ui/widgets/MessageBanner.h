#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace vigie {

// An inline message strip (like KMessageWidget): errors and results stay visible in the dialog
// that caused them instead of disappearing in a popup. Its text is plain text (it often carries
// a server's stderr); buttons added with addButton stay with it.
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
    QPushButton* addButton(const QString& text);
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    Kind m_kind = Kind::Information;
    QLabel* m_icon;
    QLabel* m_text;
    QHBoxLayout* m_layout;
};

} // namespace vigie
