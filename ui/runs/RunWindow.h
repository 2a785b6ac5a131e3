#pragma once

#include "ops/RunTypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace vigie {

class LogView;
class RunProgressView;
class RunStepList;
class RunsClient;
class SshConnection;

// One run of the Runs tab in its own window: its log as the server keeps it, and while it still
// runs, a live follow (a RunController attached to it by id) with its progress and Cancel.
class RunWindow : public QWidget
{
    Q_OBJECT
public:
    RunWindow(SshConnection* connection, const QString& runsDirectory, const RunRecord& record,
              const QString& serverName, QWidget* parent = nullptr);

    bool isFollowingLive() const;
    LogView* logView() const; // the one shown: live or read
    RunProgressView* progress() const { return m_progress; }

signals:
    void runFinished(const vigie::RunRecord& record);

private:
    void showRecord(const RunRecord& record);
    void readLog();

    QPointer<SshConnection> m_connection;
    QString m_runsDirectory;
    RunRecord m_record;
    QLabel* m_header;
    QStackedWidget* m_stack;
    RunProgressView* m_progress;
    QWidget* m_finished;
    RunStepList* m_steps;
    LogView* m_log;
    RunsClient* m_client;
};

} // namespace vigie
