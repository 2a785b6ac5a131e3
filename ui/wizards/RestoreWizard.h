#pragma once

#include "OperationWizard.h"
#include "ops/OperationChecks.h"

namespace vigie {

class RestoreBackupPage;
class RestoreSafetyPage;
class RestoreSourcePage;
class RestoreTargetPage;

// Restore a backup: server → database or tenant → backup (verified first) → target (in place
// or a copy) → safety dump (in place only) → review (type the database name) → run → summary
// with the row counts before and after; after a failure, restore the safety dump.
class RestoreWizard : public OperationWizard
{
    Q_OBJECT
public:
    enum OwnPage
    {
        SourcePageId = FirstOwnPageId,
        BackupPageId,
        TargetPageId,
        SafetyPageId,
    };

    RestoreWizard(OperationEnvironment* environment, const QString& serverId,
                  QWidget* parent = nullptr);

    QString database() const;
    QString backupFile() const;
    const OperationChecks::RestoreFacts& facts() const;
    Plan buildPlan(QString* error) const override;

protected:
    void fillSummary(SummaryPage* page, const RunRecord& record) override;

private:
    void offerSafetyRestore(SummaryPage* page);

    RestoreSourcePage* m_sourcePage;
    RestoreBackupPage* m_backupPage;
    RestoreTargetPage* m_targetPage;
    RestoreSafetyPage* m_safetyPage;
};

} // namespace vigie
