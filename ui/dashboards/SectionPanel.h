#pragma once

#include "probe/Snapshot.h"
#include "widgets/MessageBanner.h"

#include <QFrame>

#include <optional>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace vigie {

// One titled part of a dashboard ("PM2", "Certificates"): a title row with its buttons, and
// either the content or, when the probe could not read this part, the reason in its place.
// An unreadable section never shows an empty table that would look healthy.
class SectionPanel : public QFrame
{
    Q_OBJECT
public:
    explicit SectionPanel(const QString& objectName, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    void setContent(QWidget* content);
    void addHeaderWidget(QWidget* widget);
    // Shown only with the content (row actions have no rows to act on otherwise).
    void addContentHeaderWidget(QWidget* widget);

    // Ok: the content. Truncated: the content with a note. Anything else: the message instead.
    // Returns whether the content is shown.
    bool applyStatus(const std::optional<SectionStatus>& status);
    void showContent();
    void showMessage(MessageBanner::Kind kind, const QString& text);

    bool isShowingContent() const;
    QString message() const; // the message shown instead of (or above) the content

    // Vigie's words for a status, falling back on the state when the probe gave no message.
    static QString describe(const SectionStatus& status);

private:
    QLabel* m_title;
    QHBoxLayout* m_header;
    MessageBanner* m_note;   // above the content (truncated output)
    MessageBanner* m_banner; // instead of the content
    QVBoxLayout* m_layout;
    QWidget* m_content = nullptr;
    QList<QWidget*> m_contentHeader;
};

} // namespace vigie
