// The compose fixture (tests/fixtures/compose-fixture.sh) is the server tests/fixtures/README.md
// describes: the deploy user logs in with its ECDSA key through Vigie's own SSH engine and
// reaches the fixture's dockerd, the flotteq project runs with its three services, the data,
// backups, nginx names and certificates are there, and the fault switches do what they say.
#include "SshTestSupport.h"
#include "fleet/ServerProfile.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

class TestComposeFixture : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;
    SshConnection* m_connection = nullptr;

    QString env(const char* key) const
    {
        return m_fixture.env.value(QLatin1String("VIGIE_COMPOSE_") + QLatin1String(key));
    }

    // A command over the persistent SSH session, as vigie-deploy.
    ExecCapture remote(const QString& command, int timeoutMs = 60000)
    {
        return execAndWait(*m_connection, command, {}, timeoutMs);
    }

    // docker-compose for the project, the way an operator types it in ~/flotteq.
    QString compose(const QString& arguments) const
    {
        return QStringLiteral("cd ~/flotteq && docker-compose -p flotteq ") + arguments;
    }

    // compose-fixture.sh fault DIR NAME, locally (the test runs where the fixture runs).
    int fault(const QString& name)
    {
        int rc = -1;
        runProgram(qEnvironmentVariable("VIGIE_SOURCE_DIR") +
                       QStringLiteral("/tests/fixtures/compose-fixture.sh"),
                   {QStringLiteral("fault"), m_fixture.dir, name}, &rc);
        return rc;
    }

    // Runs `sh -c script` locally; returns stdout, exit code in *rc.
    static QByteArray shell(const QString& script, int* rc)
    {
        return runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}, rc);
    }

    QString tenantCount()
    {
        const ExecCapture run =
            remote(compose(QStringLiteral("exec -T postgres psql -U postgres -d flotteq_central "
                                          "-Atc 'select count(*) from tenants'")));
        return QString::fromUtf8(run.out.trimmed() + run.err.trimmed());
    }

    // "postgres running healthy" lines for the project's containers, from `docker ps`.
    QStringList containers()
    {
        const ExecCapture run = remote(QStringLiteral(
            "docker ps -a --filter label=com.docker.compose.project=flotteq --format "
            "'{{.Label \"com.docker.compose.service\"}} {{.Label \"com.docker.compose.project\"}} "
            "{{.State}} {{.Status}}' | sort"));
        return QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::loadCompose();
        QVERIFY2(m_fixture.isValid(), "the compose fixture is not up (VIGIE_COMPOSE_FIXTURE_DIR)");
        QCOMPARE(m_fixture.user, QStringLiteral("vigie-deploy"));
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts));
        m_engine = new SshEngine(this);
        m_connection = new SshConnection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ecdsa"), knownHosts), this);
        QCOMPARE(openAndWait(*m_connection).message(), QString());
    }

    void envHasEveryKey()
    {
        for (const char* key : {"DIR", "HOST", "PORT", "USER", "KEY", "KNOWN_HOSTS", "HOME",
                                "DOCKER_HOST", "COMMAND", "PROJECT", "PROJECT_DIR", "FILE",
                                "PG_PORT", "APP_PORT", "HTTPS_PORT", "CA", "BACKUP_DIR", "PROFILE"})
            QVERIFY2(!env(key).isEmpty(), key);
        QCOMPARE(env("COMMAND"), QStringLiteral("docker-compose"));
        QCOMPARE(env("PROJECT"), QStringLiteral("flotteq"));
        QCOMPARE(env("KEY"), m_fixture.keyPath(QStringLiteral("id_ecdsa")));
        QVERIFY(env("FILE").endsWith(QStringLiteral("/flotteq/docker-compose.production.yml")));
    }

    void deployUserLogsInWithItsEcdsaKey()
    {
        QVERIFY(m_fixture.readKey(QStringLiteral("id_ecdsa"))
                    .contains("BEGIN OPENSSH "
                              "PRIVATE KEY"));
        QVERIFY(QFile(m_fixture.keyPath(QStringLiteral("id_ecdsa.pub"))).open(QIODevice::ReadOnly));
        const ExecCapture run = remote(QStringLiteral(
            "id -un; id -Gn; echo \"$HOME\"; echo \"$DOCKER_HOST\"; cat ~/.ssh/authorized_keys"));
        QCOMPARE(run.result.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("vigie-deploy"));
        QVERIFY2(lines.value(1).split(QLatin1Char(' ')).contains(QStringLiteral("docker")),
                 qPrintable(lines.value(1)));
        QCOMPARE(lines.value(2), env("HOME"));
        QCOMPARE(lines.value(3), env("DOCKER_HOST"));
        QVERIFY(lines.value(4).startsWith(QStringLiteral("ecdsa-sha2-nistp256 ")));
        // Not root, and sudo only for this fixture's nginx.
        QVERIFY(!remote(QStringLiteral("sudo -n true")).result.succeeded());
        const ExecCapture reload =
            remote(QStringLiteral("sudo -n /usr/sbin/nginx -p %1/ -c %1/nginx.conf -s reload")
                       .arg(env("NGINX_PREFIX")));
        QVERIFY2(reload.result.succeeded(), reload.err.constData());
    }

    void dockerPsListsTheThreeServices()
    {
        const QStringList rows = containers();
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.value(0).startsWith(QStringLiteral("backend flotteq running ")),
                 qPrintable(rows.join(QLatin1Char('|'))));
        QVERIFY2(rows.value(0).endsWith(QStringLiteral("(healthy)")), qPrintable(rows.value(0)));
        QVERIFY2(rows.value(1).startsWith(QStringLiteral("postgres flotteq running ")),
                 qPrintable(rows.value(1)));
        QVERIFY2(rows.value(1).endsWith(QStringLiteral("(healthy)")), qPrintable(rows.value(1)));
        QVERIFY2(rows.value(2).startsWith(QStringLiteral("worker flotteq running ")),
                 qPrintable(rows.value(2)));
        // docker-compose (1.29, the Python one) knows the project from ~/flotteq/.env.
        const ExecCapture ps = remote(QStringLiteral(
            "cd ~/flotteq && docker-compose ps --services --filter status=running | sort"));
        QCOMPARE(ps.out, QByteArray("backend\npostgres\nworker\n"));
    }

    void projectIsAGitWorkingCopy()
    {
        const ExecCapture run = remote(QStringLiteral(
            "cd ~/flotteq && git rev-parse --abbrev-ref HEAD && git rev-list --count HEAD && "
            "git remote get-url origin && git status --porcelain && git rev-parse HEAD"));
        QCOMPARE(run.result.exitCode, 0);
        const QStringList lines =
            QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // nothing from git status: a clean working copy
        QCOMPARE(lines.value(0), QStringLiteral("main"));
        QVERIFY(lines.value(1).toInt() >= 2);
        QCOMPARE(lines.value(2), env("GIT_REPO"));
        // The backend reports the commit its image was built from.
        int rc = -1;
        const QByteArray health = shell(
            QStringLiteral("curl -fsS -m 5 http://127.0.0.1:%1/health").arg(env("APP_PORT")), &rc);
        QCOMPARE(rc, 0);
        const QJsonObject json = QJsonDocument::fromJson(health).object();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(QStringLiteral("commit")).toString(), lines.value(3));
        QCOMPARE(json.value(QStringLiteral("database")).toString(), QStringLiteral("connected"));
    }

    void tenantsAndTheirDatabases()
    {
        QCOMPARE(tenantCount(), QStringLiteral("3"));
        const ExecCapture run = remote(compose(QStringLiteral(
            "exec -T postgres psql -U postgres -d flotteq_central -At -F ' ' -c "
            "\"select t.subdomain, t.provisioned, d.datname is not null from tenants t left join "
            "pg_database d on d.datname = 'flotteq_tenant_' || replace(t.id::text, '-', '') "
            "order by 1\" -c 'select version from schema_migrations order by 1'")));
        QCOMPARE(run.result.exitCode, 0);
        QCOMPARE(run.out,
                 QByteArray("ambulances-beta t t\nlivraisons-gamma f f\n"
                            "transports-alpha t t\n001_create_tenants\n002_create_users\n"));
        // The role flotteq owns the tenant databases and logs in over TCP with its password
        // (scram-sha-256; DIR/secrets/db_password, readable by root only).
        QFile password(env("DB_PASSWORD_FILE"));
        QCOMPARE(password.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(password.open(QIODevice::ReadOnly));
        int rc = -1;
        const QByteArray count = shell(
            QStringLiteral("PGPASSWORD=%1 /usr/lib/postgresql/15/bin/psql -X -h 127.0.0.1 -p %2 "
                           "-U flotteq -d flotteq_tenant_a3f1c2d45b6e4f708a91b2c3d4e5f601 -Atc "
                           "'select count(*) from vehicles'")
                .arg(QString::fromLatin1(password.readAll().trimmed()), env("PG_PORT")),
            &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(count.trimmed(), QByteArray("4"));
        shell(QStringLiteral("PGPASSWORD=wrong /usr/lib/postgresql/15/bin/psql -X -h 127.0.0.1 "
                             "-p %1 -U flotteq -d flotteq_central -c 'select 1' 2>/dev/null")
                  .arg(env("PG_PORT")),
              &rc);
        QCOMPARE(rc, 2);
    }

    void backupsHaveOneNightMissing()
    {
        const ExecCapture run = remote(
            QStringLiteral("cd ~/backups/db && stat -c '%n %y' backup_*.sql.gz && "
                           "newest=$(ls -1 backup_*.sql.gz | tail -n 1) && gzip -t \"$newest\" && "
                           "echo gzip-ok && gunzip -c \"$newest\" | tail -n 8"));
        QCOMPARE(run.result.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("\ngzip-ok\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("-- PostgreSQL database dump complete")),
                 qPrintable(out));
        static const QRegularExpression name(
            QStringLiteral("^backup_(\\d{8})_023001\\.sql\\.gz (\\d{4}-\\d\\d-\\d\\d) 02:30:01"),
            QRegularExpression::MultilineOption);
        QList<QDate> nights;
        for (auto it = name.globalMatch(out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QDate date = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
            QCOMPARE(date.toString(Qt::ISODate), m.captured(2)); // mtime is that night
            nights.append(date);
        }
        QCOMPARE(nights.size(), 9);
        const QDate latest = nights.last();
        QVERIFY(latest.daysTo(QDate::currentDate()) <= 1);
        for (int ago = 0; ago < 10; ++ago)
            QCOMPARE(nights.contains(latest.addDays(-ago)), ago != 4);
        // The log says why that night is missing; weekly uploads archives are real tar.gz.
        const ExecCapture log = remote(QStringLiteral(
            "grep -c ERREUR ~/logs/backup-db.log; for f in ~/backups/uploads/uploads_*.tar.gz; do "
            "tar -tzf \"$f\" >/dev/null && echo tar-ok; done"));
        QCOMPARE(log.out, QByteArray("1\ntar-ok\ntar-ok\ntar-ok\ntar-ok\n"));
    }

    void nginxAnswersOnFiveNamesWithTheRightCertificate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("certificate");
        QTest::newRow("apex") << "flotteq.example.test"
                              << "flotteq.example.test";
        QTest::newRow("www") << "www.flotteq.example.test"
                             << "flotteq.example.test";
        QTest::newRow("app") << "app.flotteq.example.test"
                             << "flotteq.example.test";
        QTest::newRow("api") << "api.flotteq.example.test"
                             << "api.flotteq.example.test";
        QTest::newRow("admin") << "admin.flotteq.example.test"
                               << "api.flotteq.example.test";
    }

    void nginxAnswersOnFiveNamesWithTheRightCertificate()
    {
        QFETCH(QString, name);
        QFETCH(QString, certificate);
        const QString port = env("HTTPS_PORT");
        int rc = -1;
        // curl checks the chain against the throwaway CA and the name against the SANs.
        const QByteArray code = shell(
            QStringLiteral("curl -sS -o /dev/null -w '%{http_code}' -m 10 --cacert %1 --resolve "
                           "%2:%3:127.0.0.1 https://%2:%3/health")
                .arg(env("CA"), name, port),
            &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(code, QByteArray("200"));
        // The served certificate is the file the README names.
        const QByteArray served =
            shell(QStringLiteral(
                      "echo | openssl s_client -connect 127.0.0.1:%1 -servername %2 2>/dev/null "
                      "| openssl x509 -noout -fingerprint -sha256")
                      .arg(port, name),
                  &rc);
        const QByteArray file =
            shell(QStringLiteral("openssl x509 -noout -fingerprint -sha256 -in %1/%2.crt")
                      .arg(env("SSL_DIR"), certificate),
                  &rc);
        QCOMPARE(rc, 0);
        QVERIFY(!file.isEmpty());
        QCOMPARE(served, file);
        // api.… expires in 12 days, flotteq.… in 64; keys are mode 600.
        const bool soon = certificate.startsWith(QStringLiteral("api."));
        shell(QStringLiteral("openssl x509 -noout -checkend %1 -in %2/%3.crt")
                  .arg(soon ? 11 * 86400 : 63 * 86400)
                  .arg(env("SSL_DIR"), certificate),
              &rc);
        QCOMPARE(rc, 0);
        shell(QStringLiteral("openssl x509 -noout -checkend %1 -in %2/%3.crt")
                  .arg(soon ? 13 * 86400 : 65 * 86400)
                  .arg(env("SSL_DIR"), certificate),
              &rc);
        QCOMPARE(rc, 1);
        QCOMPARE(QFile(env("SSL_DIR") + QLatin1Char('/') + certificate + QStringLiteral(".key"))
                         .permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void nginxConfigurationIsIncluded()
    {
        // nginx.conf includes conf.d/*.conf, where a parser finds server_name and certificates.
        int rc = -1;
        const QByteArray names = shell(
            QStringLiteral(
                "grep -q 'include %1/conf.d/\\*.conf;' %1/nginx.conf && "
                "grep -h -o 'server_name [^;]*\\|ssl_certificate [^;]*' %1/conf.d/*.conf | sort")
                .arg(env("NGINX_PREFIX")),
            &rc);
        QCOMPARE(rc, 0);
        const QString text = QString::fromUtf8(names);
        for (const char* name :
             {"server_name admin.flotteq.example.test", "server_name api.flotteq.example.test",
              "server_name app.flotteq.example.test",
              "server_name flotteq.example.test www.flotteq.example.test"})
            QVERIFY2(text.contains(QLatin1String(name)), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("ssl_certificate ")), 4);
    }

    void profileIsAServerProfile()
    {
        QFile file(env("PROFILE"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QString problem;
        const ServerProfile profile = ServerProfile::fromJson(document.object(), &problem);
        QCOMPARE(problem, QString());
        // Exactly the format ServerProfile writes: nothing missing, nothing unknown.
        QCOMPARE(QJsonDocument(profile.toJson()), document);
        QCOMPARE(profile.composeProjects, QStringList{QStringLiteral("flotteq")});
        QCOMPARE(profile.deployApps.size(), 1);
        QCOMPARE(profile.deployApps.first().composeProject, QStringLiteral("flotteq"));
        QCOMPARE(profile.certificatePaths.size(), 2);
        for (const QString& path : profile.certificatePaths)
            QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(profile.backups.first().directory, env("BACKUP_DIR"));
    }

    void faultRestartLoop()
    {
        QCOMPARE(fault(QStringLiteral("restart-loop")), 0);
        QCOMPARE(fault(QStringLiteral("restart-loop")), 0); // idempotent
        QTRY_VERIFY_WITH_TIMEOUT(
            remote(QStringLiteral("docker inspect -f '{{.RestartCount}}' flotteq_worker_1"))
                    .out.trimmed()
                    .toInt() >= 2,
            30000);
        QCOMPARE(remote(QStringLiteral("docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' "
                                       "flotteq_worker_1"))
                     .out.trimmed(),
                 QByteArray("always"));
        QCOMPARE(fault(QStringLiteral("restart-loop-off")), 0);
        QCOMPARE(fault(QStringLiteral("restart-loop-off")), 0);
        const ExecCapture worker =
            remote(QStringLiteral("docker inspect -f '{{.State.Status}} {{.RestartCount}} "
                                  "{{.HostConfig.RestartPolicy.Name}}' "
                                  "flotteq_worker_1"));
        QCOMPARE(worker.out.trimmed(), QByteArray("running 0 unless-stopped"));
    }

    void faultBadCompose()
    {
        QCOMPARE(fault(QStringLiteral("bad-compose")), 0);
        QCOMPARE(fault(QStringLiteral("bad-compose")), 0);
        ExecCapture config = remote(QStringLiteral("cd ~/flotteq && docker-compose config -q"));
        QVERIFY(!config.result.succeeded());
        QVERIFY2(config.err.contains("yaml"), config.err.constData());
        QCOMPARE(fault(QStringLiteral("bad-compose-off")), 0);
        QCOMPARE(fault(QStringLiteral("bad-compose-off")), 0);
        config = remote(
            QStringLiteral("cd ~/flotteq && docker-compose config -q && git status --porcelain"));
        QVERIFY2(config.result.succeeded(), config.err.constData());
        QCOMPARE(config.out, QByteArray());
    }

    void faultDockerStopped()
    {
        QCOMPARE(fault(QStringLiteral("docker-stopped")), 0);
        QCOMPARE(fault(QStringLiteral("docker-stopped")), 0);
        const ExecCapture ps = remote(QStringLiteral("docker ps"));
        QVERIFY(!ps.result.succeeded());
        QVERIFY2(ps.err.contains("Cannot connect to the Docker daemon"), ps.err.constData());
        int rc = -1;
        const QByteArray code = shell(
            QStringLiteral(
                "curl -s -o /dev/null -w '%{http_code}' -m 10 --cacert %1 --resolve "
                "api.flotteq.example.test:%2:127.0.0.1 https://api.flotteq.example.test:%2/health")
                .arg(env("CA"), env("HTTPS_PORT")),
            &rc);
        QCOMPARE(code, QByteArray("502")); // nginx runs, the backend does not

        QCOMPARE(fault(QStringLiteral("docker-started")), 0);
        QCOMPARE(fault(QStringLiteral("docker-started")), 0);
        QTRY_COMPARE_WITH_TIMEOUT(containers().filter(QStringLiteral(" running ")).size(), 3,
                                  30000);
        QCOMPARE(tenantCount(), QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestComposeFixture)
#include "tst_composefixture.moc"
