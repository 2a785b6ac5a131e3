#include "DashboardPage.h"

#include "widgets/RemoteText.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigie {

DashboardPage::DashboardPage(QWidget* dashboard, const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_dashboard(dashboard)
    , m_stack(new QStackedWidget(this))
    , m_empty(RemoteText::label(this))
    , m_banner(new MessageBanner(this))
    , m_notWatched(new MessageBanner(this))
{
    setObjectName(objectName);
    m_empty->setObjectName(objectName + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_banner->setObjectName(objectName + QStringLiteral("Banner"));
    m_notWatched->setObjectName(objectName + QStringLiteral("NotWatched"));
    QPushButton* detect = m_notWatched->addButton(tr("&Detect…"));
    detect->setObjectName(objectName + QStringLiteral("Detect"));
    detect->setToolTip(tr("Look at what the server runs and propose a profile"));
    connect(detect, &QPushButton::clicked, this, &DashboardPage::detectRequested);
    QPushButton* setUp = m_notWatched->addButton(tr("&Set up…"));
    setUp->setObjectName(objectName + QStringLiteral("SetUp"));
    setUp->setToolTip(tr("Open the server's settings: its profile, and the areas to ignore"));
    connect(setUp, &QPushButton::clicked, this, &DashboardPage::setUpRequested);
    m_notWatchedButtons[0] = detect;
    m_notWatchedButtons[1] = setUp;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(dashboard);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bannerLayout = new QVBoxLayout;
    bannerLayout->setContentsMargins(9, 9, 9, 0);
    bannerLayout->addWidget(m_banner);
    bannerLayout->addWidget(m_notWatched);
    layout->addLayout(bannerLayout);
    layout->addWidget(m_stack, 1);
}

void DashboardPage::showEmpty(const QString& text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void DashboardPage::showDashboard()
{
    m_stack->setCurrentWidget(m_dashboard);
}

bool DashboardPage::isShowingDashboard() const
{
    return m_stack->currentWidget() == m_dashboard;
}

QString DashboardPage::emptyText() const
{
    return isShowingDashboard() ? QString() : m_empty->text();
}

void DashboardPage::showBanner(MessageBanner::Kind kind, const QString& text)
{
    m_banner->showMessage(kind, text);
}

void DashboardPage::clearBanner()
{
    m_banner->clearMessage();
}

QString DashboardPage::bannerText() const
{
    return m_banner->text();
}

void DashboardPage::showNotWatched(const QString& text, bool ignored)
{
    for (QWidget* button : m_notWatchedButtons)
        button->setVisible(!ignored);
    m_notWatched->showMessage(MessageBanner::Kind::Information, text);
}

void DashboardPage::clearNotWatched()
{
    m_notWatched->clearMessage();
}

QString DashboardPage::notWatchedText() const
{
    return m_notWatched->text();
}

} // namespace vigie
