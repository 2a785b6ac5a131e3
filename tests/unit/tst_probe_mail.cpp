// Section "mail", fed with real captured output: tests/unit/data/probe/mail_*_real.txt, captured
// from tests/fixtures/mail-fixture.sh (real postfix, dovecot, dnsmasq, openssl) with and without
// its faults; then judged by Assessment with the profile's thresholds.
#include "TestSupport.h"
#include "probe/Assessment.h"
#include "probe/MailParser.h"
#include "probe/ProbeText.h"

#include <QtTest>

using namespace vigie;
using State = SectionStatus::State;

namespace {

QByteArray sample(const char* name)
{
    return vigie::test::probeSample(name);
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The mail section parsed and judged as the fixture's profile says (mail-fixture.sh writes it
// with its own paths; only the thresholds matter here).
Assessment judgeMail(const MailStatus& mail, int deferredWarning = 20)
{
    ServerProfile profile;
    profile.certificatePaths.clear();
    profile.mail.postfixConfigDirectories = {QStringLiteral("/srv/mail/postfix")};
    profile.mail.deferredWarning = deferredWarning;
    Snapshot snapshot;
    // The day after the capture: the certificates then have 89 (and 44) days left.
    snapshot.serverTime = utc("2026-12-08T12:00:00Z");
    snapshot.sections.insert(QStringLiteral("mail"), ProbeText::ok());
    snapshot.mail = mail;
    return Assessment::of(snapshot, profile);
}

const MailItem* findMail(const Assessment& assessment, MailItem::Kind kind, const QString& subject)
{
    for (const MailItem& item : assessment.mail()) {
        if (item.kind == kind && item.subject.startsWith(subject))
            return &item;
    }
    return nullptr;
}

} // namespace

class TestProbeMail : public QObject
{
    Q_OBJECT

private slots:
    void mail_real()
    {
        MailStatus mail;
        const SectionStatus status = MailParser::parse(sample("mail_real.txt"), 0, &mail);
        QVERIFY2(status.state == State::Ok, qPrintable(status.message));
        QVERIFY(!mail.systemd); // no systemd as PID 1 where it was captured: pid files
        QCOMPARE(mail.queues.size(), 1);
        const MailQueue& queue = mail.queues.first();
        QCOMPARE(queue.tool, QStringLiteral("postqueue"));
        QCOMPARE(queue.exitCode, 0);
        QCOMPARE(queue.total, 3);
        QCOMPARE(queue.deferred, 3);
        QCOMPARE(queue.active, 0);
        QCOMPARE(mail.units.size(), 2);
        QCOMPARE(mail.units.at(0).name, QStringLiteral("postfix"));
        QCOMPARE(mail.units.at(1).name, QStringLiteral("dovecot"));
        for (const MailUnitState& unit : std::as_const(mail.units)) {
            QCOMPARE(unit.source, MailUnitState::Source::PidFile);
            QCOMPARE(unit.state, QStringLiteral("running"));
            QVERIFY(unit.pid > 1);
        }
        QCOMPARE(mail.dkim.size(), 1);
        const DkimCheck& dkim = mail.dkim.first();
        QCOMPARE(dkim.name(), QStringLiteral("vigie._domainkey.example.test"));
        QCOMPARE(dkim.keyState, QStringLiteral("ok"));
        QCOMPARE(dkim.dnsExitCode, 0);
        QCOMPARE(dkim.dnsRecords.size(), 1);
        QVERIFY(
            dkim.diskKey.startsWith("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")); // RSA 2048
        QCOMPARE(dkim.dnsKey, dkim.diskKey);
        QCOMPARE(mail.tls.size(), 4);
        const QStringList names = {QStringLiteral("smtp"), QStringLiteral("smtps"),
                                   QStringLiteral("submission"), QStringLiteral("imaps")};
        const QStringList modes = {QStringLiteral("smtp-starttls"), QStringLiteral("implicit"),
                                   QStringLiteral("smtp-starttls"), QStringLiteral("implicit")};
        for (qsizetype i = 0; i < mail.tls.size(); ++i) {
            const MailTlsCheck& tls = mail.tls.at(i);
            QCOMPARE(tls.name, names.at(i));
            QCOMPARE(tls.mode, modes.at(i));
            QVERIFY2(tls.served.ok() && tls.disk.ok(), qPrintable(tls.served.error));
            QCOMPARE(tls.served.sha256, tls.disk.sha256);
            QCOMPARE(tls.served.notAfter, tls.disk.notAfter);
            QVERIFY(tls.served.notAfter.isValid());
            QVERIFY(tls.served.subject.contains(QStringLiteral("mail.example.test")));
        }

        const Assessment judged = judgeMail(mail);
        QCOMPARE(judged.mail().size(), 1 + 2 + 1 + 4);
        QCOMPARE(judged.mailHealth(), Health::Ok);
        QCOMPARE(judged.worst(Area::Services), Health::Ok);
        QCOMPARE(findMail(judged, MailItem::Kind::Queue, {})->state,
                 QStringLiteral("3 deferred, 3 in the queue"));
        // More deferred messages than the profile allows.
        const Assessment tight = judgeMail(mail, 2);
        QCOMPARE(findMail(tight, MailItem::Kind::Queue, {})->health, Health::Warning);
        QCOMPARE(tight.worst(Area::Services), Health::Warning);
    }

    void mail_faults_real()
    {
        // Captured with the fixture's dkim-mismatch, wrong-cert and dovecot-stopped faults.
        MailStatus mail;
        const SectionStatus status = MailParser::parse(sample("mail_faults_real.txt"), 0, &mail);
        QVERIFY2(status.state == State::Ok, qPrintable(status.message));
        const DkimCheck& dkim = mail.dkim.first();
        QVERIFY(!dkim.dnsKey.isEmpty());
        QVERIFY(!dkim.diskKey.isEmpty());
        QVERIFY(dkim.dnsKey != dkim.diskKey);
        const MailTlsCheck& smtps = mail.tls.at(1);
        QCOMPARE(smtps.name, QStringLiteral("smtps"));
        QVERIFY(smtps.served.ok() && smtps.disk.ok());
        QVERIFY(smtps.served.sha256 != smtps.disk.sha256);
        QVERIFY(smtps.served.notAfter < smtps.disk.notAfter); // the other one: 45 days, not 90
        const MailTlsCheck& imaps = mail.tls.at(3);
        QVERIFY(!imaps.served.ok());
        QCOMPARE(imaps.served.error, QStringLiteral("refused"));
        QVERIFY(imaps.disk.ok());
        QVERIFY(mail.units.at(1).state != QStringLiteral("running"));

        const Assessment judged = judgeMail(mail);
        const MailItem* key =
            findMail(judged, MailItem::Kind::Dkim, QStringLiteral("vigie._domainkey"));
        QCOMPARE(key->health, Health::Critical);
        QCOMPARE(key->state,
                 QStringLiteral("the key in DNS is not the key on disk: signatures fail"));
        const MailItem* listener = findMail(judged, MailItem::Kind::Tls, QStringLiteral("smtps "));
        QCOMPARE(listener->health, Health::Warning);
        QVERIFY2(listener->state.startsWith(
                     QStringLiteral("not the certificate on disk (not reloaded?); expires in ")),
                 qPrintable(listener->state));
        QCOMPARE(findMail(judged, MailItem::Kind::Tls, QStringLiteral("smtp "))->health,
                 Health::Ok);
        const MailItem* imapsItem = findMail(judged, MailItem::Kind::Tls, QStringLiteral("imaps "));
        QCOMPARE(imapsItem->health, Health::Critical);
        QCOMPARE(imapsItem->state, QStringLiteral("connection refused: nothing listens there"));
        QCOMPARE(findMail(judged, MailItem::Kind::Unit, QStringLiteral("dovecot"))->health,
                 Health::Critical);
        QCOMPARE(judged.mailHealth(), Health::Critical);
        QCOMPARE(judged.worst(Area::Services), Health::Critical);
    }

    void mail_postfixDown_real()
    {
        // postfix stopped (its master.pid left behind). As root, postqueue still reads the
        // queue directory itself, and says so on stderr: the count stays exact.
        MailStatus mail;
        const SectionStatus status =
            MailParser::parse(sample("mail_postfix_down_real.txt"), 0, &mail);
        QVERIFY2(status.state == State::Ok, qPrintable(status.message));
        const MailQueue& queue = mail.queues.first();
        QVERIFY(queue.read());
        QCOMPARE(queue.deferred, 3);
        QVERIFY2(queue.error.contains(QStringLiteral("Mail system is down")),
                 qPrintable(queue.error));
        QCOMPARE(mail.units.first().state, QStringLiteral("stopped"));
        const Assessment judged = judgeMail(mail);
        QCOMPARE(findMail(judged, MailItem::Kind::Queue, {})->health, Health::Ok);
        const MailItem* postfix = findMail(judged, MailItem::Kind::Unit, QStringLiteral("postfix"));
        QCOMPARE(postfix->health, Health::Critical);
        QVERIFY2(postfix->state.startsWith(QStringLiteral("stopped: pid ")),
                 qPrintable(postfix->state));
        for (const char* listener : {"smtp ", "smtps ", "submission "})
            QCOMPARE(findMail(judged, MailItem::Kind::Tls, QLatin1String(listener))->health,
                     Health::Critical);
        QCOMPARE(findMail(judged, MailItem::Kind::Tls, QStringLiteral("imaps "))->health,
                 Health::Ok);
    }

    void mail_notRoot_real()
    {
        // The same server probed as an unprivileged user (nobody): postqueue may not use
        // another instance's configuration, the pid files and the DKIM key are not readable.
        // Nothing of that is "fine": unknown, each with its reason; the listeners still count.
        MailStatus mail;
        const SectionStatus status = MailParser::parse(sample("mail_nonroot_real.txt"), 0, &mail);
        QVERIFY2(status.state == State::Ok, qPrintable(status.message));
        QVERIFY(!mail.queues.first().read());
        QCOMPARE(mail.queues.first().exitCode, 69);
        QCOMPARE(mail.dkim.first().keyState, QStringLiteral("denied"));
        const Assessment judged = judgeMail(mail);
        const MailItem* queue = findMail(judged, MailItem::Kind::Queue, {});
        QCOMPARE(queue->health, Health::Unknown);
        QCOMPARE(queue->state, QStringLiteral("postqueue failed: postqueue: fatal: open file "
                                              "/etc/postfix/main.cf: No such file or directory"));
        const MailItem* postfix = findMail(judged, MailItem::Kind::Unit, QStringLiteral("postfix"));
        QCOMPARE(postfix->health, Health::Unknown);
        QVERIFY2(postfix->state.endsWith(QStringLiteral("(needs root or passwordless sudo)")),
                 qPrintable(postfix->state));
        QCOMPARE(findMail(judged, MailItem::Kind::Dkim, QStringLiteral("vigie."))->health,
                 Health::Unknown);
        QCOMPARE(findMail(judged, MailItem::Kind::Tls, QStringLiteral("imaps "))->health,
                 Health::Ok);
        QCOMPARE(judged.mailHealth(), Health::Unknown);
        QCOMPARE(judged.worst(Area::Services), Health::Unknown);
    }

    void mail_systemd_handWrittenSample_noSystemdHere()
    {
        // Hand-written: neither the capture machine nor CI runs systemd as PID 1, so the
        // section's systemctl branch cannot run here. The lines are what that branch prints
        // from `systemctl show -p LoadState,ActiveState,SubState -- UNIT`.
        MailStatus mail;
        const SectionStatus status =
            MailParser::parse(sample("mail_systemd_handwritten.txt"), 0, &mail);
        QVERIFY2(status.state == State::Ok, qPrintable(status.message));
        QVERIFY(mail.systemd);
        QCOMPARE(mail.units.size(), 4);
        QCOMPARE(mail.units.at(1).source, MailUnitState::Source::Systemd);
        QCOMPARE(mail.units.at(1).state, QStringLiteral("failed"));
        const Assessment judged = judgeMail(mail);
        QCOMPARE(findMail(judged, MailItem::Kind::Unit, QStringLiteral("postfix"))->health,
                 Health::Ok);
        QCOMPARE(findMail(judged, MailItem::Kind::Unit, QStringLiteral("dovecot"))->health,
                 Health::Critical);
        QCOMPARE(findMail(judged, MailItem::Kind::Unit, QStringLiteral("opendkim"))->state,
                 QStringLiteral("not installed"));
        QCOMPARE(findMail(judged, MailItem::Kind::Unit, QStringLiteral("redis-server"))->health,
                 Health::Ok);
    }

    void mail_dkimRecordAndDates()
    {
        // dig +short prints a record as quoted strings: joined, tags split on ';'.
        QCOMPARE(MailParser::dkimPublicKey(
                     QStringLiteral("\"v=DKIM1; h=sha256; k=rsa; \" \"p=MIIBIjAN\" \"BgkqhkiG\"")),
                 QByteArray("MIIBIjANBgkqhkiG"));
        QCOMPARE(MailParser::dkimPublicKey(QStringLiteral("\"p=AB\\059CD\"")), QByteArray("AB"));
        QVERIFY(MailParser::dkimPublicKey(QStringLiteral("\"v=spf1 mx -all\"")).isEmpty());
        QVERIFY(MailParser::dkimPublicKey(QStringLiteral("\"v=DKIM2; p=MIIB\"")).isEmpty());
        QVERIFY(MailParser::dkimPublicKey(QStringLiteral("\"v=DKIM1; p=\"")).isEmpty()); // revoked
        QCOMPARE(MailParser::opensslTime("Mar  7 23:00:00 2027 GMT"),
                 QDateTime(QDate(2027, 3, 7), QTime(23, 0), Qt::UTC));
        QVERIFY(!MailParser::opensslTime("Mar  7 23:00:00 2027").isValid());
        QVERIFY(!MailParser::opensslTime("Foo 77 23:00:00 2027 GMT").isValid());
    }

    void mail_notConfiguredIsNotWatched()
    {
        // Without mail settings nothing is said about mail: the area is what the rest makes it.
        Snapshot snapshot;
        snapshot.sections.insert(QStringLiteral("mail"), SectionStatus{State::Absent, {}, 0, 100});
        ServerProfile profile;
        profile.certificatePaths.clear();
        const Assessment assessment = Assessment::of(snapshot, profile);
        QCOMPARE(assessment.mailHealth(), Health::NotWatched);
        QVERIFY(assessment.mail().isEmpty());
        QCOMPARE(assessment.worst(Area::Services), Health::NotWatched);
        // Configured but unreadable: unknown, with the reason.
        profile.mail.postfixConfigDirectories = {QStringLiteral("/etc/postfix")};
        snapshot.sections.insert(
            QStringLiteral("mail"),
            SectionStatus{State::TimedOut, QStringLiteral("timed out"), 8000, 124});
        const Assessment unread = Assessment::of(snapshot, profile);
        QCOMPARE(unread.mailHealth(), Health::Unknown);
        QCOMPARE(unread.worst(Area::Services), Health::Unknown);
        QCOMPARE(unread.findings().first().message, QStringLiteral("timed out"));
    }
};

QTEST_GUILESS_MAIN(TestProbeMail)
#include "tst_probe_mail.moc"
