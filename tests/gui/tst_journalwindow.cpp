// The journal window, offscreen, over a real journal file: recorded operations appear (and
// new ones while it is open), the search filters on server, operation and log text, the detail
// shows parameters, plan and log, and both export buttons write files through the file dialog.

#include "journal/Journal.h"
#include "journal/JournalExport.h"
#include "journal/JournalWindow.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {

JournalEntry entry(const QString& server, const QString& wizard, const QString& title,
                   qint64 minutesAgo, JournalEntry::Result result, const QString& log)
{
    JournalEntry e;
    e.server = server;
    e.wizard = wizard;
    e.title = title;
    e.operatorName = QStringLiteral("alice@laptop");
    e.started = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    e.finished = e.started.addSecs(135);
    e.result = result;
    e.parameters = QJsonObject{{QStringLiteral("database"), QStringLiteral("clinic_a")}};
    e.plan = QJsonObject{
        {QStringLiteral("wizard"), wizard},
        {QStringLiteral("title"), title},
        {QStringLiteral("steps"),
         QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Check the backup")},
                                {QStringLiteral("command"), QStringLiteral("test -s /b.gpg")},
                                {QStringLiteral("kind"), QStringLiteral("check")}}}}};
    e.log = log;
    return e;
}

} // namespace

class TestJournalWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEntriesAndDetail();
    void searchFilters();
    void showsNewEntriesWhileOpen();
    void exportsThroughTheButtons_data();
    void exportsThroughTheButtons();
    void saysWhenTheJournalIsNotOpen();

private:
    QTableView* table() const
    {
        return m_window->findChild<QTableView*>(QStringLiteral("journalTable"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JournalWindow> m_window;
    qint64 m_failedId = -1;
};

void TestJournalWindow::init()
{
    QVERIFY(m_dir.isValid());
    m_journal = std::make_unique<Journal>();
    QVERIFY(m_journal->open(m_dir.filePath(
        QStringLiteral("journal-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()))));
    QVERIFY(m_journal->addEntry(entry(QStringLiteral("web-01"), QStringLiteral("deploy"),
                                      QStringLiteral("Deploy medical-pro-backend main"), 30,
                                      JournalEntry::Result::Succeeded,
                                      QStringLiteral("npm ci\nbuilt in 12 s\n"))) > 0);
    m_failedId = m_journal->addEntry(entry(QStringLiteral("db-01"), QStringLiteral("restore"),
                                           QStringLiteral("Restore clinic_a from 2026-11-21"), 20,
                                           JournalEntry::Result::Failed,
                                           QStringLiteral("pg_restore: error: relation "
                                                          "\"patients\" already exists\n")));
    QVERIFY(m_failedId > 0);
    QVERIFY(m_journal->addEntry(entry(QStringLiteral("web-02"), QStringLiteral("provision"),
                                      QStringLiteral("Provision clinic_b"), 10,
                                      JournalEntry::Result::Succeeded,
                                      QStringLiteral("created database clinic_b\n"))) > 0);
    m_window = std::make_unique<JournalWindow>(m_journal.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestJournalWindow::cleanup()
{
    m_window.reset();
    m_journal.reset();
}

void TestJournalWindow::showsEntriesAndDetail()
{
    QTableView* view = table();
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 3);
    // Newest first, with the operation named for people and the result in words.
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("web-02"));
    QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("Provision"));
    QCOMPARE(view->model()->index(1, 4).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(view->model()->index(1, 5).data().toString(), QStringLiteral("2 min"));
    QCOMPARE(view->model()->index(1, 6).data().toString(), QStringLiteral("alice@laptop"));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("journalCount"))
                ->text()
                .startsWith(QStringLiteral("3 operation")));

    const QRect cell = view->visualRect(view->model()->index(1, 3));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->selectedEntryId(), m_failedId);
    auto* log = m_window->findChild<QPlainTextEdit*>(QStringLiteral("journalLog"));
    QVERIFY(log->isReadOnly());
    QCOMPARE(log->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont)); // monospace
    QCOMPARE(log->toPlainText(),
             QStringLiteral("pg_restore: error: relation \"patients\" already exists\n"));
    QVERIFY(m_window->findChild<QPlainTextEdit*>(QStringLiteral("journalParameters"))
                ->toPlainText()
                .contains(QStringLiteral("\"clinic_a\"")));
    QVERIFY(m_window->findChild<QPlainTextEdit*>(QStringLiteral("journalPlan"))
                ->toPlainText()
                .contains(QStringLiteral("test -s /b.gpg")));
    const QString summary = m_window->findChild<QLabel*>(QStringLiteral("journalSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Restore clinic_a from 2026-11-21 on db-01: Failed")),
             qPrintable(summary));
}

void TestJournalWindow::searchFilters()
{
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("journalSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("web-0"));
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("already exists"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, 1).data().toString(), QStringLiteral("db-01"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("provision"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    m_window->setSearchText(QStringLiteral("no such thing"));
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("exportJson"))->isEnabled());
    m_window->setSearchText(QString());
    QCOMPARE(table()->model()->rowCount(), 3);
}

void TestJournalWindow::showsNewEntriesWhileOpen()
{
    m_window->selectEntry(m_failedId);
    const qint64 id = m_journal->addEntry(entry(QStringLiteral("web-03"), QStringLiteral("deploy"),
                                                QStringLiteral("Deploy frontend"), 0,
                                                JournalEntry::Result::Running, QString()));
    QTRY_COMPARE(table()->model()->rowCount(), 4);
    QCOMPARE(m_window->selectedEntryId(), m_failedId); // the selection stays
    m_window->selectEntry(id);
    QVERIFY(m_journal->appendLog(id, QStringLiteral("building…\n")));
    auto* log = m_window->findChild<QPlainTextEdit*>(QStringLiteral("journalLog"));
    QTRY_COMPARE(log->toPlainText(), QStringLiteral("building…\n"));
}

void TestJournalWindow::exportsThroughTheButtons_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("file");
    QTest::newRow("JSON") << QStringLiteral("exportJson") << QStringLiteral("out.json");
    QTest::newRow("CSV") << QStringLiteral("exportCsv") << QStringLiteral("out.csv");
}

void TestJournalWindow::exportsThroughTheButtons()
{
    QFETCH(QString, button);
    QFETCH(QString, file);
    m_window->setSearchText(QStringLiteral("web-0"));
    auto* exportButton = m_window->findChild<QPushButton*>(button);
    QVERIFY(exportButton && exportButton->isEnabled());
    exportButton->click();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog*>(
                     QStringLiteral("journalExportDialog"))) != nullptr);
    const QString path = m_dir.filePath(file);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
    QTRY_VERIFY(QFile::exists(path));
    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray data = out.readAll();
    if (button == QLatin1String("exportJson")) {
        const QList<JournalEntry> entries = JournalExport::fromJson(data);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).server, QStringLiteral("web-02"));
        QCOMPARE(entries.at(1).log, QStringLiteral("npm ci\nbuilt in 12 s\n"));
    } else {
        const QList<QStringList> rows = JournalExport::parseCsv(data);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), JournalExport::csvHeader());
        QCOMPARE(rows.at(2).at(JournalExport::csvHeader().indexOf(QStringLiteral("log"))),
                 QStringLiteral("npm ci\nbuilt in 12 s\n"));
    }
    QCOMPARE(QFileInfo(path).permissions() & QFile::Permissions(0x7077),
             QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_window->errorString().isEmpty());
    // A place that cannot be written says so in the window.
    QVERIFY(!m_window->exportTo(m_dir.filePath(QStringLiteral("missing/dir/") + file),
                                JournalWindow::ExportFormat::Json));
    QVERIFY(!m_window->errorString().isEmpty());
}

void TestJournalWindow::saysWhenTheJournalIsNotOpen()
{
    Journal broken;
    // A file where a folder is needed: the journal cannot open, the window says why.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(!broken.open(blocker.fileName() + QStringLiteral("/journal.sqlite")));
    JournalWindow window(&broken);
    window.show();
    QCOMPARE(window.findChild<QTableView*>(QStringLiteral("journalTable"))->model()->rowCount(), 0);
    bool said = false;
    for (const QLabel* label : window.findChildren<QLabel*>())
        said = said || label->text().contains(QStringLiteral("not a folder"));
    QVERIFY(said);
}

QTEST_MAIN(TestJournalWindow)
#include "tst_journalwindow.moc"
