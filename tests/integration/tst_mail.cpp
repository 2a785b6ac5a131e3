// `vigie-cli status --json` against a real mail server: the mail fixture (postfix, dovecot,
// dnsmasq serving the DKIM record, tests/fixtures/mail-fixture.sh) reached through the server
// fixture's SSH login, as on a server: the probe's mail section runs postqueue, dig and
// openssl s_client there. Each fault is applied for real (another DKIM key in DNS, another
// certificate on the SMTPS listener, dovecot stopped) and undone after the test.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace vigie::test;

class TestMail : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    TestHomeDir m_home;
    QString m_mailDir;

    struct Run : CliRun
    {
        QJsonObject server;
        QJsonObject mail;     // the judged Mail group
        QJsonObject snapshot; // the raw mail section
    };

    Run status(const QString& name = QStringLiteral("mx"))
    {
        Run run;
        static_cast<CliRun&>(run) =
            runCli(m_home.path(), {QStringLiteral("status"), QStringLiteral("--json"), name});
        run.server = QJsonDocument::fromJson(run.out).array().first().toObject();
        run.mail = run.server.value(QStringLiteral("mail")).toObject();
        run.snapshot = run.server.value(QStringLiteral("snapshot"))
                           .toObject()
                           .value(QStringLiteral("mail"))
                           .toObject();
        return run;
    }

    static QJsonObject item(const Run& run, const QString& kind, const QString& subject)
    {
        for (const QJsonValue& value : run.mail.value(QStringLiteral("items")).toArray()) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("kind")).toString() == kind &&
                object.value(QStringLiteral("subject")).toString().startsWith(subject))
                return object;
        }
        return {};
    }

    static QString health(const QJsonObject& object)
    {
        return object.value(QStringLiteral("health")).toString();
    }

    bool fault(const QString& name)
    {
        QProcess process;
        process.start(qEnvironmentVariable("VIGIE_SOURCE_DIR") +
                          QStringLiteral("/tests/fixtures/mail-fixture.sh"),
                      {QStringLiteral("fault"), m_mailDir, name});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("fault %s: %s", qPrintable(name), process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    // A profile with only the mail settings of the fixture (plus `edit`), added as `name`.
    QString addServer(const QString& name, const std::function<void(QJsonObject&)>& edit = {})
    {
        QFile fragment(m_mailDir + QStringLiteral("/profile.json"));
        if (!fragment.open(QIODevice::ReadOnly))
            return QStringLiteral("no profile.json in the mail fixture");
        QJsonObject mail = QJsonDocument::fromJson(fragment.readAll())
                               .object()
                               .value(QStringLiteral("mail"))
                               .toObject();
        if (edit)
            edit(mail);
        const QJsonObject profile{
            {QStringLiteral("id"), QStringLiteral("fixture-mail-") + name},
            {QStringLiteral("name"),
             QStringLiteral("MSSanté-like mail server (Vigie test fixture)")},
            {QStringLiteral("certificates"), QJsonObject{{QStringLiteral("paths"), QJsonArray()}}},
            {QStringLiteral("mail"), mail}};
        QFile file(m_home.filePath(name + QStringLiteral("-profile.json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(profile).toJson()) < 0)
            return QStringLiteral("cannot write ") + file.fileName();
        file.close();
        return addCliServer(m_home.path(), m_fixture, name, file.fileName());
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        m_mailDir = qEnvironmentVariable("VIGIE_MAIL_FIXTURE_DIR");
        QVERIFY2(QFile::exists(m_mailDir + QStringLiteral("/profile.json")),
                 "the mail fixture is not up (fixture_mail_up)");
        const QString prepared = prepareCliHome(m_home.path(), m_fixture);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QString added = addServer(QStringLiteral("mx"));
        QVERIFY2(added.isEmpty(), qPrintable(added));
        // The same server with a threshold the fixture's three deferred messages exceed.
        added = addServer(QStringLiteral("mx-tight"), [](QJsonObject& mail) {
            mail.insert(QStringLiteral("deferredWarning"), 2);
        });
        QVERIFY2(added.isEmpty(), qPrintable(added));
        // And one whose profile says nothing about mail.
        const CliRun bare = runCli(
            m_home.path(),
            {QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("mx-bare"), QStringLiteral("--host"), m_fixture.host,
             QStringLiteral("--port"), QString::number(m_fixture.port), QStringLiteral("--user"),
             m_fixture.user, QStringLiteral("--key"), QStringLiteral("fixture")});
        QVERIFY2(bare.code == 0, bare.err.constData());
        // Only mail is configured on "mx": the other areas are not watched on purpose.
        QCOMPARE(runCli(m_home.path(), {QStringLiteral("servers"), QStringLiteral("ignore"),
                                        QStringLiteral("mx"), QStringLiteral("certificates"),
                                        QStringLiteral("backups"), QStringLiteral("tenants")})
                     .code,
                 0);
    }

    // Every fault is undone, whatever the test did.
    void cleanup()
    {
        QVERIFY(fault(QStringLiteral("dkim-ok")));
        QVERIFY(fault(QStringLiteral("right-cert")));
        QVERIFY(fault(QStringLiteral("dovecot-started")));
    }

    void everythingMatchesIsGreen()
    {
        const Run run = status();
        QVERIFY2(run.server.value(QStringLiteral("reachable")).toBool(), run.err.constData());
        QCOMPARE(health(run.mail), QStringLiteral("ok"));
        const QJsonObject areas = run.server.value(QStringLiteral("health")).toObject();
        QCOMPARE(areas.value(QStringLiteral("services")).toString(), QStringLiteral("ok"));
        QCOMPARE(areas.value(QStringLiteral("overall")).toString(), QStringLiteral("ok"));
        QCOMPARE(run.code, 0);

        const QJsonArray items = run.mail.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1 + 2 + 1 + 4); // queue, postfix + dovecot, DKIM, 4 listeners
        for (const QJsonValue& value : items)
            QVERIFY2(health(value.toObject()) == QStringLiteral("ok"),
                     QJsonDocument(value.toObject()).toJson().constData());

        // What the probe read, through the real tools on the server.
        const QJsonObject queue =
            run.snapshot.value(QStringLiteral("queues")).toArray().first().toObject();
        QCOMPARE(queue.value(QStringLiteral("tool")).toString(), QStringLiteral("postqueue"));
        QCOMPARE(queue.value(QStringLiteral("deferred")).toInt(), 3);
        QCOMPARE(queue.value(QStringLiteral("total")).toInt(), 3);
        // No systemd as PID 1 on the test machine: the units are judged by their pid files.
        QCOMPARE(run.snapshot.value(QStringLiteral("systemd")).toBool(), false);
        for (const QJsonValue& unit : run.snapshot.value(QStringLiteral("units")).toArray()) {
            QCOMPARE(unit.toObject().value(QStringLiteral("source")).toString(),
                     QStringLiteral("pidfile"));
            QCOMPARE(unit.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("running"));
        }
        const QJsonObject dkim =
            run.snapshot.value(QStringLiteral("dkim")).toArray().first().toObject();
        QVERIFY(dkim.value(QStringLiteral("matches")).toBool());
        QVERIFY(dkim.value(QStringLiteral("diskKey")).toString().startsWith(QStringLiteral("MII")));
        const QJsonArray tls = run.snapshot.value(QStringLiteral("tls")).toArray();
        QCOMPARE(tls.size(), 4);
        for (const QJsonValue& value : tls) {
            const QJsonObject listener = value.toObject();
            QVERIFY2(listener.value(QStringLiteral("servedIsDisk")).toBool(),
                     QJsonDocument(listener).toJson().constData());
            QVERIFY(listener.value(QStringLiteral("served"))
                        .toObject()
                        .value(QStringLiteral("subject"))
                        .toString()
                        .contains(QStringLiteral("mail.example.test")));
        }
    }

    void deferredAboveTheThresholdIsAWarning()
    {
        const Run run = status(QStringLiteral("mx-tight"));
        const QJsonObject queue = item(run, QStringLiteral("queue"), m_mailDir);
        QCOMPARE(health(queue), QStringLiteral("warning"));
        QVERIFY2(queue.value(QStringLiteral("state"))
                     .toString()
                     .startsWith(QStringLiteral("3 deferred")),
                 qPrintable(queue.value(QStringLiteral("state")).toString()));
        QCOMPARE(health(run.mail), QStringLiteral("warning"));
    }

    void dkimKeyInDnsNotOnDiskIsCritical()
    {
        QVERIFY(fault(QStringLiteral("dkim-mismatch")));
        const Run run = status();
        const QJsonObject dkim =
            item(run, QStringLiteral("dkim"), QStringLiteral("vigie._domainkey.example.test"));
        QCOMPARE(health(dkim), QStringLiteral("critical"));
        QVERIFY2(dkim.value(QStringLiteral("state"))
                     .toString()
                     .contains(QStringLiteral("not the key on disk")),
                 qPrintable(dkim.value(QStringLiteral("state")).toString()));
        const QJsonObject seen =
            run.snapshot.value(QStringLiteral("dkim")).toArray().first().toObject();
        QVERIFY(!seen.value(QStringLiteral("dnsKey")).toString().isEmpty());
        QVERIFY(!seen.value(QStringLiteral("matches")).toBool());
        QCOMPARE(run.server.value(QStringLiteral("health"))
                     .toObject()
                     .value(QStringLiteral("services"))
                     .toString(),
                 QStringLiteral("critical"));
        QCOMPARE(run.code, 2);
    }

    void listenerServingAnotherCertificateIsAWarning()
    {
        QVERIFY(fault(QStringLiteral("wrong-cert")));
        const Run run = status();
        const QJsonObject smtps = item(run, QStringLiteral("tls"), QStringLiteral("smtps "));
        QCOMPARE(health(smtps), QStringLiteral("warning"));
        QVERIFY2(smtps.value(QStringLiteral("state"))
                     .toString()
                     .contains(QStringLiteral("not the certificate on disk")),
                 qPrintable(smtps.value(QStringLiteral("state")).toString()));
        // The other listeners still serve the file's certificate.
        for (const char* name : {"smtp ", "submission ", "imaps "})
            QCOMPARE(health(item(run, QStringLiteral("tls"), QLatin1String(name))),
                     QStringLiteral("ok"));
        QCOMPARE(health(run.mail), QStringLiteral("warning"));
    }

    void stoppedDovecotIsCritical()
    {
        QVERIFY(fault(QStringLiteral("dovecot-stopped")));
        const Run run = status();
        const QJsonObject dovecot = item(run, QStringLiteral("unit"), QStringLiteral("dovecot"));
        QCOMPARE(health(dovecot), QStringLiteral("critical"));
        QVERIFY2(
            dovecot.value(QStringLiteral("state")).toString().startsWith(QStringLiteral("stopped")),
            qPrintable(dovecot.value(QStringLiteral("state")).toString()));
        const QJsonObject imaps = item(run, QStringLiteral("tls"), QStringLiteral("imaps "));
        QCOMPARE(health(imaps), QStringLiteral("critical"));
        QVERIFY2(
            imaps.value(QStringLiteral("state")).toString().contains(QStringLiteral("refused")),
            qPrintable(imaps.value(QStringLiteral("state")).toString()));
        QCOMPARE(health(item(run, QStringLiteral("unit"), QStringLiteral("postfix"))),
                 QStringLiteral("ok"));
        QCOMPARE(health(run.mail), QStringLiteral("critical"));
    }

    // A profile without mail settings: nothing is said about mail, and nothing says OK.
    void noMailSettingsIsNotWatched()
    {
        const Run run = status(QStringLiteral("mx-bare"));
        QVERIFY2(run.server.value(QStringLiteral("reachable")).toBool(), run.err.constData());
        QCOMPARE(health(run.mail), QStringLiteral("not-watched"));
        QVERIFY(run.mail.value(QStringLiteral("items")).toArray().isEmpty());
        QCOMPARE(run.server.value(QStringLiteral("snapshot"))
                     .toObject()
                     .value(QStringLiteral("sections"))
                     .toObject()
                     .value(QStringLiteral("mail"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("absent"));
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
