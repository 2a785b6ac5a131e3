// `vigie-cli status --json` against the MedicalPro-like fixture: what each dashboard will show,
// one exec per refresh, and the faults an operator meets (app down, backup gone, pm2 hanging).
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace vigie::test;

class TestStatus : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    TestHomeDir m_home;

    struct Run : CliRun
    {
        QJsonObject server; // first element of the JSON array
    };

    Run cli(const QStringList& args)
    {
        Run run;
        static_cast<CliRun&>(run) = runCli(m_home.path(), args);
        run.server = QJsonDocument::fromJson(run.out).array().first().toObject();
        return run;
    }

    Run status(const QString& server = QStringLiteral("fx"))
    {
        return cli({QStringLiteral("status"), QStringLiteral("--json"), server});
    }

    QString fixtureFile(const QString& relative) const
    {
        return m_fixture.dir + QLatin1Char('/') + relative;
    }

    int pm2(const QStringList& args)
    {
        int rc = -1;
        runProgram(fixtureFile(QStringLiteral("bin/pm2")), args, &rc);
        return rc;
    }

    static QJsonObject find(const QJsonArray& array, const QString& key, const QString& value)
    {
        for (const QJsonValue& item : array) {
            if (item.toObject().value(key).toString() == value)
                return item.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QVERIFY2(QFile::exists(fixtureFile(QStringLiteral("profile.json"))),
                 "the full fixture is not up");
        QCOMPARE(cli({QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("--name"),
                      QStringLiteral("fixture"), m_fixture.keyPath(QStringLiteral("id_ed25519"))})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("hosts"), QStringLiteral("trust"), QStringLiteral("--port"),
                      QString::number(m_fixture.port), QStringLiteral("--yes"), m_fixture.host})
                     .code,
                 0);
        const QStringList common = {QStringLiteral("--host"), m_fixture.host,
                                    QStringLiteral("--port"), QString::number(m_fixture.port),
                                    QStringLiteral("--user"), m_fixture.user,
                                    QStringLiteral("--key"),  QStringLiteral("fixture")};
        const Run added = cli(QStringList{QStringLiteral("servers"), QStringLiteral("add"),
                                          QStringLiteral("--name"), QStringLiteral("fx"),
                                          QStringLiteral("--profile-file"),
                                          fixtureFile(QStringLiteral("profile.json"))} +
                              common);
        QVERIFY2(added.code == 0, added.err.constData());

        // A second server entry on the same host whose pm2 hangs.
        QFile profile(fixtureFile(QStringLiteral("profile.json")));
        QVERIFY(profile.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(profile.readAll()).object();
        QJsonObject services = json.value(QStringLiteral("services")).toObject();
        services.insert(QStringLiteral("pm2Command"), fixtureFile(QStringLiteral("bin/pm2-hang")));
        json.insert(QStringLiteral("services"), services);
        QFile hanging(m_home.filePath(QStringLiteral("hanging-profile.json")));
        QVERIFY(hanging.open(QIODevice::WriteOnly));
        hanging.write(QJsonDocument(json).toJson());
        hanging.close();
        QCOMPARE(cli(QStringList{QStringLiteral("servers"), QStringLiteral("add"),
                                 QStringLiteral("--name"), QStringLiteral("fx-hang"),
                                 QStringLiteral("--profile-file"), hanging.fileName()} +
                     common)
                     .code,
                 0);
        // The same host with no profile at all, and one whose backups use the wrong pattern.
        QCOMPARE(cli(QStringList{QStringLiteral("servers"), QStringLiteral("add"),
                                 QStringLiteral("--name"), QStringLiteral("fx-bare")} +
                     common)
                     .code,
                 0);
        QFile wrong(m_home.filePath(QStringLiteral("wrong-pattern-profile.json")));
        QVERIFY(m_fixture.writeProfile(wrong.fileName(), [](QJsonObject& edited) {
            QJsonObject backups = edited.value(QStringLiteral("backups")).toObject();
            QJsonArray targets = backups.value(QStringLiteral("targets")).toArray();
            QJsonObject first = targets.first().toObject();
            first.insert(QStringLiteral("pattern"), QStringLiteral("backup_*.sql.gz"));
            backups.insert(QStringLiteral("targets"), QJsonArray{first});
            edited.insert(QStringLiteral("backups"), backups);
        }));
        QCOMPARE(cli(QStringList{QStringLiteral("servers"), QStringLiteral("add"),
                                 QStringLiteral("--name"), QStringLiteral("fx-wrong-pattern"),
                                 QStringLiteral("--profile-file"), wrong.fileName()} +
                     common)
                     .code,
                 0);
    }

    void everyDashboardIsFilledInOneExec()
    {
        const QByteArray needle = "Starting session: command";
        const int execsBefore = sshdLogCount(needle);
        const Run run = status();
        QTest::qWait(300); // sshd writes its log line asynchronously
        QCOMPARE(sshdLogCount(needle) - execsBefore, 1);
        QVERIFY2(run.server.value(QStringLiteral("reachable")).toBool(), run.err.constData());
        // Critical overall: the 5-day certificate and the unprovisioned tenant.
        QCOMPARE(run.code, 2);
        const QJsonObject health = run.server.value(QStringLiteral("health")).toObject();
        QCOMPARE(health.value(QStringLiteral("certificates")).toString(),
                 QStringLiteral("critical"));
        QCOMPARE(health.value(QStringLiteral("services")).toString(), QStringLiteral("ok"));
        QCOMPARE(health.value(QStringLiteral("backups")).toString(), QStringLiteral("warning"));
        QCOMPARE(health.value(QStringLiteral("tenants")).toString(), QStringLiteral("critical"));

        const QJsonObject snapshot = run.server.value(QStringLiteral("snapshot")).toObject();
        // PM2: three processes (backend in cluster mode twice), online, restart counts known.
        const QJsonArray pm2 = snapshot.value(QStringLiteral("pm2")).toArray();
        QCOMPARE(pm2.size(), 3);
        for (const QJsonValue& process : pm2) {
            QCOMPARE(process.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("online"));
            QVERIFY(process.toObject().contains(QStringLiteral("restarts")));
        }
        // Certificates: the wildcard is there and the near-expiry one is critical.
        const QJsonArray findings = run.server.value(QStringLiteral("findings")).toArray();
        const QJsonObject soon =
            find(findings, QStringLiteral("subject"), QStringLiteral("soon.example.test"));
        QCOMPARE(soon.value(QStringLiteral("health")).toString(), QStringLiteral("critical"));
        bool wildcard = false;
        for (const QJsonValue& c : snapshot.value(QStringLiteral("certificates")).toArray())
            wildcard = wildcard || c.toObject()
                                       .value(QStringLiteral("dnsNames"))
                                       .toArray()
                                       .contains(QStringLiteral("*.example.test"));
        QVERIFY(wildcard);
        // Backups: the day the fixture skipped (3 days ago) is found for every target.
        const QJsonArray backups = run.server.value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 3);
        for (const QJsonValue& backup : backups) {
            const QJsonArray missing =
                backup.toObject().value(QStringLiteral("missingDays")).toArray();
            QCOMPARE(missing.size(), 1);
            QVERIFY(backup.toObject().value(QStringLiteral("encrypted")).toBool());
        }
        // Tenants: Alpha and Beta are fine, Ozondenia says why not.
        const QJsonArray tenants = run.server.value(QStringLiteral("tenants")).toArray();
        QCOMPARE(tenants.size(), 3);
        QCOMPARE(find(tenants, QStringLiteral("subdomain"), QStringLiteral("alpha"))
                     .value(QStringLiteral("health"))
                     .toString(),
                 QStringLiteral("ok"));
        const QJsonObject ozondenia =
            find(tenants, QStringLiteral("subdomain"), QStringLiteral("ozondenia"));
        const QString gaps = ozondenia.value(QStringLiteral("gaps"))
                                 .toVariant()
                                 .toStringList()
                                 .join(QLatin1Char('|'));
        QVERIFY2(gaps.contains(QStringLiteral("not provisioned")), qPrintable(gaps));
        QVERIFY2(gaps.contains(QStringLiteral("does not resolve")), qPrintable(gaps));
    }

    void stoppedAppTurnsServicesRed()
    {
        QCOMPARE(pm2({QStringLiteral("stop"), QStringLiteral("medical-pro-frontend")}), 0);
        const Run run = status();
        QCOMPARE(pm2({QStringLiteral("start"), QStringLiteral("medical-pro-frontend")}), 0);
        QCOMPARE(run.server.value(QStringLiteral("health"))
                     .toObject()
                     .value(QStringLiteral("services"))
                     .toString(),
                 QStringLiteral("critical"));
        const QJsonObject finding = find(run.server.value(QStringLiteral("findings")).toArray(),
                                         QStringLiteral("health"), QStringLiteral("critical"));
        QVERIFY(!finding.isEmpty());
    }

    void missingRecentBackupTurnsBackupsRed()
    {
        // Take away the central backups of the last 30 hours (the newest one, and the one
        // before it too when the newest ran less than 26 h ago).
        QDir backups(fixtureFile(QStringLiteral("backups")));
        QDir aside(m_home.filePath(QStringLiteral("aside")));
        QVERIFY(aside.mkpath(QStringLiteral(".")));
        QStringList moved;
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-30 * 3600);
        for (const QFileInfo& file :
             backups.entryInfoList({QStringLiteral("central_*.dump.gpg")}, QDir::Files)) {
            if (file.lastModified().toUTC() > cutoff) {
                QVERIFY(QFile::rename(file.filePath(), aside.filePath(file.fileName())));
                moved.append(file.fileName());
            }
        }
        QVERIFY(!moved.isEmpty());
        const Run run = status();
        for (const QString& name : std::as_const(moved))
            QVERIFY(QFile::rename(aside.filePath(name), backups.filePath(name)));
        const QJsonObject central =
            find(run.server.value(QStringLiteral("backups")).toArray(), QStringLiteral("target"),
                 QStringLiteral("medicalpro_central"));
        QCOMPARE(central.value(QStringLiteral("health")).toString(), QStringLiteral("critical"));
        QCOMPARE(run.server.value(QStringLiteral("health"))
                     .toObject()
                     .value(QStringLiteral("backups"))
                     .toString(),
                 QStringLiteral("critical"));
    }

    void hangingPm2TimesOutAloneAndTheRestArrives()
    {
        QElapsedTimer timer;
        timer.start();
        const Run run = status(QStringLiteral("fx-hang"));
        const qint64 elapsed = timer.elapsed();
        const QJsonObject sections = run.server.value(QStringLiteral("snapshot"))
                                         .toObject()
                                         .value(QStringLiteral("sections"))
                                         .toObject();
        QCOMPARE(sections.value(QStringLiteral("pm2"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("timed-out"));
        for (const char* name : {"vitals", "certificates", "backups", "tenants", "health"}) {
            QCOMPARE(sections.value(QLatin1String(name))
                         .toObject()
                         .value(QStringLiteral("state"))
                         .toString(),
                     QStringLiteral("ok"));
        }
        // Bounded by the section limit (8 s) plus the kill grace, not by pm2's 600 s.
        QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));
        // Never "healthy" when pm2 could not be read.
        QVERIFY(run.server.value(QStringLiteral("health"))
                    .toObject()
                    .value(QStringLiteral("services"))
                    .toString() != QStringLiteral("ok"));
    }

    // A server no one prepared for Vigie: nothing is watched, and nothing says OK.
    void bareServerIsNotWatchedAnywhere()
    {
        const Run run = status(QStringLiteral("fx-bare"));
        QVERIFY2(run.server.value(QStringLiteral("reachable")).toBool(), run.err.constData());
        const QJsonObject health = run.server.value(QStringLiteral("health")).toObject();
        for (const char* area : {"services", "certificates", "backups", "tenants"})
            QCOMPARE(health.value(QLatin1String(area)).toString(), QStringLiteral("not-watched"));
        QCOMPARE(health.value(QStringLiteral("overall")).toString(), QStringLiteral("not-watched"));
        QCOMPARE(run.code, 1);

        // The text output names the state and the way out.
        const Run text = cli({QStringLiteral("status"), QStringLiteral("fx-bare")});
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains("Backups: not watched"), text.out.constData());
        QVERIFY2(text.out.contains("vigie-cli detect --save fx-bare"), text.out.constData());
        QVERIFY(!text.out.contains(": OK"));
    }

    // The operator says this server has no tenants nor backups on purpose: those stop counting,
    // and say so; the others still do.
    void ignoredAreasStopCountingAndSaySo()
    {
        QCOMPARE(cli({QStringLiteral("servers"), QStringLiteral("ignore"),
                      QStringLiteral("fx-bare"), QStringLiteral("nonsense")})
                     .code,
                 2);
        QCOMPARE(
            cli({QStringLiteral("servers"), QStringLiteral("ignore"), QStringLiteral("fx-bare"),
                 QStringLiteral("services"), QStringLiteral("certificates"),
                 QStringLiteral("backups"), QStringLiteral("tenants")})
                .code,
            0);
        const Run run = status(QStringLiteral("fx-bare"));
        const Run text = cli({QStringLiteral("status"), QStringLiteral("fx-bare")});
        QCOMPARE(
            cli({QStringLiteral("servers"), QStringLiteral("ignore"), QStringLiteral("fx-bare")})
                .code,
            0);
        const QJsonObject health = run.server.value(QStringLiteral("health")).toObject();
        QCOMPARE(health.value(QStringLiteral("backups")).toString(), QStringLiteral("not-watched"));
        QCOMPARE(health.value(QStringLiteral("ignored")).toArray().size(), 4);
        QCOMPARE(health.value(QStringLiteral("overall")).toString(), QStringLiteral("ok"));
        QCOMPARE(run.code, 0);
        QVERIFY2(text.out.contains("Backups: not watched (ignored)"), text.out.constData());
        QCOMPARE(status(QStringLiteral("fx-bare")).code, 1); // and back once no longer ignored
    }

    // A watched folder with files that do not match says what it saw instead of "no backup".
    void watchedFolderWithoutMatchSaysWhatItSaw()
    {
        const Run run = status(QStringLiteral("fx-wrong-pattern"));
        const QJsonObject finding = find(run.server.value(QStringLiteral("findings")).toArray(),
                                         QStringLiteral("area"), QStringLiteral("backups"));
        const QString message = finding.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral(", none match backup_*.sql.gz (for example ")),
                 qPrintable(message));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+ files in ")).match(message).hasMatch(),
                 qPrintable(message));
        QCOMPARE(finding.value(QStringLiteral("health")).toString(), QStringLiteral("critical"));
    }

private:
    int sshdLogCount(const QByteArray& needle)
    {
        QFile log(fixtureFile(QStringLiteral("sshd.log")));
        return log.open(QIODevice::ReadOnly) ? int(log.readAll().count(needle)) : -1;
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
