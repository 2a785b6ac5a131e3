// Plans as data (JSON round trip, undo plan, text), and the pure pieces of the run engine that
// read what the server says: the log marker parser and the run record parser.
#include "ops/Plan.h"
#include "ops/RunLayout.h"
#include "ops/RunLogParser.h"
#include "ops/RunRecordParser.h"

#include <QJsonDocument>
#include <QtTest>

using namespace vigie;

namespace {

PlanStep step(const QString& title, const QString& command, PlanStep::Kind kind,
              const QString& undo = {})
{
    PlanStep s;
    s.title = title;
    s.command = command;
    s.kind = kind;
    s.undo = undo;
    return s;
}

Plan samplePlan()
{
    Plan plan;
    plan.wizard = QStringLiteral("restore");
    plan.title = QStringLiteral("Restore medicalpro_clinic_x from 2026-11-22");
    plan.lockTargets = {QStringLiteral("db:medicalpro_clinic_x")};
    plan.parameters = {{QStringLiteral("database"), QStringLiteral("medicalpro_clinic_x")}};
    plan.steps = {
        step(QStringLiteral("Check the backup"), QStringLiteral("test -s '/backups/x.gpg'"),
             PlanStep::Kind::Check),
        step(QStringLiteral("Stop the app"), QStringLiteral("pm2 stop app"), PlanStep::Kind::Change,
             QStringLiteral("pm2 start app")),
        step(QStringLiteral("Drop and restore"),
             QStringLiteral("dropdb x\ncreatedb x\npg_restore -d x dump"),
             PlanStep::Kind::Destructive),
        step(QStringLiteral("Start the app"), QStringLiteral("pm2 start app"),
             PlanStep::Kind::Change, QStringLiteral("pm2 stop app")),
    };
    plan.recoverySteps = {step(QStringLiteral("Start the app again"),
                               QStringLiteral("pm2 start app"), PlanStep::Kind::Change)};
    plan.recoveryFrom = 2;
    plan.confirmationWord = QStringLiteral("medicalpro_clinic_x");
    plan.steps[2].secretHint = QStringLiteral("none");
    return plan;
}

QList<RunLogParser::Event> feedInPieces(const QByteArray& log, int pieceSize)
{
    RunLogParser parser;
    QList<RunLogParser::Event> events;
    for (qsizetype i = 0; i < log.size(); i += pieceSize)
        events += parser.feed(log.mid(i, pieceSize));
    events += parser.finish();
    // Merge adjacent text so any chunking compares equal.
    QList<RunLogParser::Event> merged;
    for (const RunLogParser::Event& event : events) {
        if (event.type == RunLogParser::Event::Type::Text && !merged.isEmpty() &&
            merged.last().type == RunLogParser::Event::Type::Text)
            merged.last().text += event.text;
        else
            merged.append(event);
    }
    return merged;
}

QString describe(const QList<RunLogParser::Event>& events)
{
    QStringList parts;
    for (const RunLogParser::Event& e : events) {
        if (e.type == RunLogParser::Event::Type::Text)
            parts << QStringLiteral("text[%1]").arg(e.text);
        else
            parts << QStringLiteral("%1:%2:%3:%4")
                         .arg(int(e.type))
                         .arg(e.index)
                         .arg(e.exitCode)
                         .arg(e.text);
    }
    return parts.join(QLatin1Char('|'));
}

const QByteArray nonce = "0123456789abcdef";
QByteArray marker(const QByteArray& event)
{
    return "\n@@vigie:" + nonce + ' ' + event + " 1700000000\n";
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTrip()
    {
        const Plan plan = samplePlan();
        const QByteArray json = QJsonDocument(plan.toJson()).toJson();
        const Plan back = Plan::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(back.toJson(), plan.toJson());
        QCOMPARE(back.steps.size(), 4);
        QCOMPARE(back.steps.at(2).kind, PlanStep::Kind::Destructive);
        QCOMPARE(back.steps.at(2).command, plan.steps.at(2).command);
        QCOMPARE(back.steps.at(2).secretHint, QStringLiteral("none"));
        QCOMPARE(back.steps.at(1).undo, QStringLiteral("pm2 start app"));
        QCOMPARE(back.recoverySteps.size(), 1);
        QCOMPARE(back.recoveryFrom, 2);
        QCOMPARE(back.confirmationWord, plan.confirmationWord);
        QCOMPARE(back.lockTargets, plan.lockTargets);
        QVERIFY(back.hasDestructiveSteps());
        QCOMPARE(kindName(PlanStep::Kind::Change), QStringLiteral("change"));
        Plan harmless;
        harmless.steps = {plan.steps.first()};
        QVERIFY(!harmless.hasDestructiveSteps());
    }

    void undoPlanRevertsSucceededStepsInReverse()
    {
        const Plan plan = samplePlan();
        const Plan undo = plan.undoPlan(4);
        QCOMPARE(undo.wizard, QStringLiteral("undo"));
        QCOMPARE(undo.lockTargets, plan.lockTargets);
        QCOMPARE(undo.steps.size(), 2); // steps 1 and 3 have an undo, 3 first
        QCOMPARE(undo.steps.at(0).command, QStringLiteral("pm2 stop app"));
        QCOMPARE(undo.steps.at(1).command, QStringLiteral("pm2 start app"));
        QVERIFY(undo.steps.at(0).title.contains(QStringLiteral("Start the app")));
        QCOMPARE(plan.undoPlan(2).steps.size(), 1);
        QCOMPARE(plan.undoPlan(1).steps.size(), 0);
        QCOMPARE(plan.undoPlan(99).steps.size(), 2);
    }

    void textShowsEveryCommandVerbatim()
    {
        const Plan plan = samplePlan();
        const QString text = plan.toText();
        QVERIFY(text.startsWith(plan.title));
        for (const PlanStep& s : plan.steps) {
            QVERIFY2(text.contains(s.title), qPrintable(text));
            for (const QString& line : s.command.split(QLatin1Char('\n')))
                QVERIFY2(text.contains(QStringLiteral("$ ") + line), qPrintable(line));
        }
        QVERIFY(text.contains(QStringLiteral("[destructive]")));
        QVERIFY(text.contains(QStringLiteral("Start the app again")));
        QVERIFY(text.contains(QStringLiteral("db:medicalpro_clinic_x")));
        QVERIFY(text.contains(plan.confirmationWord));
    }

    void logParserSplitsTextAndMarkersAtAnyChunking()
    {
        const QByteArray log = marker("run 20261123T101500Z-3f9a7c") + marker("step 0 begin") +
                               "one\n" + marker("step 0 end 0") + marker("step 1 begin") +
                               "no newline" + marker("step 1 end 0") + marker("step 2 begin") +
                               "two\n\nlines\n@@vigie:ffffffffffffffff step 9 begin 1\n" +
                               marker("step 2 end 3") + marker("recovery 2") +
                               marker("rstep 0 begin") + "r\xc3\xa9tabli\n" +
                               marker("rstep 0 end 0") + marker("final rolled-back 2") + "trailing";
        const QList<RunLogParser::Event> whole = feedInPieces(log, int(log.size()));
        const QString expected = describe(whole);
        using T = RunLogParser::Event::Type;
        QList<T> types;
        for (const auto& e : whole)
            types << e.type;
        QCOMPARE(types,
                 (QList<T>{T::RunBegin, T::StepBegin, T::Text, T::StepEnd, T::StepBegin, T::Text,
                           T::StepEnd, T::StepBegin, T::Text, T::StepEnd, T::Recovery,
                           T::RecoveryBegin, T::Text, T::RecoveryEnd, T::Final, T::Text}));
        QCOMPARE(whole.at(2).text, QStringLiteral("one\n"));
        QCOMPARE(whole.at(5).text, QStringLiteral("no newline\n"));
        // A marker with the wrong nonce is step output, shown as is.
        QCOMPARE(whole.at(8).text,
                 QStringLiteral("two\n\nlines\n@@vigie:ffffffffffffffff step 9 begin 1\n"));
        QCOMPARE(whole.at(9).index, 2);
        QCOMPARE(whole.at(9).exitCode, 3);
        QCOMPARE(whole.at(10).index, 2);
        QCOMPARE(whole.at(12).text, QString::fromUtf8("r\xc3\xa9tabli\n"));
        QCOMPARE(whole.at(14).text, QStringLiteral("rolled-back 2"));
        QCOMPARE(whole.at(15).text, QStringLiteral("trailing"));
        for (int piece : {1, 2, 3, 7, 13, 64}) {
            QCOMPARE(describe(feedInPieces(log, piece)), expected);
        }
        QCOMPARE(RunLogParser::textOf(log),
                 QString::fromUtf8("one\nno newline\ntwo\n\nlines\n@@vigie:ffffffffffffffff step "
                                   "9 begin 1\nr\xc3\xa9tabli\ntrailing"));
    }

    void logWithoutHeaderIsAllText()
    {
        const QByteArray log = "@@vigie:0123456789abcdef step 0 begin 1\nplain\n";
        QCOMPARE(RunLogParser::textOf(log), QString::fromLatin1(log));
    }

    void recordParser()
    {
        RunRecord meta;
        meta.id = QStringLiteral("20261123T101500Z-3f9a7c");
        meta.wizard = QStringLiteral("deploy");
        meta.title = QStringLiteral("Deploy\tbackend");
        meta.operatorName = QStringLiteral("alice@laptop");
        meta.started = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        meta.stepCount = 5;
        meta.plan = samplePlan().toJson();
        const QByteArray metaJson = RunRecordParser::metaJson(meta);
        QVERIFY(!metaJson.trimmed().contains('\n'));
        const QByteArray text =
            "run\t20261123T101500Z-3f9a7c\nmeta\t" + metaJson.trimmed() +
            "\nstarted\t1700000001 \nstatus\tfailed 2 1700000100 \n"
            "current\t2 \nalive\t0\nend\n"
            "run\t20261123T101600Z-000001\nmeta\t{}\ncurrent\t1 \nalive\t1\nend\n"
            "run\t20261123T101700Z-000002\nmeta\t{}\nalive\t0\nend\n"
            "run\t../../etc\nmeta\t{}\nalive\t0\nend\n"
            "lock\t1\nholder\ttarget=db:x\nholder\trun=abc\n"
            "holder\toperator=bob@desk\nholder\tsince=1700000050\nend\n";
        const RunRecordParser::Listing listing = RunRecordParser::parse(text);
        QCOMPARE(listing.runs.size(), 3);
        const RunRecord& first = listing.runs.at(0).record;
        QCOMPARE(first.wizard, QStringLiteral("deploy"));
        QCOMPARE(first.title, meta.title);
        QCOMPARE(first.operatorName, meta.operatorName);
        QCOMPARE(first.started, QDateTime::fromSecsSinceEpoch(1700000001, Qt::UTC));
        QCOMPARE(first.finished, QDateTime::fromSecsSinceEpoch(1700000100, Qt::UTC));
        QCOMPARE(first.state, RunRecord::State::Failed);
        QCOMPARE(first.failedStep, 2);
        QCOMPARE(first.currentStep, 2);
        QCOMPARE(first.stepCount, 5);
        QCOMPARE(Plan::fromJson(first.plan).steps.size(), 4);
        QCOMPARE(listing.runs.at(1).record.state, RunRecord::State::Running);
        QVERIFY(listing.runs.at(1).alive);
        QCOMPARE(listing.runs.at(2).record.state, RunRecord::State::Lost);
        QCOMPARE(listing.locks.size(), 1);
        QCOMPARE(listing.locks.at(0).target, QStringLiteral("db:x"));
        QCOMPARE(listing.locks.at(0).runId, QStringLiteral("abc"));
        QCOMPARE(listing.locks.at(0).operatorName, QStringLiteral("bob@desk"));
        QVERIFY(listing.locks.at(0).stale);

        RunRecord record;
        RunRecordParser::applyStatus(record, "rolled-back 3 1700000000", false);
        QCOMPARE(record.state, RunRecord::State::RolledBack);
        QCOMPARE(record.failedStep, 3);
        RunRecordParser::applyStatus(record, "cancelled 1 1700000000", false);
        QCOMPARE(record.state, RunRecord::State::Cancelled);
        RunRecordParser::applyStatus(record, "succeeded 1700000000", false);
        QCOMPARE(record.state, RunRecord::State::Succeeded);
        QCOMPARE(record.finished.toSecsSinceEpoch(), 1700000000);
        QVERIFY(RunRecordParser::parse("missing\n").missing);
    }

    void idsAndLockNames()
    {
        const QString id =
            RunLayout::newRunId(QDateTime(QDate(2026, 11, 23), QTime(10, 15, 0), Qt::UTC));
        QVERIFY2(id.startsWith(QStringLiteral("20261123T101500Z-")), qPrintable(id));
        QVERIFY(RunLayout::isValidRunId(id));
        QVERIFY(RunLayout::newRunId() != RunLayout::newRunId());
        for (const char* bad : {"", "../x", "a/b", "a b", "-rf", "a;b", "a\nb", "a.b"})
            QVERIFY2(!RunLayout::isValidRunId(QString::fromLatin1(bad)), bad);
        QCOMPARE(RunLayout::lockFileStem(QStringLiteral("db:medicalpro_central")),
                 QByteArray("db%3amedicalpro_central"));
        QVERIFY(RunLayout::lockFileStem(QStringLiteral("db:a-b")) !=
                RunLayout::lockFileStem(QStringLiteral("db:a_b")));
        QCOMPARE(RunLayout::lockFileStem(QStringLiteral("../x")), QByteArray("%2e%2e%2fx"));
        QVERIFY(RunLayout::validateLockTarget(QStringLiteral("app:medical-pro-backend")).isEmpty());
        QVERIFY(!RunLayout::validateLockTarget(QString()).isEmpty());
        QVERIFY(!RunLayout::validateLockTarget(QStringLiteral("db:a b")).isEmpty());
        QVERIFY(!RunLayout::validateLockTarget(QStringLiteral("db:a\nb")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
