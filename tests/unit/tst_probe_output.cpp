// Framing of the probe's stdout (ProbeOutput), the frame verdicts (SectionCheck), and the whole
// stdout -> Snapshot -> JSON path on a real capture (tests/unit/data/probe/
// probe_output_real.txt: the real probe.sh run by dash on a Debian 12 machine, nonce
// "capture0123456789").
#include "probe/Probe.h"
#include "probe/ProbeOutput.h"
#include "probe/ProbeScript.h"
#include "probe/SectionCheck.h"
#include "probe/SnapshotJson.h"
#include "probe/SnapshotParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace vigie;
using State = SectionStatus::State;

namespace {

const QByteArray Nonce = "capture0123456789";

QByteArray realOutput()
{
    QFile file(qEnvironmentVariable("VIGIE_SOURCE_DIR") +
               QStringLiteral("/tests/unit/data/probe/probe_output_real.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("missing probe_output_real.txt");
    return file.readAll();
}

QByteArray frame(const QByteArray& nonce, const QByteArray& name, const QByteArray& payload,
                 int rc = 0, int truncated = 0, qsizetype bytes = -1)
{
    return "@@VIGIE " + nonce + " BEGIN " + name + '\n' + payload + "\n@@VIGIE " + nonce + " END " +
           name + " rc=" + QByteArray::number(rc) +
           " ms=12 bytes=" + QByteArray::number(bytes < 0 ? payload.size() : bytes) +
           " truncated=" + QByteArray::number(truncated) + '\n';
}

ServerProfile captureProfile()
{
    ServerProfile profile;
    profile.tenantDatabasePrefix = QStringLiteral("medicalpro_clinic_");
    profile.centralDatabase = QStringLiteral("medicalpro_central");
    return profile;
}

} // namespace

class TestProbeOutput : public QObject
{
    Q_OBJECT

private slots:
    void realCaptureHasEverySection()
    {
        const QByteArray output = realOutput();
        const ProbeOutput frames(output, Nonce);
        QCOMPARE(frames.sections().size(), ProbeScript::sectionNames().size());
        for (qsizetype i = 0; i < frames.sections().size(); ++i) {
            const ProbeSection& section = frames.sections().at(i);
            QCOMPARE(section.name, ProbeScript::sectionNames().at(i)); // the fixed order
            QVERIFY(section.complete);
            QCOMPARE(section.capturedBytes, section.payload.size());
        }
        QCOMPARE(frames.strayBytes(), 0);
        QCOMPARE(frames.section(QStringLiteral("systemd"))->exitCode, 100);
        QVERIFY(frames.section(QStringLiteral("meta"))->payload.startsWith("time="));
    }

    void wrongNonceIsNotAFrame()
    {
        const ProbeOutput frames(realOutput(), "someothernonce1");
        QVERIFY(frames.sections().isEmpty());
        QVERIFY(frames.strayBytes() > 0);
    }

    void forgedEndWithAnotherNonceIsText()
    {
        // A remote program prints a frame line of its own: with another nonce it is payload.
        const QByteArray payload =
            "line one\n@@VIGIE fakefake END pm2 rc=0 ms=1 bytes=3 truncated=0\n"
            "@@VIGIE fakefake BEGIN meta\n[]";
        const ProbeOutput frames(frame("realnonce1", "pm2", payload), "realnonce1");
        QCOMPARE(frames.sections().size(), 1);
        QCOMPARE(frames.sections().at(0).payload, QByteArrayView(payload));
        QVERIFY(frames.sections().at(0).complete);
    }

    void forgedEndWithTheRightNonceButWrongSizeIsText()
    {
        // Even a leaked nonce does not cut a section short: the END must match the size.
        const QByteArray payload =
            "aaa\n@@VIGIE realnonce1 END pm2 rc=0 ms=1 bytes=99 truncated=0\nbbb";
        const ProbeOutput frames(frame("realnonce1", "pm2", payload), "realnonce1");
        QCOMPARE(frames.sections().size(), 1);
        QCOMPARE(frames.sections().at(0).payload, QByteArrayView(payload));
    }

    void missingEndIsIncomplete()
    {
        QByteArray output = frame("n0nce123", "meta", "time=1\n");
        output += "@@VIGIE n0nce123 BEGIN vitals\n@@ loadavg\n0.1 0.2";
        const ProbeOutput frames(output, "n0nce123");
        QCOMPARE(frames.sections().size(), 2);
        QVERIFY(frames.sections().at(0).complete);
        QVERIFY(!frames.sections().at(1).complete);
        QCOMPARE(frames.sections().at(1).payload, QByteArrayView("@@ loadavg\n0.1 0.2"));
        const std::optional<SectionStatus> status = SectionCheck::before(&frames.sections().at(1));
        QVERIFY(status);
        QCOMPARE(status->state, State::Failed);
    }

    void missingEndThenNextSection()
    {
        // An END lost in the middle: the section stops at the next BEGIN of this run.
        QByteArray output = "@@VIGIE n0nce123 BEGIN meta\ntime=1\n";
        output += frame("n0nce123", "vitals", "x");
        const ProbeOutput frames(output, "n0nce123");
        QCOMPARE(frames.sections().size(), 2);
        QVERIFY(!frames.sections().at(0).complete);
        QCOMPARE(frames.sections().at(0).payload, QByteArrayView("time=1"));
        QVERIFY(frames.sections().at(1).complete);
        QCOMPARE(frames.sections().at(1).payload, QByteArrayView("x"));
    }

    void emptyPayloadAndCrLf()
    {
        QByteArray output = frame("n0nce123", "ufw", "");
        output += "@@VIGIE n0nce123 BEGIN meta\r\ntime=1\r\n@@VIGIE n0nce123 END meta rc=0 ms=1 "
                  "bytes=7 truncated=0\r\n"; // the payload keeps its "\r"
        const ProbeOutput frames(output, "n0nce123");
        QCOMPARE(frames.sections().size(), 2);
        QVERIFY(frames.sections().at(0).payload.isEmpty());
        QVERIFY(frames.sections().at(0).complete);
        QVERIFY(frames.sections().at(1).complete);
    }

    void bannerBeforeAndDuplicateIgnored()
    {
        QByteArray output = "Welcome to Ubuntu\nLast login: yesterday\n";
        output += frame("n0nce123", "meta", "time=1");
        output += frame("n0nce123", "meta", "time=2");
        const ProbeOutput frames(output, "n0nce123");
        QCOMPARE(frames.sections().size(), 1);
        QCOMPARE(frames.sections().at(0).payload, QByteArrayView("time=1"));
        QVERIFY(frames.strayBytes() > 40);
    }

    void truncatedFrame()
    {
        const QByteArray output = frame("n0nce123", "backuplog", "0123456789", 0, 1, 11);
        const ProbeOutput frames(output, "n0nce123");
        QCOMPARE(frames.sections().size(), 1);
        QVERIFY(frames.sections().at(0).truncated);
        // truncated=1 needs bytes > payload; bytes == payload is inconsistent.
        const ProbeOutput bad(frame("n0nce123", "backuplog", "0123456789", 0, 1, 10), "n0nce123");
        QVERIFY(!bad.sections().at(0).complete);
    }

    void hugeJunkIsBounded()
    {
        // 100 MB without a frame, then 100 MB inside one: linear scan, views only.
        QByteArray junk(100 * 1024 * 1024, 'x');
        for (qsizetype i = 4095; i < junk.size(); i += 4096)
            junk[i] = '\n';
        QElapsedTimer clock;
        clock.start();
        {
            const ProbeOutput frames(junk, "n0nce123");
            QVERIFY(frames.sections().isEmpty());
            QCOMPARE(frames.strayBytes(), junk.size());
        }
        const QByteArray framed = frame("n0nce123", "pm2", junk);
        const ProbeOutput frames(framed, "n0nce123");
        QCOMPARE(frames.sections().size(), 1);
        QCOMPARE(frames.sections().at(0).payload.data(), framed.constData() + 27); // no copy
        const Snapshot snapshot =
            parseProbeOutput(framed, "n0nce123", {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(snapshot.sections.value(QStringLiteral("pm2")).state, State::Unparseable);
        QVERIFY2(clock.elapsed() < 15000, "framing must stay linear");
    }

    void verdictsOfTheScript()
    {
        struct Case
        {
            QByteArray payload;
            int rc;
            State state;
        };
        const QList<Case> cases = {
            {"vigie: absent: not-installed docker", 100, State::Absent},
            {"vigie: absent: not-configured", 100, State::Absent},
            {"vigie: absent: no-systemd", 100, State::Absent},
            {"vigie: needs-privileges: ufw status", 101, State::NeedsPrivileges},
            {"vigie: failed: no-pm2-daemon /root/.pm2/rpc.sock", 102, State::Failed},
            {"partial output", 124, State::TimedOut},
            {"", 137, State::TimedOut},
        };
        for (const Case& c : cases) {
            ProbeSection section;
            section.name = QStringLiteral("x");
            section.payload = c.payload;
            section.complete = true;
            section.exitCode = c.rc;
            const std::optional<SectionStatus> status = SectionCheck::before(&section);
            QVERIFY2(status, c.payload.constData());
            QCOMPARE(status->state, c.state);
            QVERIFY(!status->message.isEmpty());
            QCOMPARE(status->exitCode, c.rc);
        }
        // rc 100 from a command, without the script's line: the parser decides.
        ProbeSection other;
        other.payload = "something else";
        other.complete = true;
        other.exitCode = 100;
        QVERIFY(!SectionCheck::before(&other));
        QCOMPARE(SectionCheck::before(nullptr)->state, State::Failed);
    }

    void snapshotFromRealCapture()
    {
        const QDateTime received =
            QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
        const Snapshot snapshot = Probe::parse(realOutput(), Nonce, captureProfile(), received);
        QCOMPARE(snapshot.takenAt, received);
        QCOMPARE(snapshot.serverTime, QDateTime::fromSecsSinceEpoch(1795398281, Qt::UTC));
        const QMap<QString, State> expected = {
            {QStringLiteral("meta"), State::Ok},
            {QStringLiteral("vitals"), State::Ok},
            {QStringLiteral("systemd"), State::Absent},
            {QStringLiteral("pm2"), State::Ok},
            {QStringLiteral("compose"), State::Failed},
            {QStringLiteral("health"), State::Ok},
            {QStringLiteral("ufw"), State::Absent},
            {QStringLiteral("fail2ban"), State::Absent},
            {QStringLiteral("certificates"), State::Ok},
            {QStringLiteral("renewal"), State::Ok},
            {QStringLiteral("backups"), State::Ok},
            {QStringLiteral("backuplog"), State::Ok},
            {QStringLiteral("databases"), State::Ok},
            {QStringLiteral("tenants"), State::Ok},
            {QStringLiteral("mail"), State::Absent}, // no mail settings in that profile
        };
        QCOMPARE(snapshot.sections.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const SectionStatus status = snapshot.sections.value(it.key());
            QVERIFY2(status.state == it.value(),
                     qPrintable(it.key() + QStringLiteral(": ") + sectionStateId(status.state) +
                                QStringLiteral(" ") + status.message));
        }
        QCOMPARE(snapshot.pm2.size(), 5);
        QCOMPARE(snapshot.certificates.size(), 4);
        QCOMPARE(snapshot.tenants.size(), 4);
        QVERIFY(snapshot.tenants.at(2).databaseExists);
        QCOMPARE(snapshot.vitals.user, QStringLiteral("root"));
        QCOMPARE(snapshot.vitals.cpus, 2);
    }

    void snapshotTruncatedSection()
    {
        QByteArray output = frame("n0nce123", "backuplog", "line 1\nline 2\nli", 0, 1, 1025);
        const Snapshot snapshot =
            parseProbeOutput(output, "n0nce123", {}, QDateTime::currentDateTimeUtc());
        const SectionStatus status = snapshot.sections.value(QStringLiteral("backuplog"));
        QCOMPARE(status.state, State::Truncated);
        QVERIFY(status.usable());
        QCOMPARE(snapshot.backupLogTail.size(), 3);
        // Missing sections are reported, never silently Ok.
        QCOMPARE(snapshot.sections.value(QStringLiteral("meta")).state, State::Failed);
    }

    void json()
    {
        const Snapshot snapshot =
            Probe::parse(realOutput(), Nonce, captureProfile(), QDateTime::currentDateTimeUtc());
        const QJsonObject json = Probe::toJson(snapshot);
        QCOMPARE(json.value(QLatin1String("serverTime")).toString(),
                 QStringLiteral("2026-11-23T01:44:41Z"));
        const QJsonObject sections = json.value(QLatin1String("sections")).toObject();
        QCOMPARE(sections.size(), 15);
        QCOMPARE(sections.value(QLatin1String("systemd"))
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("absent"));
        QCOMPARE(sections.value(QLatin1String("pm2"))
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("ok"));
        const QJsonArray certificates = json.value(QLatin1String("certificates")).toArray();
        QCOMPARE(certificates.at(0).toObject().value(QLatin1String("notAfter")).toString(),
                 QStringLiteral("2026-05-09T12:05:00Z"));
        QCOMPARE(certificates.at(0).toObject().value(QLatin1String("sha256")).toString().size(),
                 64);
        const QJsonArray pm2 = json.value(QLatin1String("pm2")).toArray();
        QCOMPARE(pm2.at(0).toObject().value(QLatin1String("startedAt")).toString(),
                 QStringLiteral("2026-11-23T01:34:28Z"));
        QVERIFY(json.value(QLatin1String("renewal"))
                    .toObject()
                    .value(QLatin1String("timerNext"))
                    .isNull());
        QCOMPARE(sectionStateId(State::NeedsPrivileges), QStringLiteral("needs-privileges"));
        QCOMPARE(sectionStateId(State::TimedOut), QStringLiteral("timed-out"));
        QCOMPARE(sectionStateId(State::Unparseable), QStringLiteral("unparseable"));
        QCOMPARE(sectionStateId(State::Truncated), QStringLiteral("truncated"));
        QCOMPARE(sectionStateId(State::Failed), QStringLiteral("failed"));
        QCOMPARE(sectionStateId(State::Ok), QStringLiteral("ok"));
        QCOMPARE(sectionStateId(State::Absent), QStringLiteral("absent"));
        QVERIFY(!QJsonDocument(json).toJson().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProbeOutput)
#include "tst_probe_output.moc"
