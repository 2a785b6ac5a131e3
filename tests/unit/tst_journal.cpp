// The local journal: schema and migrations, files that must be refused and left untouched,
// recording and search, no secret in the file (the fixture's private key, passwords), the log
// cap, retention, JSON and CSV export. Redaction itself: tst_secretredactor.

#include "TestSupport.h"
#include "journal/Journal.h"
#include "journal/JournalExport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {

// Owner, group and others (the "User" flags repeat the owner's for the current user).
constexpr QFile::Permissions OwnerGroupOther(0x7077);

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every byte SQLite wrote (database, WAL): secrets must be in none of them.
QByteArray allJournalBytes(const QString& path)
{
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

// A second, independent connection to look at the file as SQLite sees it.
class RawDb
{
public:
    explicit RawDb(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    bool exec(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

JournalEntry sampleEntry(const QString& server, const QString& wizard, const QDateTime& started)
{
    JournalEntry entry;
    entry.runId = QStringLiteral("20261122-101500-ab12");
    entry.server = server;
    entry.wizard = wizard;
    entry.title = QStringLiteral("Restore medicalpro_clinic_a from 2026-11-21");
    entry.operatorName = QStringLiteral("alice@laptop");
    entry.parameters =
        QJsonObject{{QStringLiteral("database"), QStringLiteral("medicalpro_clinic_a")},
                    {QStringLiteral("backup"), QStringLiteral("2026-11-21.sql.gpg")}};
    entry.plan = QJsonObject{
        {QStringLiteral("wizard"), wizard},
        {QStringLiteral("steps"),
         QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Check the backup")},
                                {QStringLiteral("command"), QStringLiteral("test -s /x")},
                                {QStringLiteral("kind"), QStringLiteral("check")}}}}};
    entry.started = started;
    return entry;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsSchemaWithWalAndOwnerOnlyFiles();
    void reopensAndKeepsEntries();
    void migratesAVersion1Journal();
    void refusesAndLeavesUntouched_data();
    void refusesAndLeavesUntouched();
    void reportsAnUncreatableLocation();
    void recordsAndReadsBack();
    void searchesServerWizardTitleAndLog();
    void nothingSecretReachesTheFile();
    void capsTheLogKeepingHeadAndTail();
    void purgesOldEntries();
    void exportsJsonRoundTrip();
    void exportsCsvQuotedAndFormulaSafe();

private:
    QString freshPath(const QString& name = QStringLiteral("journal.sqlite"))
    {
        return m_dir.path() + QStringLiteral("/%1/%2").arg(++m_counter).arg(name);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    test::Fixture m_fixture;
};

void TestJournal::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = test::Fixture::load();
    QVERIFY2(m_fixture.isValid(), "the fixture server must be running (ctest fixture 'server')");
}

void TestJournal::createsSchemaWithWalAndOwnerOnlyFiles()
{
    const QString path = freshPath();
    Journal journal;
    QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
    QVERIFY(journal.isOpen());
    QCOMPARE(journal.path(), path);
    QVERIFY2(journal.addEntry(sampleEntry(QStringLiteral("web-01"), QStringLiteral("restore"),
                                          QDateTime::currentDateTimeUtc())) > 0,
             qPrintable(journal.errorString()));
    QCOMPARE(QFileInfo(path).permissions() & OwnerGroupOther, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & OwnerGroupOther,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).permissions() & OwnerGroupOther,
             QFile::ReadOwner | QFile::WriteOwner);

    RawDb raw(path);
    QCOMPARE(raw.value(QStringLiteral("SELECT version FROM schema_version")).toInt(),
             Journal::SchemaVersion);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM entries")).toInt(), 1);
}

void TestJournal::reopensAndKeepsEntries()
{
    const QString path = freshPath();
    qint64 id = -1;
    {
        Journal journal;
        QVERIFY(journal.open(path));
        id = journal.addEntry(sampleEntry(QStringLiteral("web-01"), QStringLiteral("deploy"),
                                          QDateTime::currentDateTimeUtc()));
        QVERIFY(id > 0);
        QVERIFY(journal.appendLog(id, QStringLiteral("step 1\n")));
    }
    Journal again;
    QVERIFY2(again.open(path), qPrintable(again.errorString()));
    QCOMPARE(again.count(), 1);
    QCOMPARE(again.log(id), QStringLiteral("step 1\n"));
    // Two instances on one file (window and recorder) see each other's writes.
    Journal other;
    QVERIFY(other.open(path));
    QVERIFY(other.appendLog(id, QStringLiteral("step 2\n")));
    QCOMPARE(again.log(id), QStringLiteral("step 1\nstep 2\n"));
}

void TestJournal::migratesAVersion1Journal()
{
    // A journal as the first schema wrote it, with one operation in it.
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        RawDb raw(path);
        for (const char* sql :
             {"CREATE TABLE schema_version (version INTEGER NOT NULL)",
              "CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT "
              "NULL DEFAULT '', server TEXT NOT NULL DEFAULT '', wizard TEXT NOT NULL DEFAULT "
              "'', title TEXT NOT NULL DEFAULT '', operator TEXT NOT NULL DEFAULT '', "
              "parameters TEXT NOT NULL DEFAULT '{}', plan TEXT NOT NULL DEFAULT '{}', "
              "started_at INTEGER NOT NULL, finished_at INTEGER, result TEXT NOT NULL, "
              "failed_step INTEGER NOT NULL DEFAULT -1, message TEXT NOT NULL DEFAULT '', "
              "log_bytes INTEGER NOT NULL DEFAULT 0, tail_bytes INTEGER NOT NULL DEFAULT 0, "
              "log_truncated INTEGER NOT NULL DEFAULT 0)",
              "CREATE TABLE log_chunks (entry_id INTEGER NOT NULL REFERENCES entries(id) ON "
              "DELETE CASCADE, seq INTEGER NOT NULL, tail INTEGER NOT NULL DEFAULT 0, bytes "
              "INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (entry_id, seq))",
              "INSERT INTO schema_version VALUES (1)",
              "INSERT INTO entries (server, wizard, started_at, result) VALUES ('web-01', "
              "'deploy', 1795000000000, 'succeeded')",
              "INSERT INTO log_chunks VALUES (1, 0, 0, 5, 'done\n')"})
            QVERIFY2(raw.exec(QString::fromLatin1(sql)), sql);
    }
    Journal journal;
    QVERIFY2(journal.open(path), qPrintable(journal.errorString()));
    const auto entry = journal.entry(1);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->server, QStringLiteral("web-01"));
    QCOMPARE(entry->result, JournalEntry::Result::Succeeded);
    QCOMPARE(entry->log, QStringLiteral("done\n"));
    QCOMPARE(journal.sourceChars(1), 0);
    QVERIFY(journal.appendLog(1, QStringLiteral("more\n"), 42));
    QCOMPARE(journal.sourceChars(1), 42);
    RawDb raw(path);
    QCOMPARE(raw.value(QStringLiteral("SELECT version FROM schema_version")).toInt(), 2);
}

void TestJournal::refusesAndLeavesUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("sqlSetup"); // run on a real SQLite file when not empty
    QTest::addColumn<QString>("expected");

    QTest::newRow("text file") << QByteArray("server,result\nweb-01,ok\n") << QString()
                               << QStringLiteral("not an SQLite database");
    QByteArray damaged("SQLite format 3\0", 16);
    for (int i = 0; i < 4096; ++i)
        damaged.append(char((i * 37 + 11) % 251));
    QTest::newRow("damaged database") << damaged << QString() << QStringLiteral("cannot be");
    QTest::newRow("another program's database")
        << QByteArray() << QStringLiteral("CREATE TABLE contacts (name TEXT)")
        << QStringLiteral("not a Vigie journal");
    QTest::newRow("newer schema") << QByteArray()
                                  << QStringLiteral("CREATE TABLE schema_version (version "
                                                    "INTEGER); INSERT INTO schema_version "
                                                    "VALUES (99)")
                                  << QStringLiteral("newer version of Vigie");
}

void TestJournal::refusesAndLeavesUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, sqlSetup);
    QFETCH(QString, expected);
    const QString path = freshPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    if (sqlSetup.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    } else {
        RawDb raw(path);
        for (const QString& statement : sqlSetup.split(QLatin1Char(';')))
            QVERIFY(raw.exec(statement));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Journal journal;
    QVERIFY(!journal.open(path));
    QVERIFY(!journal.isOpen());
    QVERIFY2(journal.errorString().contains(expected), qPrintable(journal.errorString()));
    QVERIFY(journal.addEntry(sampleEntry(QStringLiteral("x"), QStringLiteral("y"),
                                         QDateTime::currentDateTimeUtc())) < 0);
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
            QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

void TestJournal::reportsAnUncreatableLocation()
{
    // A folder that is a file cannot hold the journal, whoever runs the test (root included).
    const QString blocker = m_dir.path() + QStringLiteral("/blocker");
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
    file.close();
    Journal journal;
    QVERIFY(!journal.open(blocker + QStringLiteral("/journal.sqlite")));
    QVERIFY2(journal.errorString().contains(QStringLiteral("not a folder")),
             qPrintable(journal.errorString()));
    QVERIFY(!journal.open(blocker + QStringLiteral("/sub/journal.sqlite")));
    QVERIFY2(journal.errorString().contains(QStringLiteral("cannot be created")),
             qPrintable(journal.errorString()));
    QVERIFY(!journal.open(QString()));
    QVERIFY(!journal.errorString().isEmpty());
}

void TestJournal::recordsAndReadsBack()
{
    Journal journal;
    QVERIFY(journal.open(freshPath()));
    QSignalSpy added(&journal, &Journal::entryAdded);
    QSignalSpy changed(&journal, &Journal::entryChanged);
    const QDateTime started =
        QDateTime::fromString(QStringLiteral("2026-11-22T10:15:00.250Z"), Qt::ISODateWithMs);
    JournalEntry entry = sampleEntry(QStringLiteral("web-01"), QStringLiteral("restore"), started);
    entry.log = QStringLiteral("starting\n");
    const qint64 id = journal.addEntry(entry);
    QVERIFY(id > 0);
    QCOMPARE(added.count(), 1);
    QVERIFY(journal.appendLog(id, QStringLiteral("restored 12 tables\n")));

    entry.id = id;
    entry.finished = started.addSecs(95);
    entry.result = JournalEntry::Result::Failed;
    entry.failedStep = 2;
    entry.message = QStringLiteral("step 3 exited with 1");
    QVERIFY(journal.updateEntry(entry));
    QCOMPARE(changed.count(), 1);

    const auto read = journal.entry(id);
    QVERIFY(read.has_value());
    QCOMPARE(read->server, entry.server);
    QCOMPARE(read->wizard, entry.wizard);
    QCOMPARE(read->title, entry.title);
    QCOMPARE(read->operatorName, entry.operatorName);
    QCOMPARE(read->runId, entry.runId);
    QCOMPARE(read->parameters, entry.parameters);
    QCOMPARE(read->plan, entry.plan);
    QCOMPARE(read->started, started);
    QCOMPARE(read->finished, started.addSecs(95));
    QCOMPARE(read->durationSeconds(), 95);
    QCOMPARE(read->result, JournalEntry::Result::Failed);
    QCOMPARE(read->failedStep, 2);
    QCOMPARE(read->message, entry.message);
    QCOMPARE(read->log, QStringLiteral("starting\nrestored 12 tables\n"));
    QVERIFY(!read->logTruncated);
    QCOMPARE(journal.findRun(QStringLiteral("web-01"), entry.runId), id);
    QCOMPARE(journal.findRun(QStringLiteral("web-02"), entry.runId), -1);
    QVERIFY(!journal.entry(id + 100).has_value());
    QVERIFY(!journal.appendLog(id + 100, QStringLiteral("x\n")));
}

void TestJournal::searchesServerWizardTitleAndLog()
{
    Journal journal;
    QVERIFY(journal.open(freshPath()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 a = journal.addEntry(
        sampleEntry(QStringLiteral("web-01"), QStringLiteral("restore"), now.addSecs(-300)));
    JournalEntry second =
        sampleEntry(QStringLiteral("web-02"), QStringLiteral("deploy"), now.addSecs(-200));
    second.title = QStringLiteral("Deploy medical-pro-backend main");
    const qint64 b = journal.addEntry(second);
    JournalEntry third =
        sampleEntry(QStringLiteral("db-01"), QStringLiteral("provision"), now.addSecs(-100));
    third.title = QStringLiteral("Provision clinic_b (100% new)");
    const qint64 c = journal.addEntry(third);
    QVERIFY(journal.appendLog(b, QStringLiteral("npm ci\nERROR: relation \"patients\" does not "
                                                "exist\n")));

    const auto ids = [](const QList<JournalEntry>& entries) {
        QList<qint64> list;
        for (const JournalEntry& e : entries)
            list << e.id;
        return list;
    };
    QCOMPARE(ids(journal.search()), (QList<qint64>{c, b, a})); // newest first
    QCOMPARE(ids(journal.search(QStringLiteral("WEB-02"))), QList<qint64>{b});
    QCOMPARE(ids(journal.search(QStringLiteral("restore"))), QList<qint64>{a});
    QCOMPARE(ids(journal.search(QStringLiteral("medical-pro-backend"))), QList<qint64>{b});
    QCOMPARE(ids(journal.search(QStringLiteral("\"patients\" does not"))), QList<qint64>{b});
    QCOMPARE(ids(journal.search(QStringLiteral("alice"))), (QList<qint64>{c, b, a}));
    // LIKE wildcards typed by the operator are taken literally.
    QCOMPARE(ids(journal.search(QStringLiteral("100%"))), QList<qint64>{c});
    QCOMPARE(ids(journal.search(QStringLiteral("%"))), QList<qint64>{c});
    QCOMPARE(ids(journal.search(QStringLiteral("clinic_b"))), QList<qint64>{c});
    QCOMPARE(ids(journal.search(QStringLiteral("web_0"))), QList<qint64>{});
    QCOMPARE(ids(journal.search(QStringLiteral("nothing like this"))), QList<qint64>{});
    QCOMPARE(journal.search(QString(), 2).size(), 2);
}

void TestJournal::nothingSecretReachesTheFile()
{
    const QString path = freshPath();
    const QString key = QString::fromLatin1(m_fixture.readKey(QStringLiteral("id_ed25519")));
    const QString keyLine = key.split(QLatin1Char('\n')).at(1);
    {
        Journal journal;
        QVERIFY(journal.open(path));
        JournalEntry entry = sampleEntry(QStringLiteral("web-01"), QStringLiteral("provision"),
                                         QDateTime::currentDateTimeUtc());
        entry.parameters.insert(QStringLiteral("password"), QStringLiteral("Pw-in-params-771"));
        entry.message = QStringLiteral("failed: PGPASSWORD=Pw-in-message-772 psql");
        entry.title = QStringLiteral("Provision postgres://a:Pw-in-title-773@h/db");
        entry.log = QStringLiteral("PGPASSWORD=Pw-in-log-774 pg_dump\n") + key;
        const qint64 id = journal.addEntry(entry);
        QVERIFY(id > 0);
        QVERIFY(journal.appendLog(id, QStringLiteral("--passphrase Pw-in-log-775\n")));
        const auto read = journal.entry(id);
        QVERIFY(read->log.contains(QStringLiteral("PGPASSWORD=[redacted] pg_dump")));
        QVERIFY(read->title.contains(QStringLiteral("postgres://a:[redacted]@h/db")));
    }
    const QByteArray bytes = allJournalBytes(path);
    QVERIFY(bytes.size() > 0);
    for (const char* secret : {"Pw-in-params-771", "Pw-in-message-772", "Pw-in-title-773",
                               "Pw-in-log-774", "Pw-in-log-775"})
        QVERIFY2(!bytes.contains(secret), secret);
    QVERIFY(!bytes.contains(keyLine.toLatin1()));
    QVERIFY(!bytes.contains("PRIVATE KEY-----"));
}

void TestJournal::capsTheLogKeepingHeadAndTail()
{
    Journal journal;
    QVERIFY(journal.open(freshPath()));
    journal.setMaxLogBytes(8000);
    const qint64 id = journal.addEntry(sampleEntry(
        QStringLiteral("web-01"), QStringLiteral("deploy"), QDateTime::currentDateTimeUtc()));
    for (int batch = 0; batch < 100; ++batch) {
        QString text;
        for (int i = 0; i < 10; ++i)
            text += QStringLiteral("output line %1 of the build\n")
                        .arg(batch * 10 + i, 4, 10, QLatin1Char('0'));
        QVERIFY(journal.appendLog(id, text));
    }
    const auto entry = journal.entry(id);
    QVERIFY(entry->logTruncated);
    const QString log = entry->log;
    QVERIFY(log.toUtf8().size() <= 8000);
    QVERIFY(log.size() > 6000);
    QVERIFY(log.startsWith(QStringLiteral("output line 0000 of the build\n")));
    QVERIFY(log.endsWith(QStringLiteral("output line 0999 of the build\n")));
    QCOMPARE(log.count(Journal::truncationMarker()), 1);
    QVERIFY(log.contains(QLatin1Char('\n') + Journal::truncationMarker() + QLatin1Char('\n')));
    QVERIFY(!log.contains(QStringLiteral("output line 0500 of")));
    // Every kept line is whole.
    const QRegularExpression lineShape(QStringLiteral("^(output line \\d{4} of the build|\\[log "
                                                      "truncated\\])$"));
    for (const QString& line : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(lineShape.match(line).hasMatch(), qPrintable(line));

    QVERIFY(journal.clearLog(id));
    QCOMPARE(journal.log(id), QString());
    QVERIFY(!journal.entry(id)->logTruncated);
}

void TestJournal::purgesOldEntries()
{
    const QString path = freshPath();
    Journal journal;
    QVERIFY(journal.open(path));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 old = journal.addEntry(
        sampleEntry(QStringLiteral("a"), QStringLiteral("deploy"), now.addDays(-400)));
    QVERIFY(journal.appendLog(old, QStringLiteral("old log\n")));
    journal.addEntry(sampleEntry(QStringLiteral("b"), QStringLiteral("deploy"), now.addDays(-30)));
    const qint64 recent = journal.addEntry(
        sampleEntry(QStringLiteral("c"), QStringLiteral("deploy"), now.addSecs(-60)));
    QSignalSpy removed(&journal, &Journal::entriesRemoved);

    QCOMPARE(journal.purgeOlderThan(0, now), 0); // 0 = keep forever
    QCOMPARE(journal.purgeOlderThan(365, now), 1);
    QCOMPARE(removed.count(), 1);
    QVERIFY(!journal.entry(old).has_value());
    RawDb raw(path);
    QCOMPARE(
        raw.value(QStringLiteral("SELECT count(*) FROM log_chunks WHERE entry_id = %1").arg(old))
            .toInt(),
        0);
    QCOMPARE(journal.purgeOlderThan(7, now), 1);
    QCOMPARE(journal.count(), 1);
    QVERIFY(journal.entry(recent).has_value());
}

void TestJournal::exportsJsonRoundTrip()
{
    JournalEntry a = sampleEntry(
        QStringLiteral("web-01"), QStringLiteral("restore"),
        QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00.125Z"), Qt::ISODateWithMs));
    a.id = 7;
    a.finished = a.started.addSecs(61);
    a.result = JournalEntry::Result::RolledBack;
    a.failedStep = 3;
    a.message = QStringLiteral("rolled back");
    a.log = QStringLiteral("l1\nl2 \"quoted\" é\n");
    a.logTruncated = true;
    JournalEntry b =
        sampleEntry(QStringLiteral("db-01"), QStringLiteral("provision"), a.started.addSecs(-3600));
    b.id = 8; // still running: no end

    QString error;
    const QList<JournalEntry> back = JournalExport::fromJson(JournalExport::toJson({a, b}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const JournalEntry& in = i == 0 ? a : b;
        const JournalEntry& out = back.at(i);
        QCOMPARE(out.id, in.id);
        QCOMPARE(out.server, in.server);
        QCOMPARE(out.wizard, in.wizard);
        QCOMPARE(out.title, in.title);
        QCOMPARE(out.operatorName, in.operatorName);
        QCOMPARE(out.parameters, in.parameters);
        QCOMPARE(out.plan, in.plan);
        QCOMPARE(out.started, in.started);
        QCOMPARE(out.finished, in.finished);
        QCOMPARE(out.result, in.result);
        QCOMPARE(out.failedStep, in.failedStep);
        QCOMPARE(out.message, in.message);
        QCOMPARE(out.log, in.log);
        QCOMPARE(out.logTruncated, in.logTruncated);
    }
    QVERIFY(JournalExport::fromJson("{\"entries\": []}", &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestJournal::exportsCsvQuotedAndFormulaSafe()
{
    JournalEntry entry = sampleEntry(
        QStringLiteral("=HYPERLINK(\"http://x.example.test\")"), QStringLiteral("deploy"),
        QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate));
    entry.id = 3;
    entry.title = QStringLiteral("Deploy \"main\", then migrate");
    entry.operatorName = QStringLiteral("@alice");
    entry.message = QStringLiteral("+cmd|' /C calc'!A0");
    entry.runId = QStringLiteral("-2+3");
    entry.finished = entry.started.addSecs(125);
    entry.result = JournalEntry::Result::Succeeded;
    entry.log = QStringLiteral("line one\r\nline, two\n\"three\"\n");

    const QByteArray csv = JournalExport::toCsv({entry});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF\"id\",\"started\""));
    QVERIFY(csv.endsWith("\r\n"));
    QString error;
    const QList<QStringList> rows = JournalExport::parseCsv(csv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), JournalExport::csvHeader());
    const QStringList& row = rows.at(1);
    QCOMPARE(row.size(), JournalExport::csvHeader().size());
    const auto cell = [&](const char* column) {
        return row.at(JournalExport::csvHeader().indexOf(QLatin1String(column)));
    };
    QCOMPARE(cell("id"), QStringLiteral("3"));
    QCOMPARE(cell("started"), QStringLiteral("2026-11-22T10:00:00.000Z"));
    QCOMPARE(cell("duration_seconds"), QStringLiteral("125"));
    QCOMPARE(cell("server"), QStringLiteral("'=HYPERLINK(\"http://x.example.test\")"));
    QCOMPARE(cell("title"), entry.title);
    QCOMPARE(cell("operator"), QStringLiteral("'@alice"));
    QCOMPARE(cell("message"), QStringLiteral("'+cmd|' /C calc'!A0"));
    QCOMPARE(cell("run_id"), QStringLiteral("'-2+3"));
    QCOMPARE(cell("result"), QStringLiteral("succeeded"));
    QCOMPARE(cell("failed_step"), QString());
    QCOMPARE(cell("log"), entry.log);
    QCOMPARE(QJsonDocument::fromJson(cell("parameters").toUtf8()).object(), entry.parameters);

    QCOMPARE(JournalExport::csvCell(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(JournalExport::csvCell(QStringLiteral("\tx")), QStringLiteral("\"'\tx\""));
    JournalExport::parseCsv("\"open", &error);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
