#include "SectionPanel.h"

#include "DisplayFormat.h"
#include "widgets/RemoteText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vigie {

SectionPanel::SectionPanel(const QString& objectName, QWidget* parent)
    : QFrame(parent)
    , m_title(RemoteText::label(this))
    , m_header(new QHBoxLayout)
    , m_note(new MessageBanner(this))
    , m_banner(new MessageBanner(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(objectName);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    // A long title (a log file's path) must not make the dashboard, and so the main window's
    // tabs, wider than the window: with an explicit minimum it is cut when space is short.
    m_title->setMinimumWidth(1);
    m_note->setObjectName(objectName + QStringLiteral("Note"));
    m_banner->setObjectName(objectName + QStringLiteral("Message"));

    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_title);
    m_header->addStretch(1);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addLayout(m_header);
    m_layout->addWidget(m_note);
    m_layout->addWidget(m_banner);
}

void SectionPanel::setTitle(const QString& title)
{
    m_title->setText(title);
    if (m_content)
        m_content->setAccessibleName(title);
}

QString SectionPanel::title() const
{
    return m_title->text();
}

void SectionPanel::setContent(QWidget* content)
{
    m_content = content;
    m_content->setAccessibleName(m_title->text());
    m_layout->addWidget(content, 1);
}

void SectionPanel::addHeaderWidget(QWidget* widget)
{
    m_header->addWidget(widget);
}

void SectionPanel::addContentHeaderWidget(QWidget* widget)
{
    m_header->addWidget(widget);
    m_contentHeader.append(widget);
    widget->setVisible(isShowingContent());
}

bool SectionPanel::applyStatus(const std::optional<SectionStatus>& status)
{
    m_note->clearMessage();
    if (!status || status->state == SectionStatus::State::Ok) {
        showContent();
        return true;
    }
    if (status->state == SectionStatus::State::Truncated) {
        showContent();
        m_note->showMessage(MessageBanner::Kind::Warning, describe(*status));
        return true;
    }
    const MessageBanner::Kind kind = status->state == SectionStatus::State::Absent
                                         ? MessageBanner::Kind::Information
                                         : MessageBanner::Kind::Warning;
    showMessage(kind, describe(*status));
    return false;
}

void SectionPanel::showContent()
{
    m_banner->clearMessage();
    if (m_content)
        m_content->show();
    for (QWidget* widget : std::as_const(m_contentHeader))
        widget->show();
}

void SectionPanel::showMessage(MessageBanner::Kind kind, const QString& text)
{
    m_note->clearMessage();
    m_banner->showMessage(kind, text);
    if (m_content)
        m_content->hide();
    for (QWidget* widget : std::as_const(m_contentHeader))
        widget->hide();
}

bool SectionPanel::isShowingContent() const
{
    return m_content && !m_content->isHidden();
}

QString SectionPanel::message() const
{
    return isShowingContent() ? m_note->text() : m_banner->text();
}

QString SectionPanel::describe(const SectionStatus& status)
{
    QString text = status.message;
    if (text.isEmpty()) {
        switch (status.state) {
        case SectionStatus::State::Ok:
            break;
        case SectionStatus::State::Absent:
            text = tr("Not installed on this server.");
            break;
        case SectionStatus::State::NeedsPrivileges:
            text = tr("Needs root or sudo on the server.");
            break;
        case SectionStatus::State::TimedOut:
            text = tr("Did not answer within %1.")
                       .arg(DisplayFormat::duration(qMax<qint64>(1, status.elapsedMs / 1000)));
            break;
        case SectionStatus::State::Truncated:
            text = tr("The output was too long: only its beginning is shown.");
            break;
        case SectionStatus::State::Unparseable:
            text = tr("The server's answer could not be read.");
            break;
        case SectionStatus::State::Failed:
            text = status.exitCode != 0
                       ? tr("The check failed (exit code %1).").arg(status.exitCode)
                       : tr("The check failed.");
            break;
        }
    }
    return text;
}

} // namespace vigie
