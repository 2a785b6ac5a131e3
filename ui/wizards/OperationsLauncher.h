#pragma once

#include "ops/RunTypes.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace vigie {

class OperationEnvironment;
class OperationWizard;

// Opens the guided operations for a server (the main window's Operations menu and toolbar) and
// refreshes that server's dashboards when one of their runs ends.
class OperationsLauncher : public QObject
{
    Q_OBJECT
public:
    enum class Operation
    {
        Provision,
        Restore,
        Deploy,
    };

    OperationsLauncher(OperationEnvironment* environment, QWidget* window);

    // A new, non-modal wizard for that server (deleted when closed).
    OperationWizard* open(Operation operation, const QString& serverId);

signals:
    void runFinished(const QString& serverId, const vigie::RunRecord& record);

private:
    OperationEnvironment* m_environment;
    QWidget* m_window;
};

} // namespace vigie
