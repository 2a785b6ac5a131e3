#include "OperationWizard.h"

#include "PlanReviewPage.h"
#include "RunPage.h"
#include "RunProgressView.h"
#include "ServerPage.h"
#include "SummaryPage.h"
#include "dialogs/Confirmation.h"
#include "ssh/SshConnection.h"

#include <QAbstractButton>

namespace vigie {

OperationWizard::OperationWizard(OperationEnvironment* environment, const QString& serverId,
                                 QWidget* parent)
    : QWizard(parent)
    , m_environment(environment)
    , m_serverPage(new ServerPage(this))
    , m_reviewPage(new PlanReviewPage(this))
    , m_runPage(new RunPage(this))
    , m_summaryPage(new SummaryPage(this))
{
    setWizardStyle(QWizard::ClassicStyle); // the same look on every platform and in screenshots
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(760, 560);
    addOwnPage(ServerPageId, m_serverPage);
    addOwnPage(ReviewPageId, m_reviewPage);
    addOwnPage(RunPageId, m_runPage);
    addOwnPage(SummaryPageId, m_summaryPage);
    connect(this, &QWizard::currentIdChanged, this, &OperationWizard::updateButtons);
    setServer(serverId);
}

void OperationWizard::addOwnPage(int id, QWizardPage* page)
{
    setPage(id, page);
    // After QWizard's own connection: Back is settled once QWizard has updated its buttons.
    connect(page, &QWizardPage::completeChanged, this, &OperationWizard::updateButtons);
}

void OperationWizard::setServer(const QString& serverId)
{
    m_context = m_environment->contextFor(serverId);
    m_serverPage->showServer(serverId);
    emit contextChanged();
}

RunProgressView* OperationWizard::runView() const
{
    return m_runPage->view();
}

void OperationWizard::updateButtons()
{
    const auto* page = qobject_cast<const OperationPage*>(currentPage());
    if (page && page->isBusy())
        button(QWizard::BackButton)->setEnabled(false);
}

void OperationWizard::reject()
{
    if (!runView()->isActive()) {
        QWizard::reject();
        return;
    }
    // Closing does not stop a detached run: say so, and where to follow it.
    Confirmation::ask(this, tr("Close the wizard"),
                      tr("The run goes on on the server after this window closes. Follow it in "
                         "the Runs tab, or cancel it there. Close the window?"),
                      tr("Close"), [this] { QWizard::reject(); });
}

} // namespace vigie
