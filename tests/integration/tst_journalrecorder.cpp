// RunJournalRecorder with a real RunController against the fixture's sshd: a run that prints
// secrets (a password in the environment, a registered generated password, the fixture's real
// private key) is journaled with its plan, parameters, times and result and none of the
// secrets; a failed run keeps its failed step; a run refused by a held lock is journaled as
// refused; reattaching to a recorded run (after the app was closed during the run, or after it
// ended) continues its entry instead of adding one, without doubling its log.

#include "SshTestSupport.h"
#include "journal/Journal.h"
#include "journal/RunJournalRecorder.h"
#include "ops/Plan.h"
#include "ops/RunController.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace vigie;
using namespace vigie::test;

namespace {

constexpr int RunTimeoutMs = 90000;

PlanStep step(const QString& title, const QString& command)
{
    PlanStep s;
    s.title = title;
    s.command = command;
    s.kind = PlanStep::Kind::Change;
    return s;
}

QByteArray journalBytes(const QString& path)
{
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

class TestJournalRecorder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordsARunWithoutItsSecrets();
    void recordsTheFailedStep();
    void recordsARefusedRun();
    void reattachingContinuesTheEntry();
    void closingDuringARunThenReattaching();

private:
    struct Recorded
    {
        std::unique_ptr<RunController> controller;
        std::unique_ptr<RunJournalRecorder> recorder;
    };
    Recorded startRecorded(const Plan& plan, const QStringList& secrets = {});
    Plan makePlan(const QString& title, const QList<PlanStep>& steps, const QString& lock) const;

    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;
    SshConnection* m_connection = nullptr;
    Journal m_journal;
    QString m_token;
    QString m_secretRunId;
};

void TestJournalRecorder::initTestCase()
{
    m_fixture = Fixture::load();
    QVERIFY(m_fixture.isValid());
    QVERIFY(m_dir.isValid());
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts));
    m_engine = new SshEngine(this);
    m_connection = new SshConnection(
        m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts), this);
    QCOMPARE(openAndWait(*m_connection).message(), QString());
    QVERIFY2(m_journal.open(m_dir.filePath(QStringLiteral("journal.sqlite"))),
             qPrintable(m_journal.errorString()));
    m_token = QString::number(QRandomGenerator::global()->generate(), 16);
}

Plan TestJournalRecorder::makePlan(const QString& title, const QList<PlanStep>& steps,
                                   const QString& lock) const
{
    Plan plan;
    plan.wizard = QStringLiteral("restore");
    plan.title = title + QLatin1Char(' ') + m_token;
    plan.lockTargets = {lock + m_token};
    plan.parameters = QJsonObject{{QStringLiteral("database"), QStringLiteral("clinic_j")},
                                  {QStringLiteral("dbPassword"), QStringLiteral("Pw-param-991")}};
    plan.steps = steps;
    return plan;
}

TestJournalRecorder::Recorded TestJournalRecorder::startRecorded(const Plan& plan,
                                                                 const QStringList& secrets)
{
    Recorded r;
    r.controller = std::make_unique<RunController>(m_connection);
    r.controller->setRunsDirectory(m_dir.filePath(QStringLiteral("runs")));
    r.controller->setOperatorName(QStringLiteral("alice@test"));
    r.recorder = std::make_unique<RunJournalRecorder>(&m_journal);
    r.recorder->setContext({QStringLiteral("fixture"), plan.wizard, plan.title,
                            QStringLiteral("alice@test"), plan.parameters, plan.toJson()});
    for (const QString& secret : secrets)
        r.recorder->addSecret(secret);
    r.recorder->follow(r.controller.get());
    r.controller->start(plan);
    return r;
}

void TestJournalRecorder::recordsARunWithoutItsSecrets()
{
    const QString keyPath = m_fixture.keyPath(QStringLiteral("id_ecdsa"));
    const QString key = QString::fromLatin1(m_fixture.readKey(QStringLiteral("id_ecdsa")));
    const QStringList keyLines = key.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(keyLines.size() > 3);
    const QString generated = QStringLiteral("Gen-%1-pw").arg(m_token);
    const Plan plan = makePlan(
        QStringLiteral("Journal secrets"),
        {step(QStringLiteral("Connect"),
              QStringLiteral("echo \"PGPASSWORD=Pw-env-992 psql -c 'select 1'\"; echo begin")),
         step(QStringLiteral("Create the role"),
              QStringLiteral("echo \"role created with password %1\"").arg(generated)),
         step(QStringLiteral("Show the key"),
              QStringLiteral("cat '%1'; echo after-key").arg(keyPath))},
        QStringLiteral("db:journal-"));
    Recorded r = startRecorded(plan, {generated});
    QSignalSpy recorded(r.recorder.get(), &RunJournalRecorder::recorded);
    QVERIFY(recorded.wait(RunTimeoutMs));
    QCOMPARE(r.recorder->errorString(), QString());

    const auto entry = m_journal.entry(r.recorder->entryId());
    QVERIFY(entry.has_value());
    m_secretRunId = r.controller->runId();
    QCOMPARE(entry->runId, m_secretRunId);
    QCOMPARE(entry->server, QStringLiteral("fixture"));
    QCOMPARE(entry->wizard, QStringLiteral("restore"));
    QCOMPARE(entry->title, plan.title);
    QCOMPARE(entry->operatorName, QStringLiteral("alice@test"));
    QCOMPARE(entry->result, JournalEntry::Result::Succeeded);
    QCOMPARE(entry->failedStep, -1);
    QVERIFY(entry->started.isValid());
    QVERIFY(entry->finished.isValid());
    QVERIFY(entry->finished >= entry->started);
    QCOMPARE(entry->parameters.value(QStringLiteral("database")).toString(),
             QStringLiteral("clinic_j"));
    QCOMPARE(entry->parameters.value(QStringLiteral("dbPassword")).toString(),
             SecretRedactor::mask());
    const QJsonArray steps = entry->plan.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("command")).toString(),
             QStringLiteral("echo \"role created with password [redacted]\""));

    // What the run printed, in order, with the secrets replaced.
    const QString log = entry->log;
    QVERIFY2(log.contains(QStringLiteral("PGPASSWORD=[redacted] psql")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("role created with password [redacted]")),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("[redacted openssh private key]\nafter-key")),
             qPrintable(log));
    QVERIFY(log.indexOf(QStringLiteral("begin")) < log.indexOf(QStringLiteral("after-key")));
    QVERIFY(r.controller->log().contains(keyLines.at(1))); // it really was printed

    const QByteArray bytes = journalBytes(m_journal.path());
    for (const QString& secret :
         {QStringLiteral("Pw-env-992"), QStringLiteral("Pw-param-991"), generated})
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    for (const QString& line : keyLines)
        QVERIFY2(!bytes.contains(line.toLatin1()), qPrintable(line));
}

void TestJournalRecorder::recordsTheFailedStep()
{
    const Plan plan = makePlan(
        QStringLiteral("Journal failure"),
        {step(QStringLiteral("Fine"), QStringLiteral("echo one")),
         step(QStringLiteral("Breaks"), QStringLiteral("echo 'relation \"x\" does not exist' >&2; "
                                                       "exit 3")),
         step(QStringLiteral("Never"), QStringLiteral("echo never"))},
        QStringLiteral("db:journal-fail-"));
    Recorded r = startRecorded(plan);
    QSignalSpy recorded(r.recorder.get(), &RunJournalRecorder::recorded);
    QVERIFY(recorded.wait(RunTimeoutMs));
    const auto entry = m_journal.entry(r.recorder->entryId());
    QVERIFY(entry.has_value());
    QCOMPARE(entry->result, JournalEntry::Result::Failed);
    QCOMPARE(entry->failedStep, 1);
    QVERIFY2(entry->log.contains(QStringLiteral("relation \"x\" does not exist")),
             qPrintable(entry->log));
    QVERIFY(!entry->log.contains(QStringLiteral("never\n")));
    QCOMPARE(m_journal.search(QStringLiteral("relation \"x\"")).size(), 1);
}

void TestJournalRecorder::recordsARefusedRun()
{
    // A first run holds the lock while a second one asks for it.
    const QString marker = m_dir.filePath(QStringLiteral("release-") + m_token);
    const Plan holding = makePlan(
        QStringLiteral("Journal holder"),
        {step(QStringLiteral("Wait"), QStringLiteral("i=0; while [ ! -e '%1' ] && [ $i -lt 600 "
                                                     "]; do sleep 0.1; i=$((i+1)); done")
                                          .arg(marker))},
        QStringLiteral("db:journal-lock-"));
    Recorded first = startRecorded(holding);
    QSignalSpy firstStarted(first.controller.get(), &RunController::started);
    QVERIFY(firstStarted.wait(RunTimeoutMs));

    Recorded second = startRecorded(makePlan(QStringLiteral("Journal refused"),
                                             {step(QStringLiteral("Any"), QStringLiteral("true"))},
                                             QStringLiteral("db:journal-lock-")));
    QSignalSpy refusedRecorded(second.recorder.get(), &RunJournalRecorder::recorded);
    QVERIFY(refusedRecorded.wait(RunTimeoutMs));
    const auto refused = m_journal.entry(second.recorder->entryId());
    QVERIFY(refused.has_value());
    QCOMPARE(refused->result, JournalEntry::Result::Refused);
    QVERIFY2(refused->message.contains(QStringLiteral("db:journal-lock-") + m_token),
             qPrintable(refused->message));
    QVERIFY2(refused->message.contains(first.controller->runId()), qPrintable(refused->message));
    QVERIFY(refused->finished.isValid());

    QFile release(marker);
    QVERIFY(release.open(QIODevice::WriteOnly));
    release.close();
    QSignalSpy firstRecorded(first.recorder.get(), &RunJournalRecorder::recorded);
    QVERIFY(firstRecorded.wait(RunTimeoutMs));
    QCOMPARE(m_journal.entry(first.recorder->entryId())->result, JournalEntry::Result::Succeeded);
}

void TestJournalRecorder::reattachingContinuesTheEntry()
{
    QVERIFY(!m_secretRunId.isEmpty());
    const qint64 id = m_journal.findRun(QStringLiteral("fixture"), m_secretRunId);
    QVERIFY(id > 0);
    const QString logBefore = m_journal.log(id);
    const int countBefore = m_journal.count();

    // A new app session: a fresh controller and recorder that know only the run id.
    RunController controller(m_connection);
    controller.setRunsDirectory(m_dir.filePath(QStringLiteral("runs")));
    RunJournalRecorder recorder(&m_journal);
    recorder.setContext({QStringLiteral("fixture"), {}, {}, {}, {}, {}});
    recorder.follow(&controller);
    QSignalSpy recorded(&recorder, &RunJournalRecorder::recorded);
    controller.attach(m_secretRunId);
    QVERIFY(recorded.wait(RunTimeoutMs));
    QCOMPARE(recorder.entryId(), id);
    QCOMPARE(m_journal.count(), countBefore);
    const auto entry = m_journal.entry(id);
    QCOMPARE(entry->result, JournalEntry::Result::Succeeded);
    QCOMPARE(entry->wizard, QStringLiteral("restore"));
    QCOMPARE(entry->log, logBefore); // not doubled
}

void TestJournalRecorder::closingDuringARunThenReattaching()
{
    const QString marker = m_dir.filePath(QStringLiteral("go-on-") + m_token);
    const Plan plan = makePlan(
        QStringLiteral("Journal reattach"),
        {step(QStringLiteral("First"), QStringLiteral("echo first-part; echo PGPASSWORD=Pw-993")),
         step(QStringLiteral("Wait"),
              QStringLiteral("i=0; while [ ! -e '%1' ] && [ $i -lt 600 ]; do sleep 0.1; "
                             "i=$((i+1)); done; echo second-part")
                  .arg(marker))},
        QStringLiteral("db:journal-reattach-"));
    qint64 id = -1;
    QString runId;
    {
        Recorded r = startRecorded(plan);
        QTRY_VERIFY_WITH_TIMEOUT(r.controller->log().contains(QStringLiteral("first-part")),
                                 RunTimeoutMs);
        runId = r.controller->runId();
        id = r.recorder->entryId();
        // The app closes: the recorder keeps what arrived, the run goes on on the server.
    }
    QVERIFY(id > 0);
    QCOMPARE(m_journal.entry(id)->result, JournalEntry::Result::Running);
    QVERIFY(m_journal.log(id).contains(QStringLiteral("first-part")));

    QFile goOn(marker);
    QVERIFY(goOn.open(QIODevice::WriteOnly));
    goOn.close();
    RunController controller(m_connection);
    controller.setRunsDirectory(m_dir.filePath(QStringLiteral("runs")));
    RunJournalRecorder recorder(&m_journal);
    recorder.setContext({QStringLiteral("fixture"), {}, {}, {}, {}, {}});
    recorder.follow(&controller);
    QSignalSpy recorded(&recorder, &RunJournalRecorder::recorded);
    controller.attach(runId);
    QVERIFY(recorded.wait(RunTimeoutMs));
    QCOMPARE(recorder.entryId(), id);
    const auto entry = m_journal.entry(id);
    QCOMPARE(entry->result, JournalEntry::Result::Succeeded);
    QCOMPARE(entry->title, plan.title);
    QCOMPARE(entry->log.count(QStringLiteral("first-part")), 1);
    QCOMPARE(entry->log.count(QStringLiteral("second-part")), 1);
    QVERIFY(entry->log.contains(QStringLiteral("PGPASSWORD=[redacted]")));
    QVERIFY(entry->log.indexOf(QStringLiteral("first-part")) <
            entry->log.indexOf(QStringLiteral("second-part")));
}

QTEST_GUILESS_MAIN(TestJournalRecorder)
#include "tst_journalrecorder.moc"
