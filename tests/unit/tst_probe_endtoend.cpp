// The REAL probe.sh, run locally by `sh -s` exactly as Vigie sends it over SSH (preamble from
// ProbeScript + the embedded script), against a server layout in a temporary directory:
// Let's Encrypt certificates (openssl-made, from tests/unit/data/probe/certs), a cron.d beside
// them, backups with set modification times, a backup log, and stand-ins for the programs that
// a unit test cannot start: `pm2` (prints a real captured `pm2 jlist`) and `psql` (prints rows
// in the format psql -At gives). Then the output goes through Probe::parse.
#include "probe/Probe.h"
#include "probe/ProbeScript.h"
#include "probe/SnapshotJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;
using State = SectionStatus::State;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("VIGIE_SOURCE_DIR") + QStringLiteral("/tests/unit/data/probe/");
}

bool writeFile(const QString& path, const QByteArray& content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return true;
}

bool copyTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo& entry :
         source.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target)
                          : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

// A server layout in `root`, and the profile that points at it.
class LocalServer
{
public:
    bool setUp(const QString& root)
    {
        m_root = root;
        const QString pm2Home = root + QStringLiteral("/pm2");
        QDir().mkpath(pm2Home);
        // pm2's daemon socket: the probe asks only a daemon that runs.
        if (!m_pm2Socket.listen(pm2Home + QStringLiteral("/rpc.sock")))
            return false;
        QFile jlist(dataDir() + QStringLiteral("pm2_jlist_real.json"));
        if (!jlist.open(QIODevice::ReadOnly))
            return false;
        const bool ok =
            writeFile(root + QStringLiteral("/jlist.json"), jlist.readAll()) &&
            writeFile(root + QStringLiteral("/bin/pm2"),
                      "#!/bin/sh\n[ \"$1\" = jlist ] || exit 2\ncat \"$(dirname "
                      "\"$0\")/../jlist.json\"\n",
                      true) &&
            writeFile(root + QStringLiteral("/bin/pm2-hangs"), "#!/bin/sh\nsleep 60\n", true) &&
            // psql -X -w -q -A -t -F SEP -d DB -c QUERY: databases, or tenant rows.
            writeFile(
                root + QStringLiteral("/bin/psql"),
                "#!/bin/sh\nsep=\nwhile [ $# -gt 0 ]; do\n"
                "  case $1 in -F) sep=$2; shift;; -c) query=$2; shift;; esac; shift\ndone\n"
                "case $query in\n"
                "*pg_database*) printf 'app_central%s8000000\\napp_t_3f2a9c1e8b7d4e6f%s7000000\\n"
                "postgres%s7500000\\n' \"$sep\" \"$sep\" \"$sep\";;\n"
                "*) printf '3f2a9c1e-8b7d-4e6f%sClinique des Lilas%slilas%st\\n"
                "0a1b2c3d-4e5f-4a6b%sCabinet Nouveau%s%sf\\n' \"$sep\" \"$sep\" \"$sep\" \"$sep\" "
                "\"$sep\" \"$sep\";;\nesac\n",
                true) &&
            copyTree(dataDir() + QStringLiteral("certs/letsencrypt"),
                     root + QStringLiteral("/letsencrypt")) &&
            // A proxy's certificate kept as a plain .crt file in a folder (Compose seeds).
            QDir().mkpath(root + QStringLiteral("/ssl")) &&
            QFile::copy(dataDir() + QStringLiteral("certs/letsencrypt/live/example.test/cert.pem"),
                        root + QStringLiteral("/ssl/proxy.example.test.crt")) &&
            writeFile(root + QStringLiteral("/cron.d/certbot"),
                      "# renewal\n0 4 1 * * root certbot renew --quiet\n") &&
            writeFile(root + QStringLiteral("/logs/backup.log"),
                      "[2026-11-23 03:00:01] backup done\n") &&
            writeFile(root + QStringLiteral("/backups/central_20261123.dump.gpg"),
                      QByteArray(4096, 'x')) &&
            writeFile(root + QStringLiteral("/backups/central_20261122.dump.gpg"),
                      QByteArray(100, 'x')) &&
            writeFile(root + QStringLiteral("/backups/unrelated.txt"), "no");
        if (!ok)
            return false;
        QFile backup(root + QStringLiteral("/backups/central_20261123.dump.gpg"));
        if (!backup.open(QIODevice::ReadWrite))
            return false;
        return backup.setFileTime(
            QDateTime::fromString(QStringLiteral("2026-11-23T03:00:07Z"), Qt::ISODate),
            QFileDevice::FileModificationTime);
    }

    ServerProfile profile(quint16 closedPort) const
    {
        ServerProfile profile;
        profile.id = QStringLiteral("local");
        profile.systemdUnits = {QStringLiteral("nginx"), QStringLiteral("postgresql")};
        profile.pm2 = true;
        profile.pm2Command = m_root + QStringLiteral("/bin/pm2");
        profile.pm2Home = m_root + QStringLiteral("/pm2");
        profile.healthUrls = {{QStringLiteral("app"),
                               QStringLiteral("http://127.0.0.1:%1/health").arg(closedPort),
                               {},
                               false}};
        profile.certificatePaths = {m_root + QStringLiteral("/letsencrypt/live"),
                                    m_root + QStringLiteral("/ssl")};
        profile.backups = {{QStringLiteral("app_central"), m_root + QStringLiteral("/backups"),
                            QStringLiteral("central_*.dump.gpg"), 26, 30}};
        profile.backupLog = m_root + QStringLiteral("/logs/backup.log");
        profile.psqlCommand = m_root + QStringLiteral("/bin/psql");
        profile.centralDatabase = QStringLiteral("app_central");
        profile.tenantDatabasePrefix = QStringLiteral("app_t_");
        profile.tenantQuery =
            QStringLiteral("SELECT id, name, subdomain, provisioned FROM tenants");
        profile.tenantDomain = QStringLiteral("example.test");
        profile.tenantHealthResolve = QStringLiteral("127.0.0.1:%1").arg(closedPort);
        return profile;
    }

private:
    QString m_root;
    QLocalServer m_pm2Socket;
};

struct Run
{
    QByteArray output;
    qint64 elapsedMs = 0;
    int exitCode = -1;
};

// TMPDIR is `root`/tmp, so that what the probe leaves behind can be seen.
Run runProbe(const QByteArray& stdinText, const QString& root)
{
    Run run;
    QProcess sh;
    QDir().mkpath(root + QStringLiteral("/tmp"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), root + QStringLiteral("/tmp"));
    sh.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
    if (!sh.waitForStarted())
        return run;
    sh.write(stdinText);
    sh.closeWriteChannel();
    sh.waitForFinished(60000);
    run.elapsedMs = clock.elapsed();
    run.exitCode = sh.exitStatus() == QProcess::NormalExit ? sh.exitCode() : -1;
    run.output = sh.readAllStandardOutput();
    return run;
}

// A port on which nothing listens (bound, then released).
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString describe(const Snapshot& snapshot)
{
    QStringList lines;
    for (auto it = snapshot.sections.cbegin(); it != snapshot.sections.cend(); ++it)
        lines.append(it.key() + QStringLiteral(": ") + sectionStateId(it->state) + u' ' +
                     it->message);
    return lines.join(u'\n');
}

} // namespace

class TestProbeEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void realScriptAllSections()
    {
        QTemporaryDir dir;
        LocalServer server;
        QVERIFY(server.setUp(dir.path()));
        const quint16 port = closedPort();
        const ServerProfile profile = server.profile(port);
        const QByteArray nonce = Probe::newNonce();
        const ProbeScript script(profile, nonce);
        QVERIFY2(script.problems().isEmpty(), qPrintable(script.problems().join(u'\n')));

        const Run run = runProbe(script.text(), dir.path());
        QCOMPARE(run.exitCode, 0);
        const Snapshot snapshot =
            Probe::parse(run.output, nonce, profile, QDateTime::currentDateTimeUtc());
        const QString report = describe(snapshot);
        QCOMPARE(snapshot.sections.size(), ProbeScript::sectionNames().size());
        auto state = [&](const char* name) {
            return snapshot.sections.value(QString::fromLatin1(name)).state;
        };
        for (const char* name : {"meta", "vitals", "pm2", "health", "certificates", "renewal",
                                 "backups", "backuplog", "databases", "tenants"})
            QVERIFY2(state(name) == State::Ok,
                     qPrintable(QString::fromLatin1(name) + u'\n' + report));
        // Depend on this machine: systemd as PID 1, docker, ufw, fail2ban installed or not.
        const bool systemd = QFileInfo::exists(QStringLiteral("/run/systemd/system"));
        QVERIFY2(systemd ? state("systemd") != State::Absent : state("systemd") == State::Absent,
                 qPrintable(report));
        for (const char* name : {"compose", "ufw", "fail2ban", "systemd"}) {
            QVERIFY2(state(name) != State::Unparseable && state(name) != State::TimedOut,
                     qPrintable(report));
        }

        QVERIFY(snapshot.serverTime.isValid());
        QVERIFY(qAbs(snapshot.serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(snapshot.vitals.memTotalBytes > 0);
        QVERIFY(snapshot.vitals.cpus > 0);
        QVERIFY(!snapshot.vitals.mounts.isEmpty());
        QVERIFY(!snapshot.vitals.hostname.isEmpty());
        QCOMPARE(snapshot.pm2.size(), 5);
        QCOMPARE(snapshot.health.size(), 1);
        QCOMPARE(snapshot.health.at(0).httpStatus, 0);
        QVERIFY(!snapshot.health.at(0).error.isEmpty());
        QCOMPARE(snapshot.certificates.size(), 4); // 3 in live/, the .crt in ssl/
        QVERIFY(std::any_of(snapshot.certificates.cbegin(), snapshot.certificates.cend(),
                            [](const CertificateInfo& c) {
                                return c.path.endsWith(
                                    QLatin1String("/ssl/proxy.example.test.crt"));
                            }));
        QCOMPARE(snapshot.renewal.cronLines,
                 QStringList{QStringLiteral("0 4 1 * * root certbot renew --quiet")});
        QCOMPARE(snapshot.backups.size(), 2); // unrelated.txt does not match the pattern
        bool found = false;
        for (const BackupFile& file : std::as_const(snapshot.backups)) {
            if (file.path.endsWith(QLatin1String("central_20261123.dump.gpg"))) {
                found = true;
                QCOMPARE(file.modified, QDateTime::fromString(
                                            QStringLiteral("2026-11-23T03:00:07Z"), Qt::ISODate));
                QCOMPARE(file.sizeBytes, 4096);
                QVERIFY(file.encrypted);
                QCOMPARE(file.target, QStringLiteral("app_central"));
            }
        }
        QVERIFY(found);
        QCOMPARE(snapshot.backupLogTail,
                 QStringList{QStringLiteral("[2026-11-23 03:00:01] backup done")});
        QCOMPARE(snapshot.databases.size(), 3);
        QCOMPARE(snapshot.tenants.size(), 2);
        QCOMPARE(snapshot.tenants.at(0).name, QStringLiteral("Clinique des Lilas"));
        QVERIFY(snapshot.tenants.at(0).provisioned);
        QVERIFY(snapshot.tenants.at(0).databaseExists);
        QCOMPARE(snapshot.tenants.at(0).httpsStatus, 0); // nothing listens: curl's error kept
        QVERIFY(!snapshot.tenants.at(0).httpsError.isEmpty());
        QVERIFY(snapshot.tenants.at(1).subdomain.isEmpty());

        // The probe's private temporary directory is gone.
        QVERIFY(QDir(dir.path() + QStringLiteral("/tmp")).isEmpty());
    }

    void fixtureServerProfile()
    {
        // The full fixture (tests/fixtures/sshd-fixture.sh up DIR: PostgreSQL, nginx TLS, PM2,
        // certificates, GPG backups) probed locally with its own profile.json, when it runs.
        const QString fixture = qEnvironmentVariable("VIGIE_FIXTURE_DIR");
        QFile json(fixture + QStringLiteral("/profile.json"));
        // Registered with the fixture (SERVER in tests/unit/CMakeLists.txt): its absence is a
        // failure.
        QVERIFY2(!fixture.isEmpty() && json.open(QIODevice::ReadOnly),
                 "no full fixture in VIGIE_FIXTURE_DIR");
        QString error;
        const ServerProfile profile =
            ServerProfile::fromJson(QJsonDocument::fromJson(json.readAll()).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        const QByteArray nonce = Probe::newNonce();
        const ProbeScript script(profile, nonce);
        QVERIFY2(script.problems().isEmpty(), qPrintable(script.problems().join(u'\n')));
        const Run run = runProbe(script.text(), dir.path());
        const Snapshot snapshot =
            Probe::parse(run.output, nonce, profile, QDateTime::currentDateTimeUtc());
        const QString report = describe(snapshot);
        for (const char* name : {"meta", "vitals", "pm2", "health", "certificates", "renewal",
                                 "backups", "backuplog", "databases", "tenants"}) {
            QVERIFY2(snapshot.sections.value(QString::fromLatin1(name)).state == State::Ok,
                     qPrintable(QString::fromLatin1(name) + u'\n' + report));
        }
        QVERIFY(snapshot.pm2.size() >= 3);
        QCOMPARE(snapshot.health.size(), profile.healthUrls.size());
        QCOMPARE(snapshot.health.at(0).httpStatus, 200);
        QVERIFY(!snapshot.certificates.isEmpty());
        for (const CertificateInfo& certificate : std::as_const(snapshot.certificates))
            QVERIFY2(certificate.error.isEmpty(), qPrintable(certificate.path));
        QVERIFY(!snapshot.renewal.cronLines.isEmpty()); // DIR/cron.d beside DIR/letsencrypt
        QVERIFY(!snapshot.backups.isEmpty());
        QVERIFY(!snapshot.tenants.isEmpty());
        QVERIFY(
            std::any_of(snapshot.tenants.cbegin(), snapshot.tenants.cend(),
                        [](const TenantInfo& t) { return t.databaseExists && t.httpsStatus > 0; }));
    }

    void hangingPm2TimesOutAlone()
    {
        QTemporaryDir dir;
        LocalServer server;
        QVERIFY(server.setUp(dir.path()));
        ServerProfile profile = server.profile(closedPort());
        profile.pm2Command = dir.path() + QStringLiteral("/bin/pm2-hangs");
        ProbeOptions options;
        options.sectionTimeouts.insert(QStringLiteral("pm2"), 2);
        const QByteArray nonce = Probe::newNonce();
        const Run run = runProbe(ProbeScript(profile, nonce, options).text(), dir.path());
        QCOMPARE(run.exitCode, 0);
        // Bounded, not a strict timing test: 2 s for pm2, plus the other sections and a margin.
        QVERIFY2(run.elapsedMs < 2000 + 6000, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY(run.elapsedMs >= 1900);

        const Snapshot snapshot =
            Probe::parse(run.output, nonce, profile, QDateTime::currentDateTimeUtc());
        const QString report = describe(snapshot);
        QCOMPARE(snapshot.sections.value(QStringLiteral("pm2")).state, State::TimedOut);
        for (auto it = snapshot.sections.cbegin(); it != snapshot.sections.cend(); ++it) {
            if (it.key() == QLatin1String("pm2"))
                continue;
            QVERIFY2(it->state != State::TimedOut && it->state != State::Unparseable,
                     qPrintable(report));
            QVERIFY2(it->elapsedMs < 2000, qPrintable(report));
        }
        QCOMPARE(snapshot.sections.value(QStringLiteral("meta")).state, State::Ok);
        QCOMPARE(snapshot.sections.value(QStringLiteral("tenants")).state, State::Ok);
    }

    void noPm2DaemonIsSaidPlainly()
    {
        QTemporaryDir dir;
        LocalServer server;
        QVERIFY(server.setUp(dir.path()));
        ServerProfile profile = server.profile(closedPort());
        profile.pm2Home = dir.path() + QStringLiteral("/no-daemon-here");
        ProbeOptions options;
        options.sections = {QStringLiteral("pm2")};
        const QByteArray nonce = Probe::newNonce();
        const Run run = runProbe(ProbeScript(profile, nonce, options).text(), dir.path());
        const Snapshot snapshot =
            Probe::parse(run.output, nonce, profile, QDateTime::currentDateTimeUtc());
        const SectionStatus pm2 = snapshot.sections.value(QStringLiteral("pm2"));
        QCOMPARE(pm2.state, State::Failed);
        QVERIFY(pm2.message.contains(QLatin1String("no-daemon-here/rpc.sock")));
        // Sections not asked for are reported as missing, never as fine.
        QCOMPARE(snapshot.sections.value(QStringLiteral("meta")).state, State::Failed);
    }

    void outputLimitTruncates()
    {
        QTemporaryDir dir;
        LocalServer server;
        QVERIFY(server.setUp(dir.path()));
        const ServerProfile profile = server.profile(closedPort());
        ProbeOptions options;
        options.sections = {QStringLiteral("vitals"), QStringLiteral("pm2")};
        options.sectionByteLimit = 1024;
        const QByteArray nonce = Probe::newNonce();
        const Run run = runProbe(ProbeScript(profile, nonce, options).text(), dir.path());
        const Snapshot snapshot =
            Probe::parse(run.output, nonce, profile, QDateTime::currentDateTimeUtc());
        // The filtered pm2 list (about 1 KB per 5 processes) is cut: JSON cut is unparseable.
        const SectionStatus pm2 = snapshot.sections.value(QStringLiteral("pm2"));
        const SectionStatus vitals = snapshot.sections.value(QStringLiteral("vitals"));
        QVERIFY2(vitals.state != State::Ok, qPrintable(vitals.message));
        QVERIFY(vitals.message.contains(QLatin1String("1024")));
        if (pm2.state != State::Ok) // node present: filtered list ~1 KB; else raw 12 KB
            QCOMPARE(pm2.state, State::Unparseable);
    }
};

QTEST_GUILESS_MAIN(TestProbeEndToEnd)
#include "tst_probe_endtoend.moc"
