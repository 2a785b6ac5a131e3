#include "OperationPage.h"

#include "OperationWizard.h"
#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace vigie {

OperationPage::OperationPage(QWidget* parent)
    : QWizardPage(parent)
    , m_banner(new MessageBanner(this))
    , m_busyLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_content(new QVBoxLayout)
{
    m_banner->hide();
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    m_busyLabel->hide();
    m_busyBar->hide();

    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_busyLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_content, 1);
    layout->addLayout(busyRow);
    layout->addWidget(m_banner);
}

bool OperationPage::isComplete() const
{
    return !m_busy && ready();
}

OperationWizard* OperationPage::operationWizard() const
{
    return qobject_cast<OperationWizard*>(wizard());
}

void OperationPage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_busyLabel->setText(what);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (busy)
        clearError();
    emit completeChanged(); // the wizard also updates Back (OperationWizard::updateButtons)
}

void OperationPage::showError(const QString& text)
{
    m_banner->showMessage(MessageBanner::Kind::Error, text);
    m_banner->show();
}

void OperationPage::clearError()
{
    m_banner->clearMessage();
    m_banner->hide();
}

} // namespace vigie
