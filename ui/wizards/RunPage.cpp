#include "RunPage.h"

#include "OperationWizard.h"
#include "RunProgressView.h"
#include "ssh/SshConnection.h"

#include <QVBoxLayout>

namespace vigie {

RunPage::RunPage(QWidget* parent)
    : OperationPage(parent)
    , m_view(new RunProgressView(this))
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Run"));
    setSubTitle(tr("The run goes on on the server even if this window closes or the connection "
                   "drops."));
    setCommitPage(true);
    contentLayout()->addWidget(m_view, 1);
    connect(m_view, &RunProgressView::phaseChanged, this, &QWizardPage::completeChanged);
    connect(m_view, &RunProgressView::finished, this, [this](const RunRecord& record) {
        if (auto* wizard = operationWizard())
            emit wizard->runFinished(wizard->context().server.id, record);
    });
}

void RunPage::initializePage()
{
    OperationWizard* wizard = operationWizard();
    m_view->setConnection(wizard->context().connection, wizard->context().profile.runsDirectory);
    m_view->setServerName(wizard->context().server.name);
    m_view->start(wizard->plan());
}

bool RunPage::ready() const
{
    // Finished, or nothing ran (refused, could not start): the summary says which.
    return !m_view->isActive() && m_view->phase() != RunProgressView::Phase::Idle;
}

} // namespace vigie
