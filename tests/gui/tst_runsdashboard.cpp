// The Runs tab against the fixture: runs started through the real run engine are listed with
// their status in words, wizard, operator and duration; a finished run opens with its log, a
// running one is followed live until it ends.
#include "MainWindow.h"
#include "WizardTestFixture.h"
#include "dashboards/DashboardTableView.h"
#include "ops/RunController.h"
#include "runs/RunTableModel.h"
#include "runs/RunWindow.h"
#include "runs/RunsDashboard.h"
#include "widgets/LogView.h"
#include "wizards/RunProgressView.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QtTest>

using namespace vigie;

class TestRunsDashboard : public QObject
{
    Q_OBJECT
    test::WizardTestFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
    QString m_marker;

    Plan echoPlan(const QString& title, const QString& command) const
    {
        Plan plan;
        plan.wizard = QStringLiteral("provision");
        plan.title = title;
        PlanStep step;
        step.title = QStringLiteral("Say something");
        step.command = command;
        step.kind = PlanStep::Kind::Check;
        plan.steps = {step};
        return plan;
    }

    // Starts a plan through the run engine; returns its run id once the server has it.
    QString startRun(RunController* controller, const Plan& plan)
    {
        controller->setRunsDirectory(m_fx.profile.runsDirectory);
        controller->setOperatorName(QStringLiteral("runs-tab@test"));
        QSignalSpy started(controller, &RunController::started);
        controller->start(plan);
        if (!started.wait(60000))
            return {};
        return started.first().at(0).toString();
    }

    RunsDashboard* runs() const { return m_window->runsDashboard(); }

    bool refreshRuns()
    {
        QSignalSpy refreshed(runs(), &RunsDashboard::refreshed);
        runs()->refresh();
        return refreshed.wait(60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.setUp());
        m_marker = QStringLiteral("runs-tab-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_window = std::make_unique<MainWindow>(m_fx.fleet.get(), m_fx.keyRing.get(),
                                                m_fx.connections.get());
        ProfileStore* profiles = m_fx.profiles.get();
        Fleet* fleet = m_fx.fleet.get();
        m_window->setProfileResolver([fleet, profiles](const QString& id) {
            return profiles->profileFor(*fleet->find(id));
        });
        m_window->show();
        m_window->selectServer(m_fx.serverId);
    }

    void listsTheServersRuns()
    {
        RunController controller(m_fx.connections->connectionFor(*m_fx.fleet->find(m_fx.serverId)));
        QSignalSpy finished(&controller, &RunController::finished);
        const QString runId = startRun(
            &controller, echoPlan(QStringLiteral("Runs tab check"),
                                  QStringLiteral("echo ") + m_marker + QStringLiteral("-done")));
        QVERIFY(!runId.isEmpty());
        QVERIFY(finished.wait(60000));

        // Ctrl+7 shows the Runs tab, which reads the runs by itself.
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("serverTabs"));
        QSignalSpy refreshed(runs(), &RunsDashboard::refreshed);
        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), runs());
        QVERIFY(refreshed.wait(60000));

        RunTableModel* model = runs()->runsModel();
        const int row = model->rowOfRun(runId);
        QVERIFY2(row >= 0,
                 qPrintable(runs()->findChild<QLabel*>(QStringLiteral("runsStatus"))->text()));
        const auto cell = [&](int column) {
            return model->data(model->index(row, column)).toString();
        };
        QCOMPARE(cell(RunTableModel::StatusColumn), runStateText(RunRecord::State::Succeeded));
        QCOMPARE(cell(RunTableModel::WizardColumn),
                 RunTableModel::wizardText(QStringLiteral("provision")));
        QCOMPARE(cell(RunTableModel::TitleColumn), QStringLiteral("Runs tab check"));
        QCOMPARE(cell(RunTableModel::OperatorColumn), QStringLiteral("runs-tab@test"));
        QVERIFY(!cell(RunTableModel::StartedColumn).isEmpty());
        QVERIFY(!cell(RunTableModel::DurationColumn).isEmpty());
        // Colour never alone: the status cell has its dot AND its word.
        QVERIFY(!model->data(model->index(row, RunTableModel::StatusColumn), Qt::DecorationRole)
                     .isNull());

        // Enter on the row opens the run with its log.
        DashboardTableView* view = runs()->runsView();
        view->selectSourceRow(row);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        RunWindow* window = nullptr;
        QTRY_VERIFY((window = runs()->findChild<RunWindow*>()) != nullptr);
        QVERIFY(!window->isFollowingLive());
        QTRY_VERIFY_WITH_TIMEOUT(
            window->logView()->toPlainText().contains(m_marker + QStringLiteral("-done")), 60000);
        window->close();
    }

    void followsARunningRunLive()
    {
        // A run that lasts a few seconds, opened from the tab while it runs.
        RunController controller(m_fx.connections->connectionFor(*m_fx.fleet->find(m_fx.serverId)));
        const QString runId = startRun(
            &controller,
            echoPlan(QStringLiteral("Runs tab live"),
                     QStringLiteral("echo %1-start; sleep 4; echo %1-live").arg(m_marker)));
        QVERIFY(!runId.isEmpty());
        QVERIFY(refreshRuns());
        const int row = runs()->runsModel()->rowOfRun(runId);
        QVERIFY(row >= 0);
        QCOMPARE(runs()->runsModel()->run(row).state, RunRecord::State::Running);
        runs()->openRun(row);
        RunWindow* window = nullptr;
        QTRY_VERIFY((window = runs()->findChild<RunWindow*>()) != nullptr);
        QVERIFY(window->isFollowingLive());
        QSignalSpy ended(window, &RunWindow::runFinished);
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.first().at(0).value<RunRecord>().state, RunRecord::State::Succeeded);
        QVERIFY(window->progress()->logView()->toPlainText().contains(m_marker +
                                                                      QStringLiteral("-live")));
        // The tab refreshes once the followed run ends.
        QTRY_COMPARE_WITH_TIMEOUT(
            runs()->runsModel()->run(runs()->runsModel()->rowOfRun(runId)).state,
            RunRecord::State::Succeeded, 60000);
        window->close();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_fx.tearDown();
    }
};

QTEST_MAIN(TestRunsDashboard)
#include "tst_runsdashboard.moc"
