#pragma once

#include "OperationWizard.h"
#include "ops/DeployPreview.h"

namespace vigie {

class DeployAppPage;
class DeployChangesPage;
class DeployOptionsPage;

// Deploy an app: server → app → what will change (fetched commits and files) → options
// (migrations, snapshot) → review → run → summary (rollback report; after a rollback with
// migrations, restore the snapshot).
class DeployWizard : public OperationWizard
{
    Q_OBJECT
public:
    enum OwnPage
    {
        AppPageId = FirstOwnPageId,
        ChangesPageId,
        OptionsPageId,
    };

    DeployWizard(OperationEnvironment* environment, const QString& serverId,
                 QWidget* parent = nullptr);

    QString appName() const;
    const DeployPreviewResult& preview() const;
    Plan buildPlan(QString* error) const override;

protected:
    void fillSummary(SummaryPage* page, const RunRecord& record) override;

private:
    void offerSnapshotRestore(SummaryPage* page, const QString& database, const QString& file);

    DeployAppPage* m_appPage;
    DeployChangesPage* m_changesPage;
    DeployOptionsPage* m_optionsPage;
};

} // namespace vigie
