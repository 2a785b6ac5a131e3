// The compose fixture as a new operator meets it: `vigie-cli detect --save` on a server added
// with no profile, then `vigie-cli status --json` from what was detected. Then the Docker
// faults, each with its own words: a daemon that does not answer, a container restarting in
// a loop; and a compose file with a syntax error, which Docker's own view does not depend on.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vigie::test;

class TestComposeStatus : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    TestHomeDir m_home;

    QString env(const char* key) const
    {
        return m_fixture.env.value(QStringLiteral("VIGIE_COMPOSE_") + QLatin1String(key));
    }

    // The server added with the compose server's part of the detected profile.
    QJsonObject status()
    {
        const CliRun run =
            runCli(m_home.path(), {QStringLiteral("status"), QStringLiteral("--json"),
                                   QStringLiteral("fq-detected")});
        return QJsonDocument::fromJson(run.out).array().first().toObject();
    }

    // After the fixture's own tests restarted dockerd, its containers take a while to be
    // healthy again: what an operator would wait for too.
    QJsonObject statusOnceServicesSettle()
    {
        QJsonObject server;
        for (int i = 0; i < 30; ++i) {
            server = status();
            if (server.value(QStringLiteral("health"))
                    .toObject()
                    .value(QStringLiteral("services"))
                    .toString() == QLatin1String("ok"))
                break;
            QTest::qWait(3000);
        }
        return server;
    }

    bool fault(const QString& name)
    {
        int rc = -1;
        runProgram(QStringLiteral("%1/tests/fixtures/compose-fixture.sh")
                       .arg(qEnvironmentVariable("VIGIE_SOURCE_DIR")),
                   {QStringLiteral("fault"), m_fixture.dir, name}, &rc);
        return rc == 0;
    }

    static QJsonObject finding(const QJsonObject& server, const QString& subject)
    {
        for (const QJsonValue& value : server.value(QStringLiteral("findings")).toArray()) {
            if (value.toObject().value(QStringLiteral("subject")).toString() == subject)
                return value.toObject();
        }
        return {};
    }

    static QJsonObject service(const QJsonObject& server, const char* name)
    {
        const QJsonArray compose = server.value(QStringLiteral("snapshot"))
                                       .toObject()
                                       .value(QStringLiteral("compose"))
                                       .toArray();
        for (const QJsonValue& value : compose) {
            if (value.toObject().value(QStringLiteral("service")).toString() == QLatin1String(name))
                return value.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::loadCompose();
        QVERIFY2(m_fixture.isValid(), "the compose fixture is not up (VIGIE_COMPOSE_FIXTURE_DIR)");
        QCOMPARE(prepareCliHome(m_home.path(), m_fixture, QStringLiteral("id_ecdsa")), QString());
        const CliRun added = runCli(
            m_home.path(),
            {QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("fq"), QStringLiteral("--host"), m_fixture.host,
             QStringLiteral("--port"), QString::number(m_fixture.port), QStringLiteral("--user"),
             m_fixture.user, QStringLiteral("--key"), QStringLiteral("fixture")});
        QVERIFY2(added.code == 0, added.err);
    }

    void detectWritesTheProfileAnOperatorWouldWrite()
    {
        const CliRun run = runCli(m_home.path(), {QStringLiteral("detect"),
                                                  QStringLiteral("--save"), QStringLiteral("fq")});
        QVERIFY2(run.code == 0, run.err);
        QJsonObject detected = QJsonDocument::fromJson(run.out).object();
        const QJsonObject reference = m_fixture.profile();
        QVERIFY(!reference.isEmpty());
        const auto part = [](const QJsonObject& profile, const char* section, const char* key) {
            return profile.value(QLatin1String(section)).toObject().value(QLatin1String(key));
        };
        // What the fixture's own profile.json (written by hand) says, found on the server.
        QCOMPARE(part(detected, "services", "composeProjects"),
                 part(reference, "services", "composeProjects"));
        for (const char* key : {"centralDatabase", "databasePrefix"})
            QCOMPARE(part(detected, "tenants", key), part(reference, "tenants", key));
        QVERIFY(part(detected, "tenants", "psqlCommand")
                    .toString()
                    .startsWith(QLatin1String("docker exec -i flotteq_postgres_1 psql")));
        // This test machine also runs the first fixture's nginx (a real server runs one): what
        // detect found must include the compose server's names and certificates.
        const QJsonArray detectedPaths = part(detected, "certificates", "paths").toArray();
        for (const QJsonValue& path : part(reference, "certificates", "paths").toArray())
            QVERIFY2(detectedPaths.contains(path), qPrintable(path.toString()));
        QCOMPARE(part(detected, "certificates", "checkAddress"),
                 part(reference, "certificates", "checkAddress"));
        int flotteqUrls = 0;
        QJsonArray ownUrls;
        for (const QJsonValue& url : part(detected, "services", "healthUrls").toArray()) {
            const QJsonObject health = url.toObject();
            if (!health.value(QStringLiteral("name"))
                     .toString()
                     .endsWith(QLatin1String("flotteq.example.test")))
                continue;
            ++flotteqUrls;
            QVERIFY(health.value(QStringLiteral("resolve"))
                        .toString()
                        .endsWith(QLatin1String(":127.0.0.1")));
            ownUrls.append(health);
        }
        QCOMPARE(flotteqUrls, 5);
        const QJsonArray targets = part(detected, "backups", "targets").toArray();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("directory")).toString(),
                 env("BACKUP_DIR"));
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("database")).toString(),
                 QStringLiteral("flotteq_central"));
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("intervalDays")).toInt(), 7);

        // The compose server's part of it, as the next tests' profile.
        QJsonObject services = detected.value(QStringLiteral("services")).toObject();
        services.insert(QStringLiteral("healthUrls"), ownUrls);
        detected.insert(QStringLiteral("services"), services);
        QJsonObject certificates = detected.value(QStringLiteral("certificates")).toObject();
        certificates.insert(QStringLiteral("paths"), part(reference, "certificates", "paths"));
        detected.insert(QStringLiteral("certificates"), certificates);
        QJsonObject tenants = detected.value(QStringLiteral("tenants")).toObject();
        tenants.insert(QStringLiteral("domain"), QString());
        tenants.insert(QStringLiteral("healthResolve"), QString());
        detected.insert(QStringLiteral("tenants"), tenants);
        QFile file(m_home.path() + QStringLiteral("/detected.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(detected).toJson());
        file.close();
        QCOMPARE(
            addCliServer(m_home.path(), m_fixture, QStringLiteral("fq-detected"), file.fileName()),
            QString());
    }

    void statusFromTheDetectedProfile()
    {
        const QJsonObject server = statusOnceServicesSettle();
        const QJsonObject health = server.value(QStringLiteral("health")).toObject();
        // Looked at and found fine: three containers running, five health URLs answering.
        QCOMPARE(health.value(QStringLiteral("services")).toString(), QStringLiteral("ok"));
        for (const char* name : {"postgres", "backend", "worker"})
            QCOMPARE(service(server, name).value(QStringLiteral("state")).toString(),
                     QStringLiteral("running"));
        QCOMPARE(service(server, "backend").value(QStringLiteral("health")).toString(),
                 QStringLiteral("healthy"));
        QCOMPARE(service(server, "postgres").value(QStringLiteral("restarts")).toInt(), 0);
        QCOMPARE(server.value(QStringLiteral("snapshot"))
                     .toObject()
                     .value(QStringLiteral("health"))
                     .toArray()
                     .size(),
                 5);
        // The certificate that expires in 12 days, the missing night, the weekly archives
        // judged weekly (no "days missing" for them, only "not encrypted").
        QCOMPARE(finding(server, QStringLiteral("api.flotteq.example.test.crt"))
                     .value(QStringLiteral("health"))
                     .toString(),
                 QStringLiteral("warning"));
        QVERIFY(finding(server, QStringLiteral("db"))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("1 day missing")));
        QCOMPARE(
            finding(server, QStringLiteral("uploads")).value(QStringLiteral("message")).toString(),
            QStringLiteral("not encrypted"));
        // Tenants from the central database in the container; the unprovisioned one is said.
        QVERIFY(finding(server, QStringLiteral("Livraisons Gamma"))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("not provisioned")));
    }

    void aContainerRestartingInALoop()
    {
        QVERIFY(fault(QStringLiteral("restart-loop")));
        QTest::qWait(8000); // a few crashes
        const QJsonObject server = status();
        QCOMPARE(server.value(QStringLiteral("health"))
                     .toObject()
                     .value(QStringLiteral("services"))
                     .toString(),
                 QStringLiteral("critical"));
        const QString message = finding(server, QStringLiteral("flotteq/worker"))
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QLatin1String("restarts in a loop")), qPrintable(message));
        QVERIFY(fault(QStringLiteral("restart-loop-off")));
        // Back to fine once the worker runs again.
        QCOMPARE(statusOnceServicesSettle()
                     .value(QStringLiteral("health"))
                     .toObject()
                     .value(QStringLiteral("services"))
                     .toString(),
                 QStringLiteral("ok"));
    }

    void aComposeFileWithASyntaxErrorDoesNotBlindTheDashboard()
    {
        // Docker's view of the containers does not read the compose file: the dashboard stays
        // right while the operator fixes it.
        QVERIFY(fault(QStringLiteral("bad-compose")));
        const QJsonObject server = statusOnceServicesSettle();
        QVERIFY(fault(QStringLiteral("bad-compose-off")));
        QCOMPARE(service(server, "backend").value(QStringLiteral("state")).toString(),
                 QStringLiteral("running"));
    }

    void aStoppedDockerDaemon()
    {
        QVERIFY(fault(QStringLiteral("docker-stopped")));
        const QJsonObject server = status();
        QVERIFY(fault(QStringLiteral("docker-started")));
        QCOMPARE(server.value(QStringLiteral("health"))
                     .toObject()
                     .value(QStringLiteral("services"))
                     .toString(),
                 QStringLiteral("critical"));
        const QString message =
            finding(server, QStringLiteral("docker")).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("Docker daemon does not answer")) &&
                     message.contains(QLatin1String("flotteq")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestComposeStatus)
#include "tst_composestatus.moc"
