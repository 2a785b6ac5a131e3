#include "OperationsLauncher.h"

#include "DeployWizard.h"
#include "OperationEnvironment.h"
#include "ProvisionWizard.h"
#include "RestoreWizard.h"
#include "fleet/FleetMonitor.h"

namespace vigie {

OperationsLauncher::OperationsLauncher(OperationEnvironment* environment, QWidget* window)
    : QObject(window)
    , m_environment(environment)
    , m_window(window)
{}

OperationWizard* OperationsLauncher::open(Operation operation, const QString& serverId)
{
    OperationWizard* wizard = nullptr;
    switch (operation) {
    case Operation::Provision:
        wizard = new ProvisionWizard(m_environment, serverId, m_window);
        break;
    case Operation::Restore:
        wizard = new RestoreWizard(m_environment, serverId, m_window);
        break;
    case Operation::Deploy:
        wizard = new DeployWizard(m_environment, serverId, m_window);
        break;
    }
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &OperationWizard::runFinished, this,
            [this](const QString& id, const RunRecord& record) {
                // Tenants, databases, services: what the run changed shows in the dashboards.
                if (FleetMonitor* monitor = m_environment->monitor())
                    monitor->refresh(id);
                emit runFinished(id, record);
            });
    wizard->show();
    return wizard;
}

} // namespace vigie
