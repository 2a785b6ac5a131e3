// Garbage in probe output (issue 7, point 11), through the real probe path against the
// fixture: the probe script goes to `sh -s` over SSH as FleetMonitor sends it, the fixture's
// pm2 is replaced by programs printing a banner, ANSI escapes, invalid UTF-8, truncated JSON
// or 100 MB on stderr. The pm2 section is never healthy, the others are unaffected, and the
// test process's peak memory stays bounded; 100 MB on an exec's own stderr is bounded too.
#include "SshTestSupport.h"
#include "TestSupport.h"
#include "fleet/ServerProfile.h"
#include "probe/Assessment.h"
#include "probe/Probe.h"
#include "probe/ProbeScript.h"
#include "probe/SnapshotJson.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;
using State = SectionStatus::State;

#if defined(__SANITIZE_ADDRESS__)
// ASan keeps freed memory in a quarantine (256 MB by default), which would count in the peak
// below; a small one keeps the measurement about Vigie's buffers.
extern "C" const char* __asan_default_options()
{
    return "quarantine_size_mb=16";
}
constexpr qint64 allowanceKiB = (64 + 32) * 1024;
#else
constexpr qint64 allowanceKiB = 64 * 1024;
#endif

namespace {

// Peak resident memory of this process, in KiB (Linux /proc).
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestHardeningProbeGarbage : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    ServerProfile m_profile;
    SshEngine* m_engine = nullptr;
    SshConnection* m_connection = nullptr;
    qint64 m_peakBefore = -1;

    // A stand-in for pm2 (the fixture's daemon socket stays, so the probe does call it).
    QString fakePm2(const QString& name, const QByteArray& body)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n" + body);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                            QFile::ReadOther | QFile::ExeOther);
        return path;
    }

private slots:
    void initTestCase()
    {
        m_peakBefore = peakResidentKiB();
        QVERIFY(m_peakBefore > 0);
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QFile profile(m_fixture.dir + QStringLiteral("/profile.json"));
        QVERIFY2(profile.open(QIODevice::ReadOnly), "the full fixture is not up");
        QString error;
        m_profile =
            ServerProfile::fromJson(QJsonDocument::fromJson(profile.readAll()).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_profile.pm2Home.isEmpty());

        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts));
        m_engine = new SshEngine(this);
        m_connection = new SshConnection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts), this);
        QCOMPARE(openAndWait(*m_connection).message(), QString());
    }

    void cleanupTestCase()
    {
        if (m_connection)
            m_connection->close();
    }

    void garbageIsNeverHealthy_data()
    {
        QTest::addColumn<QByteArray>("pm2");
        QTest::newRow("banner") << QByteArray("echo 'Welcome to prod-1! Unauthorized access is "
                                              "prohibited.'\necho '[]'\n");
        QTest::newRow("ansi") << QByteArray(
            "printf '\\033[31m[PM2][ERROR]\\033[0m \\033[1mDaemon not found\\033[0m\\n'\n");
        QTest::newRow("ansi inside json")
            << QByteArray("printf '[{\"name\":\"\\033[2J\\033[31mapi\",\"pm_id\":0\\n'\n");
        QTest::newRow("invalid utf-8") << QByteArray("printf '[\\377\\376{\"name\":1}]\\n'\n");
        QTest::newRow("truncated json") << QByteArray(
            "printf '[{\"name\":\"api\",\"pm_id\":0,\"pm2_env\":{\"status\":\"onl'\n");
        QTest::newRow("100 MB of stderr")
            << QByteArray("head -c 100000000 /dev/zero | tr '\\000' E >&2\necho '[]'\n");
    }
    void garbageIsNeverHealthy()
    {
        QFETCH(QByteArray, pm2);
        ServerProfile profile = m_profile;
        profile.pm2Command =
            fakePm2(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), pm2);
        QVERIFY(!profile.pm2Command.isEmpty());
        ProbeOptions options;
        options.sections = {QStringLiteral("meta"), QStringLiteral("pm2")};
        options.sectionTimeoutSeconds = 60;
        const QByteArray nonce = Probe::newNonce();
        const ExecCapture run = execAndWait(*m_connection, QStringLiteral("sh -s"),
                                            ProbeScript(profile, nonce, options).text(), 120000);
        QVERIFY2(run.finished && run.result.succeeded(), run.err.left(500).constData());
        QVERIFY(run.out.size() < Probe::MaxOutputBytes);

        const Snapshot snapshot =
            Probe::parse(run.out, nonce, profile, QDateTime::currentDateTimeUtc());
        const SectionStatus pm2Status = snapshot.sections.value(QStringLiteral("pm2"));
        // Unparseable; or, when the junk overflows the section's byte limit and pm2 dies of
        // SIGPIPE, failed with "Output cut at … bytes". Never a usable, healthy section.
        QVERIFY2(!pm2Status.usable() &&
                     (pm2Status.state == State::Unparseable || pm2Status.state == State::Failed),
                 qPrintable(sectionStateId(pm2Status.state) + u' ' + pm2Status.message));
        QVERIFY(snapshot.pm2.isEmpty());
        QCOMPARE(snapshot.sections.value(QStringLiteral("meta")).state, State::Ok);
        // The assessment says so: a pm2 finding that is not healthy, whatever else it shows.
        const Assessment assessment = Assessment::of(snapshot, profile);
        const auto pm2Finding =
            std::find_if(assessment.findings().cbegin(), assessment.findings().cend(),
                         [](const Finding& f) { return f.subject == QLatin1String("pm2"); });
        QVERIFY(pm2Finding != assessment.findings().cend());
        QVERIFY(pm2Finding->health != Health::Ok);
    }

    void hundredMegabytesOfExecStderr()
    {
        // Not collected (as FleetMonitor runs the probe): streamed and dropped.
        qint64 seen = 0;
        ExecJob* job = m_connection->exec(
            QStringLiteral("head -c 100000000 /dev/zero | tr '\\000' E >&2; echo done"));
        connect(job, &ExecJob::stderrReceived, this,
                [&seen](const QByteArray& data) { seen += data.size(); });
        bool finished = false;
        ExecResult result;
        connect(job, &ExecJob::finished, this, [&](const ExecResult& r) {
            finished = true;
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 180000);
        QVERIFY(result.succeeded());
        QCOMPARE(seen, qint64(100000000));
        QCOMPARE(job->collectedStdout(), QByteArray());
        QCOMPARE(job->collectedStderr(), QByteArray());
        job->deleteLater();
    }

    void peakMemoryStaysBounded()
    {
        // 100 MB went through this process twice; its peak grew by far less.
        const qint64 peak = peakResidentKiB();
        QVERIFY2(
            peak - m_peakBefore < allowanceKiB,
            qPrintable(
                QStringLiteral("VmHWM %1 KiB, was %2 KiB at start").arg(peak).arg(m_peakBefore)));
    }
};

QTEST_GUILESS_MAIN(TestHardeningProbeGarbage)
#include "tst_hardening_probegarbage.moc"
