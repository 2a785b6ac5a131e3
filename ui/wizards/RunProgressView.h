#pragma once

#include "ops/Plan.h"
#include "ops/RunController.h"
#include "ops/RunTypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace vigie {

class Journal;
class LogView;
class MessageBanner;
class RunStepList;
class RunsClient;
class SshConnection;

// Follows one run on the server through a RunController: per-step progress, the live output,
// Cancel (confirmed), and clear words for what can happen on the way — the connection dropped
// and Vigie reattaches, the target is locked by another operator (with "Clear stale lock…"
// when its holder is gone), the run could not start.
class RunProgressView : public QWidget
{
    Q_OBJECT
public:
    enum class Phase
    {
        Idle,
        Starting,
        Running,
        Finished,      // record() is final
        Refused,       // a lock is held: nothing ran
        FailedToStart, // nothing ran
    };

    explicit RunProgressView(QWidget* parent = nullptr);
    ~RunProgressView() override;

    // Where the runs live on the server (profile's runsDirectory; empty: the default).
    void setConnection(SshConnection* connection, const QString& runsDirectory);
    // The name the journal records the run under (default: the connection's host).
    void setServerName(const QString& name) { m_serverName = name; }
    // Every run started or followed from now on is recorded there (main() sets the app's
    // journal once; null: nothing is recorded).
    static void setJournal(Journal* journal);
    void start(const Plan& plan);
    // Follows a run that already exists (the Runs tab, or a reopened wizard).
    void attach(const RunRecord& record);

    Phase phase() const { return m_phase; }
    bool isActive() const { return m_phase == Phase::Starting || m_phase == Phase::Running; }
    const RunRecord& record() const { return m_record; }
    const Plan& plan() const { return m_plan; }
    QString runId() const;
    QString problem() const; // why nothing ran (Refused / FailedToStart), translated
    RunController* controller() const { return m_controller; }
    RunStepList* stepList() const { return m_steps; }
    LogView* logView() const { return m_log; }

    void requestCancel(); // asks for confirmation, then cancels the run on the server

signals:
    void phaseChanged(vigie::RunProgressView::Phase phase);
    void finished(const vigie::RunRecord& record);

private:
    void createController();
    void setPhase(Phase phase);
    void onRefused(const LockHolder& holder);
    void clearStaleLock();
    void retry();

    QPointer<SshConnection> m_connection;
    QString m_runsDirectory;
    QString m_serverName;
    QPointer<RunController> m_controller;
    RunsClient* m_runsClient = nullptr;
    Plan m_plan;
    RunRecord m_record;
    LockHolder m_lockHolder;
    Phase m_phase = Phase::Idle;
    QString m_problem;

    MessageBanner* m_banner;
    QPushButton* m_clearLock;
    QPushButton* m_retry;
    QLabel* m_runLabel;
    RunStepList* m_steps;
    LogView* m_log;
    QPushButton* m_cancel;
};

} // namespace vigie
