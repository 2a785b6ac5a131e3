#include "DashboardPage.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigie {

DashboardPage::DashboardPage(QWidget* dashboard, const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_dashboard(dashboard)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(objectName);
    m_empty->setObjectName(objectName + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_banner->setObjectName(objectName + QStringLiteral("Banner"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(dashboard);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bannerLayout = new QVBoxLayout;
    bannerLayout->setContentsMargins(9, 9, 9, 0);
    bannerLayout->addWidget(m_banner);
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

} // namespace vigie
