// The three wizards driven page by page against the MedicalPro-like fixture, through the real
// run engine: provision a new tenant, restore a backup to a copy, deploy a new commit; and the
// review page of an in-place restore that refuses to run until the database name is typed.
#include "WizardTestFixture.h"
#include "journal/Journal.h"
#include "ops/Plan.h"
#include "ops/ProvisionPlanner.h"
#include "widgets/LogView.h"
#include "wizards/CheckListWidget.h"
#include "wizards/DeployWizard.h"
#include "wizards/PlanReviewWidget.h"
#include "wizards/PlanView.h"
#include "wizards/ProvisionWizard.h"
#include "wizards/RestoreWizard.h"
#include "wizards/RunProgressView.h"
#include "wizards/SummaryPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QTreeWidget>
#include <QtTest>

using namespace vigie;

class TestWizards : public QObject
{
    Q_OBJECT
    test::WizardTestFixture m_fx;
    QTemporaryDir m_journalDir;
    Journal m_journal;       // every run the wizards start is recorded here, as main() sets it up
    QStringList m_tenantIds; // provisioned here, removed at the end
    QStringList m_copies;    // databases restored to a copy here, dropped at the end
    bool m_deployed = false;

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QLatin1String(name));
    }

    // Waits until the page lets the operator go on (reads from the server are async), then
    // presses Next (or Run on the review page).
    static bool next(QWizard* wizard, int timeoutMs = 60000)
    {
        QAbstractButton* button = wizard->button(QWizard::NextButton);
        QAbstractButton* commit = wizard->button(QWizard::CommitButton);
        const bool enabled = QTest::qWaitFor(
            [&] {
                return (button->isVisible() && button->isEnabled()) ||
                       (commit->isVisible() && commit->isEnabled());
            },
            timeoutMs);
        if (!enabled)
            return false;
        (commit->isVisible() ? commit : button)->click();
        return true;
    }

    // The review page shows every step's exact command.
    static void verifyReviewShowsCommands(QWizard* wizard)
    {
        auto* view = wizard->currentPage()->findChild<PlanView*>();
        QVERIFY(view);
        const Plan& plan = view->plan();
        QVERIFY(!plan.steps.isEmpty());
        const QString shown = view->toPlainText();
        for (const PlanStep& step : plan.steps) {
            QVERIFY2(shown.contains(step.title), qPrintable(step.title));
            QVERIFY2(shown.contains(step.command), qPrintable(step.command));
        }
    }

    static RunRecord waitForRun(OperationWizard* wizard)
    {
        RunProgressView* view = wizard->runView();
        (void)QTest::qWaitFor(
            [&] { return view->phase() != RunProgressView::Phase::Starting && !view->isActive(); },
            240000);
        if (view->phase() != RunProgressView::Phase::Finished)
            qWarning("the run did not finish: %s", qPrintable(view->problem()));
        else if (view->record().state != RunRecord::State::Succeeded)
            qWarning("run log:\n%s", qPrintable(view->controller()->log()));
        return view->record();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.setUp());
        QVERIFY2(m_journal.open(m_journalDir.filePath(QStringLiteral("journal.sqlite"))),
                 qPrintable(m_journal.errorString()));
        RunProgressView::setJournal(&m_journal);
    }

    void provisionNewTenant()
    {
        const QString number = QString::number(QRandomGenerator::global()->bounded(1000, 9999));
        const QString name = QStringLiteral("Clínica Prueba ") + number;
        const QString subdomain = QStringLiteral("clinica-prueba-") + number;
        auto wizard = std::make_unique<ProvisionWizard>(m_fx.environment.get(), m_fx.serverId);
        wizard->show();
        QCOMPARE(wizard->currentId(), int(OperationWizard::ServerPageId));
        QVERIFY(next(wizard.get()));

        QCOMPARE(wizard->currentId(), int(ProvisionWizard::NamePageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no name yet
        // keyClicks types ASCII only: the accented name is inserted as a paste would.
        child<QLineEdit>(wizard.get(), "tenantNameEdit")->insert(name);
        QVERIFY(next(wizard.get()));

        // Suggested from the name; a tenant's existing subdomain is refused.
        QCOMPARE(wizard->currentId(), int(ProvisionWizard::SubdomainPageId));
        auto* subdomainEdit = child<QLineEdit>(wizard.get(), "subdomainEdit");
        QCOMPARE(subdomainEdit->text(), subdomain);
        subdomainEdit->setText(QStringLiteral("alpha"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        subdomainEdit->setText(subdomain);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(next(wizard.get()));

        // The checks run on the server; Back and Next wait for them.
        QCOMPARE(wizard->currentId(), int(ProvisionWizard::ChecksPageId));
        QVERIFY(next(wizard.get()));
        auto* checks = wizard->page(ProvisionWizard::ChecksPageId)->findChild<CheckListWidget*>();
        QStringList ids;
        for (const CheckItem& item : checks->items())
            ids << item.id;
        QVERIFY2(ids.contains(QStringLiteral("subdomain-free")) &&
                     ids.contains(QStringLiteral("certificate")) &&
                     ids.contains(QStringLiteral("disk")),
                 qPrintable(ids.join(u',')));
        QCOMPARE(checks->topLevelItem(0)->text(0).isEmpty(), false); // status in words

        QCOMPARE(wizard->currentId(), int(OperationWizard::ReviewPageId));
        verifyReviewShowsCommands(wizard.get());
        QVERIFY(wizard->plan().confirmationWord.isEmpty()); // no destructive step
        QVERIFY(next(wizard.get()));

        QCOMPARE(wizard->currentId(), int(OperationWizard::RunPageId));
        m_tenantIds << wizard->tenantId();
        const RunRecord record = waitForRun(wizard.get());
        QCOMPARE(record.state, RunRecord::State::Succeeded);
        QVERIFY(wizard->runView()->logView()->receivedLineCount() > 0);
        QVERIFY(next(wizard.get()));

        QCOMPARE(wizard->currentId(), int(OperationWizard::SummaryPageId));
        auto* summary = qobject_cast<SummaryPage*>(wizard->currentPage());
        QVERIFY(summary->outcomeText().contains(runStateText(RunRecord::State::Succeeded)));
        QVERIFY(child<QGroupBox>(wizard.get(), "tenantSection"));

        // On the server: the tenant row, provisioned, and its database.
        QCOMPARE(m_fx.sql(QStringLiteral("medicalpro_central"),
                          QStringLiteral("SELECT name || '|' || subdomain || '|' || "
                                         "clinic_db_provisioned FROM companies WHERE id = '%1'")
                              .arg(wizard->tenantId())),
                 name + u'|' + subdomain + QStringLiteral("|true"));
        const QString database = ProvisionPlanner::databaseName(m_fx.profile, wizard->tenantId());
        QCOMPARE(m_fx.sql(QStringLiteral("postgres"),
                          QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'")
                              .arg(database)),
                 QStringLiteral("1"));

        // The journal has the run: server, wizard, final result and the log.
        const auto journaled = [&] {
            for (const JournalEntry& entry : m_journal.search())
                if (entry.runId == record.id && entry.result == JournalEntry::Result::Succeeded)
                    return std::optional<JournalEntry>(entry);
            return std::optional<JournalEntry>();
        };
        QTRY_VERIFY_WITH_TIMEOUT(journaled().has_value(), 10000);
        QCOMPARE(journaled()->server, QStringLiteral("medicalpro"));
        QCOMPARE(journaled()->wizard, QStringLiteral("provision"));
        QVERIFY(m_journal.log(journaled()->id).contains(subdomain));
    }

    void restoreToACopy()
    {
        auto wizard = std::make_unique<RestoreWizard>(m_fx.environment.get(), m_fx.serverId);
        wizard->show();
        QVERIFY(next(wizard.get()));

        // Tenants are listed by name with their database.
        QCOMPARE(wizard->currentId(), int(RestoreWizard::SourcePageId));
        auto* databases = child<QComboBox>(wizard.get(), "databaseCombo");
        const int alpha = databases->findText(QStringLiteral("Clinique Alpha"), Qt::MatchContains);
        QVERIFY(alpha >= 0);
        databases->setCurrentIndex(alpha);
        const QString database = wizard->database();
        QVERIFY(database.startsWith(m_fx.profile.tenantDatabasePrefix));
        QVERIFY(next(wizard.get()));

        // The backups, newest first, and the newest verified before Next is allowed.
        QCOMPARE(wizard->currentId(), int(RestoreWizard::BackupPageId));
        QVERIFY(next(wizard.get(), 120000));
        auto* backups = child<QTreeWidget>(wizard.get(), "backupList");
        QCOMPARE(backups->topLevelItemCount(), 6);             // 7 nights, one missing
        QVERIFY(!backups->topLevelItem(0)->text(2).isEmpty()); // size
        bool verified = false;
        for (const CheckItem& item :
             wizard->page(RestoreWizard::BackupPageId)->findChild<CheckListWidget*>()->items())
            verified |= item.id == QLatin1String("backup-verified") &&
                        item.status == CheckItem::Status::Passed;
        QVERIFY(verified);

        // To a copy (the default): straight to the review, no confirmation word.
        QCOMPARE(wizard->currentId(), int(RestoreWizard::TargetPageId));
        QVERIFY(child<QRadioButton>(wizard.get(), "copyButton")->isChecked());
        const QString copy = child<QLineEdit>(wizard.get(), "copyNameEdit")->text();
        QVERIFY(copy.contains(QStringLiteral("_copy_")));
        QVERIFY(next(wizard.get()));

        QCOMPARE(wizard->currentId(), int(OperationWizard::ReviewPageId));
        verifyReviewShowsCommands(wizard.get());
        QVERIFY(wizard->plan().confirmationWord.isEmpty());
        QVERIFY(next(wizard.get()));
        m_copies << copy;
        QCOMPARE(waitForRun(wizard.get()).state, RunRecord::State::Succeeded);
        QVERIFY(next(wizard.get()));

        // Row counts of the copy, read by the plan's last step.
        QCOMPARE(wizard->currentId(), int(OperationWizard::SummaryPageId));
        auto* rows = child<QGroupBox>(wizard.get(), "rowCountsSection");
        QVERIFY(rows);
        const QString rowsText = rows->findChild<QLabel*>()->text();
        QVERIFY2(rowsText.contains(QStringLiteral("public.patients")), qPrintable(rowsText));
        QVERIFY2(rowsText.contains(QStringLiteral("→ 4")), qPrintable(rowsText));
        QCOMPARE(m_fx.sql(copy, QStringLiteral("SELECT count(*) FROM patients")),
                 QStringLiteral("4"));
    }

    void inPlaceReviewWaitsForTheTypedDatabaseName()
    {
        auto wizard = std::make_unique<RestoreWizard>(m_fx.environment.get(), m_fx.serverId);
        wizard->show();
        QVERIFY(next(wizard.get()));
        auto* databases = child<QComboBox>(wizard.get(), "databaseCombo");
        databases->setCurrentIndex(
            databases->findText(QStringLiteral("Cabinet Beta"), Qt::MatchContains));
        const QString database = wizard->database();
        QVERIFY(next(wizard.get()));
        QVERIFY(next(wizard.get(), 120000)); // backup read and verified
        child<QRadioButton>(wizard.get(), "inPlaceButton")->setChecked(true);
        QVERIFY(next(wizard.get()));

        // The safety dump: skipping it needs the typed phrase.
        QCOMPARE(wizard->currentId(), int(RestoreWizard::SafetyPageId));
        QAbstractButton* nextButton = wizard->button(QWizard::NextButton);
        QVERIFY(nextButton->isEnabled());
        child<QCheckBox>(wizard.get(), "skipSafetyCheck")->setChecked(true);
        QVERIFY(!nextButton->isEnabled());
        child<QLineEdit>(wizard.get(), "skipPhraseEdit")
            ->setText(QStringLiteral("skip ") + database);
        QVERIFY(nextButton->isEnabled());
        child<QCheckBox>(wizard.get(), "skipSafetyCheck")->setChecked(false); // keep the dump
        QVERIFY(next(wizard.get()));

        QCOMPARE(wizard->currentId(), int(OperationWizard::ReviewPageId));
        verifyReviewShowsCommands(wizard.get());
        auto* review = wizard->currentPage()->findChild<PlanReviewWidget*>();
        QCOMPARE(review->plan().confirmationWord, database);
        QVERIFY(review->plan().hasDestructiveSteps());
        QVERIFY(review->findChild<PlanView*>()->toPlainText().contains(
            PlanView::kindText(PlanStep::Kind::Destructive)));
        QAbstractButton* run = wizard->button(QWizard::CommitButton);
        QVERIFY(run->isVisible());
        QVERIFY(!run->isEnabled());
        QLineEdit* word = review->confirmationEdit();
        QVERIFY(word->isVisible());
        QTest::keyClicks(word, database.left(database.size() - 1));
        QVERIFY(!run->isEnabled());
        QTest::keyClicks(word, QStringLiteral("x"));
        QVERIFY(!run->isEnabled());
        word->clear();
        QTest::keyClicks(word, database);
        QVERIFY(run->isEnabled());
        // Not run: nothing is restored in place by this test.
        QCOMPARE(wizard->currentId(), int(OperationWizard::ReviewPageId));
    }

    void deployANewCommit()
    {
        const QString commit = m_fx.fixtureTool(
            {QStringLiteral("bin/app-repo"), QStringLiteral("commit"), QStringLiteral("1.0.7")});
        QCOMPARE(commit.size(), 40);
        m_deployed = true;
        auto wizard = std::make_unique<DeployWizard>(m_fx.environment.get(), m_fx.serverId);
        wizard->show();
        QVERIFY(next(wizard.get()));

        QCOMPARE(wizard->currentId(), int(DeployWizard::AppPageId));
        QCOMPARE(child<QComboBox>(wizard.get(), "appCombo")->currentText(),
                 QStringLiteral("medical-pro-backend"));
        QVERIFY(next(wizard.get()));

        // What will change: the fetched commit.
        QCOMPARE(wizard->currentId(), int(DeployWizard::ChangesPageId));
        QVERIFY(next(wizard.get(), 120000));
        QCOMPARE(wizard->preview().targetCommit, commit);
        auto* commits = child<QTreeWidget>(wizard.get(), "commitList");
        QCOMPARE(commits->topLevelItemCount(), 1);
        QCOMPARE(commits->topLevelItem(0)->text(3), QStringLiteral("Version 1.0.7"));

        QCOMPARE(wizard->currentId(), int(DeployWizard::OptionsPageId));
        QVERIFY(!child<QCheckBox>(wizard.get(), "migrationsCheck")->isChecked()); // none changed
        QVERIFY(next(wizard.get()));

        QCOMPARE(wizard->currentId(), int(OperationWizard::ReviewPageId));
        verifyReviewShowsCommands(wizard.get());
        QVERIFY(next(wizard.get()));
        QCOMPARE(waitForRun(wizard.get()).state, RunRecord::State::Succeeded);
        QVERIFY(next(wizard.get()));
        QCOMPARE(wizard->currentId(), int(OperationWizard::SummaryPageId));
        QVERIFY(child<QGroupBox>(wizard.get(), "finalStateSection"));
        // The working copy is at the deployed commit.
        QCOMPARE(
            QString::fromUtf8(
                test::runProgram(QStringLiteral("git"),
                                 {QStringLiteral("-C"), m_fx.fixture.dir + QStringLiteral("/app"),
                                  QStringLiteral("rev-parse"), QStringLiteral("HEAD")}))
                .trimmed(),
            commit);
    }

    void cleanupTestCase()
    {
        for (const QString& id : std::as_const(m_tenantIds)) {
            const QString database = ProvisionPlanner::databaseName(m_fx.profile, id);
            m_fx.sql(QStringLiteral("postgres"),
                     QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
            m_fx.sql(QStringLiteral("medicalpro_central"),
                     QStringLiteral("DELETE FROM companies WHERE id = '%1'").arg(id));
        }
        for (const QString& copy : std::as_const(m_copies))
            m_fx.sql(QStringLiteral("postgres"),
                     QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(copy));
        if (m_deployed)
            m_fx.fixtureTool({QStringLiteral("bin/app-repo"), QStringLiteral("restore")});
        m_fx.tearDown();
    }
};

QTEST_MAIN(TestWizards)
#include "tst_wizards.moc"
