// A run step that prints 200 MB without a newline, followed through the real run engine on the
// fixture: the controller keeps a bounded log (head, what was dropped, tail), not 200 MB (400 MB
// as QString). Prints the peak RSS of the process (VmHWM) for the record; under ASan the
// allocator's quarantine inflates it, so the bound asserted is on what the controller keeps.
#include "SshTestSupport.h"
#include "ops/Plan.h"
#include "ops/RunController.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

namespace {

qint64 statusKiB(const char* field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestRunLogBound : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QVERIFY(trustFixtureHostKeys(m_fixture, m_dir.filePath(QStringLiteral("known_hosts"))));
    }

    void endlessLineStaysBounded()
    {
        constexpr qint64 total = 200LL * 1000 * 1000;
        SshEngine engine;
        SshConnection connection(&engine,
                                 fixtureSettings(m_fixture, QStringLiteral("id_ed25519"),
                                                 m_dir.filePath(QStringLiteral("known_hosts"))));
        QCOMPARE(openAndWait(connection).message(), QString());
        Plan plan;
        plan.wizard = QStringLiteral("test");
        plan.title = QStringLiteral("200 MB without a newline");
        plan.lockTargets = {QStringLiteral("test:logbound-") +
                            QString::number(QDateTime::currentMSecsSinceEpoch())};
        PlanStep step;
        step.title = QStringLiteral("Print 200 MB without a newline");
        step.command = QStringLiteral("printf begin; head -c %1 /dev/zero | tr '\\0' x; printf end")
                           .arg(total);
        plan.steps.append(step);

        RunController controller(&connection);
        controller.setRunsDirectory(m_fixture.dir + QStringLiteral("/runs"));
        qint64 streamed = 0;
        bool done = false;
        RunRecord record;
        connect(&controller, &RunController::logReceived, this,
                [&](const QString& text) { streamed += text.size(); });
        connect(&controller, &RunController::finished, this, [&](const RunRecord& r) {
            record = r;
            done = true;
        });
        connect(&controller, &RunController::failedToStart, this, [&](const QString& m) {
            qWarning("%s", qPrintable(m));
            done = true;
        });
        const qint64 rssBefore = statusKiB("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        controller.start(plan);
        QTRY_VERIFY_WITH_TIMEOUT(done, 900000);
        QCOMPARE(record.state, RunRecord::State::Succeeded);
        // Everything went through, once: begin, the x's, end, and the newline the runner puts
        // before its final marker.
        constexpr qint64 expected = total + 9;
        QCOMPARE(streamed, expected);

        const QString log = controller.log();
        QCOMPARE(controller.receivedLogChars(), expected);
        QVERIFY2(log.size() <=
                     RunController::MaxLogHeadChars + RunController::MaxLogTailChars + 200,
                 qPrintable(QString::number(log.size())));
        QVERIFY2(log.startsWith(QLatin1String("beginxxx")), qPrintable(log.left(40)));
        QVERIFY(log.endsWith(QLatin1String("xxxend\n")));
        QVERIFY2(log.contains(QStringLiteral("[… %1 character(s) of output not kept here …]")
                                  .arg(expected - RunController::MaxLogHeadChars -
                                       RunController::MaxLogTailChars)),
                 qPrintable(log.mid(RunController::MaxLogHeadChars - 10, 120)));
        qInfo("200 MB without a newline in %lld ms; RSS before %lld KiB, after %lld KiB, peak "
              "(VmHWM) %lld KiB; kept log %lld characters",
              timer.elapsed(), rssBefore, statusKiB("VmRSS:"), statusKiB("VmHWM:"),
              qint64(log.size()));
    }
};

QTEST_GUILESS_MAIN(TestRunLogBound)
#include "tst_runlogbound.moc"
