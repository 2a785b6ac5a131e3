// Section parsers fed with real captured output (tests/unit/data/probe/*_real.*: captured on a
// Debian 12 machine with the real probe.sh, pm2 6, PostgreSQL 15, curl, GNU find and df) and,
// where the tool cannot run here (no systemd as PID 1, no ufw, fail2ban or docker daemon),
// samples written by hand from the tools' documented formats: *_handwritten.txt, and the
// test names say so (the mail section's own tests: tst_probe_mail.cpp). Then the same garbage
// thrown at every parser: never Ok, never a crash.
#include "TestSupport.h"
#include "probe/BackupParser.h"
#include "probe/ComposeParser.h"
#include "probe/DatabaseParser.h"
#include "probe/Fail2banParser.h"
#include "probe/HealthParser.h"
#include "probe/MailParser.h"
#include "probe/MetaParser.h"
#include "probe/Pm2Parser.h"
#include "probe/RenewalParser.h"
#include "probe/SystemdParser.h"
#include "probe/UfwParser.h"
#include "probe/VitalsParser.h"

#include <QFile>
#include <QtTest>

#include <functional>

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

ServerProfile fixtureProfile()
{
    ServerProfile profile;
    profile.tenantDatabasePrefix = QStringLiteral("medicalpro_clinic_");
    profile.healthUrls = {
        {QStringLiteral("app"), QStringLiteral("http://127.0.0.1:58080/"), {}, false},
        {QStringLiteral("down"), QStringLiteral("http://127.0.0.1:58081/health"), {}, false}};
    return profile;
}

// Every parser behind one signature, for the garbage tests.
using AnyParser = std::function<SectionStatus(QByteArrayView)>;

QList<std::pair<const char*, AnyParser>> allParsers()
{
    static const ServerProfile profile = fixtureProfile();
    return {
        {"meta",
         [](QByteArrayView p) {
             Snapshot s;
             return MetaParser::parse(p, 0, &s);
         }},
        {"vitals",
         [](QByteArrayView p) {
             HostVitals v;
             return VitalsParser::parse(p, 0, &v);
         }},
        {"systemd",
         [](QByteArrayView p) {
             QList<SystemdUnit> u;
             return SystemdParser::parse(p, 0, &u);
         }},
        {"pm2",
         [](QByteArrayView p) {
             QList<Pm2Process> l;
             return Pm2Parser::parse(p, 0, &l);
         }},
        {"compose",
         [](QByteArrayView p) {
             QList<ComposeService> l;
             return ComposeParser::parse(p, 0, {}, &l);
         }},
        {"health",
         [](QByteArrayView p) {
             QList<HealthCheck> l;
             return HealthParser::parse(p, 0, profile.healthUrls, &l);
         }},
        {"ufw",
         [](QByteArrayView p) {
             FirewallStatus f;
             return UfwParser::parse(p, 0, &f);
         }},
        {"fail2ban",
         [](QByteArrayView p) {
             QList<Fail2banJail> l;
             return Fail2banParser::parse(p, 0, &l);
         }},
        {"renewal",
         [](QByteArrayView p) {
             CertificateRenewal r;
             return RenewalParser::parse(p, 0, &r);
         }},
        {"backups",
         [](QByteArrayView p) {
             QList<BackupFile> l;
             return BackupParser::parse(p, 0, &l);
         }},
        {"databases",
         [](QByteArrayView p) {
             QList<DatabaseInfo> l;
             return DatabaseParser::parse(p, 0, &l);
         }},
        {"tenants",
         [](QByteArrayView p) {
             QList<TenantInfo> l;
             return DatabaseParser::parseTenants(p, 0, profile, {}, &l);
         }},
        {"mail",
         [](QByteArrayView p) {
             MailStatus m;
             return MailParser::parse(p, 0, &m);
         }},
    };
}

// The good sample of each parser, for the "good sample + garbage" variants.
QByteArray goodSample(const QByteArray& parser)
{
    static const QMap<QByteArray, const char*> samples = {
        {"meta", "meta_real.txt"},
        {"vitals", "vitals_real.txt"},
        {"systemd", "systemd_show_handwritten.txt"},
        {"pm2", "pm2_jlist_real.json"},
        {"compose", "compose_v1_real.txt"},
        {"health", "health_real.txt"},
        {"ufw", "ufw_status_verbose_handwritten.txt"},
        {"fail2ban", "fail2ban_status_handwritten.txt"},
        {"renewal", "renewal_timer_handwritten.txt"},
        {"backups", "backups_real.txt"},
        {"databases", "databases_real.txt"},
        {"tenants", "tenants_real.txt"},
        {"mail", "mail_real.txt"},
    };
    return sample(samples.value(parser));
}

} // namespace

class TestProbeParsers : public QObject
{
    Q_OBJECT

private slots:
    void meta_real()
    {
        Snapshot snapshot;
        const SectionStatus status = MetaParser::parse(sample("meta_real.txt"), 0, &snapshot);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(snapshot.serverTime, QDateTime::fromSecsSinceEpoch(1795398281, Qt::UTC));
        QCOMPARE(snapshot.vitals.user, QStringLiteral("root"));
        QVERIFY(snapshot.vitals.root);
        QVERIFY(snapshot.vitals.passwordlessSudo);
        QCOMPARE(snapshot.vitals.hostname, QStringLiteral("vm"));
        QCOMPARE(snapshot.vitals.os, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QVERIFY(snapshot.vitals.kernel.startsWith(QLatin1String("Linux ")));
        QVERIFY(!snapshot.systemd);
    }

    void vitals_real()
    {
        HostVitals vitals;
        const SectionStatus status = VitalsParser::parse(sample("vitals_real.txt"), 0, &vitals);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(vitals.load1, 0.34);
        QCOMPARE(vitals.load5, 0.91);
        QCOMPARE(vitals.load15, 0.85);
        QCOMPARE(vitals.cpus, 2);
        QCOMPARE(vitals.memTotalBytes, qint64(24684092) * 1024);
        QCOMPARE(vitals.memAvailableBytes, qint64(24207836) * 1024);
        QCOMPARE(vitals.swapTotalBytes, 0);
        QCOMPARE(vitals.uptimeSeconds, 4300);
        QCOMPARE(vitals.mounts.size(), 1);
        QCOMPARE(vitals.mounts.at(0).mountPoint, QStringLiteral("/"));
        QCOMPARE(vitals.mounts.at(0).device, QStringLiteral("/dev/vda"));
        QCOMPARE(vitals.mounts.at(0).sizeBytes, Q_INT64_C(270553174016));
        QCOMPARE(vitals.mounts.at(0).usedBytes, Q_INT64_C(19457175552));
        QCOMPARE(vitals.mounts.at(0).availableBytes, Q_INT64_C(83288104960));
    }

    void vitals_dfPosixKilobytes_real()
    {
        // `df -Pk` (the fallback without GNU options): 1024-byte blocks, pseudo filesystems
        // skipped by device name.
        QList<MountUsage> mounts;
        QString error;
        QStringList warnings;
        QVERIFY2(VitalsParser::parseDf(sample("df_pk_real.txt"), &mounts, &error, &warnings),
                 qPrintable(error));
        QCOMPARE(mounts.size(), 1);
        QCOMPARE(mounts.at(0).mountPoint, QStringLiteral("/"));
        QCOMPARE(mounts.at(0).sizeBytes, Q_INT64_C(264212084) * 1024);
    }

    void vitals_dfWarningsAndSpacesInMountPoint()
    {
        const QByteArray df = "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                              "df: /run/user/1000/doc: Operation not permitted\n"
                              "/dev/sdb1 1000 250 750 25% /mnt/My Backups\n";
        QList<MountUsage> mounts;
        QString error;
        QStringList warnings;
        QVERIFY(VitalsParser::parseDf(df, &mounts, &error, &warnings));
        QCOMPARE(mounts.at(0).mountPoint, QStringLiteral("/mnt/My Backups"));
        QCOMPARE(mounts.at(0).usedPercent(), 25.0);
        QCOMPARE(warnings.size(), 1);
    }

    void systemd_handWrittenSample()
    {
        // Hand-written: no systemd as PID 1 on the capture machine. Format from systemctl(1)
        // `show -p` (Key=Value, one block per unit, blank line between) and TZ=UTC timestamps.
        QList<SystemdUnit> units;
        const SectionStatus status =
            SystemdParser::parse(sample("systemd_show_handwritten.txt"), 0, &units);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(units.size(), 5);
        QCOMPARE(units.at(0).name, QStringLiteral("nginx.service"));
        QCOMPARE(units.at(0).activeState, QStringLiteral("active"));
        QCOMPARE(units.at(0).subState, QStringLiteral("running"));
        QCOMPARE(units.at(0).since, utc("2026-11-22T09:14:03Z"));
        QCOMPARE(units.at(2).activeState, QStringLiteral("failed"));
        QCOMPARE(units.at(2).since, utc("2026-11-23T02:10:44Z"));
        QCOMPARE(units.at(3).loadState, QStringLiteral("not-found"));
        QVERIFY(!units.at(3).since.isValid());
        QCOMPARE(units.at(4).name, QStringLiteral("certbot.timer"));
    }

    void systemd_failureIsFailed()
    {
        QList<SystemdUnit> units;
        const SectionStatus status = SystemdParser::parse(
            "System has not been booted with systemd as init system (PID 1). Can't operate.\n"
            "Failed to connect to bus: Host is down\n",
            1, &units);
        QCOMPARE(status.state, State::Failed);
        QVERIFY(status.message.contains(QLatin1String("Failed to connect to bus")));
    }

    void pm2_real()
    {
        // Raw `pm2 jlist` of a real daemon (cluster x2, fork, stopped, crash-looping app).
        QList<Pm2Process> processes;
        const SectionStatus status = Pm2Parser::parse(sample("pm2_jlist_real.json"), 0, &processes);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(processes.size(), 5);
        QCOMPARE(processes.at(0).name, QStringLiteral("medical-pro-backend"));
        QCOMPARE(processes.at(0).execMode, QStringLiteral("cluster"));
        QCOMPARE(processes.at(0).status, QStringLiteral("online"));
        QCOMPARE(processes.at(0).startedAt, QDateTime::fromMSecsSinceEpoch(1795397668028, Qt::UTC));
        QVERIFY(processes.at(0).memoryBytes > 10'000'000);
        QCOMPARE(processes.at(1).pmId, 1);
        QCOMPARE(processes.at(2).execMode, QStringLiteral("fork"));
        QCOMPARE(processes.at(3).status, QStringLiteral("stopped"));
        QCOMPARE(processes.at(3).unstableRestarts, 1);
        QCOMPARE(processes.at(4).name, QStringLiteral("crashy"));
        QCOMPARE(processes.at(4).restarts, 2);
    }

    void pm2_filteredByTheProbe_real()
    {
        // What probe.sh sends: the same list reduced on the server (no environments).
        const QByteArray filtered = sample("pm2_jlist_filtered_real.json");
        QVERIFY(!filtered.contains("PATH"));
        QList<Pm2Process> processes;
        QCOMPARE(Pm2Parser::parse(filtered, 0, &processes).state, State::Ok);
        QCOMPARE(processes.size(), 5);
        QCOMPARE(processes.at(3).status, QStringLiteral("stopped"));
    }

    void pm2_freshHomeBanner_real()
    {
        // Real: `pm2 jlist` with a PM2_HOME where no daemon ran prints its ASCII-art banner
        // and coloured "[PM2] Spawning…" lines before "[]". Unparseable, not an empty list.
        QList<Pm2Process> processes;
        const SectionStatus status =
            Pm2Parser::parse(sample("pm2_jlist_fresh_home_banner.txt"), 0, &processes);
        QCOMPARE(status.state, State::Unparseable);
        QVERIFY(!status.message.isEmpty());
    }

    void pm2_knownChatterBeforeJson()
    {
        QList<Pm2Process> processes;
        const SectionStatus status =
            Pm2Parser::parse(">>>> In-memory PM2 is out-of-date, do:\n>>>> $ pm2 update\n" +
                                 sample("pm2_jlist_filtered_real.json"),
                             0, &processes);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(processes.size(), 5);
        QVERIFY(status.message.contains(QLatin1String("out-of-date")));
    }

    void health_real()
    {
        // Real curl -w output: 200 over HTTP, 200 over TLS with --resolve -k, a refused port
        // (curl exit 7), and a self-signed certificate without -k (curl exit 60).
        QList<HealthCheck> checks;
        const SectionStatus status =
            HealthParser::parse(sample("health_real.txt"), 0, fixtureProfile().healthUrls, &checks);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks.at(0).name, QStringLiteral("app"));
        QCOMPARE(checks.at(0).url, QStringLiteral("http://127.0.0.1:58080/"));
        QCOMPARE(checks.at(0).httpStatus, 200);
        QVERIFY(checks.at(0).seconds > 0 && checks.at(0).seconds < 5);
        QVERIFY(checks.at(0).error.isEmpty());
        QCOMPARE(checks.at(1).httpStatus, 200);
        QCOMPARE(checks.at(2).name, QStringLiteral("down"));
        QCOMPARE(checks.at(2).httpStatus, 0);
        QVERIFY(checks.at(2).error.contains(QLatin1String("Failed to connect")));
        QCOMPARE(checks.at(3).httpStatus, 0);
        QVERIFY(checks.at(3).error.contains(QLatin1String("SSL certificate problem")));
    }

    void ufw_handWrittenSample()
    {
        // Hand-written: ufw is not installed here. Layout of `ufw status verbose` (ufw 0.36).
        FirewallStatus firewall;
        QCOMPARE(UfwParser::parse(sample("ufw_status_verbose_handwritten.txt"), 0, &firewall).state,
                 State::Ok);
        QVERIFY(firewall.known);
        QVERIFY(firewall.active);
        QCOMPARE(firewall.rules.size(), 6);
        QCOMPARE(firewall.rules.at(0), QStringLiteral("2222/tcp ALLOW IN Anywhere"));
        QCOMPARE(firewall.rules.at(3), QStringLiteral("2222/tcp (v6) ALLOW IN Anywhere (v6)"));
    }

    void ufw_inactive_handWrittenSample()
    {
        FirewallStatus firewall;
        QCOMPARE(
            UfwParser::parse(sample("ufw_status_inactive_handwritten.txt"), 0, &firewall).state,
            State::Ok);
        QVERIFY(firewall.known);
        QVERIFY(!firewall.active);
        QVERIFY(firewall.rules.isEmpty());
    }

    void fail2ban_handWrittenSample()
    {
        // Hand-written: fail2ban is not installed here. Tree layout of fail2ban-client 1.0.
        QList<Fail2banJail> jails;
        const SectionStatus status =
            Fail2banParser::parse(sample("fail2ban_status_handwritten.txt"), 0, &jails);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(jails.size(), 2);
        QCOMPARE(jails.at(0).name, QStringLiteral("nginx-limit-req"));
        QCOMPARE(jails.at(0).totalBanned, 2);
        QCOMPARE(jails.at(1).name, QStringLiteral("sshd"));
        QCOMPARE(jails.at(1).currentlyBanned, 3);
        QCOMPARE(jails.at(1).totalBanned, 41);
    }

    void renewal_cron_real()
    {
        // Real: the probe's grep of a cron.d directory (found twice: listed in the profile and
        // beside the letsencrypt directory); duplicates are dropped.
        CertificateRenewal renewal;
        QCOMPARE(RenewalParser::parse(sample("renewal_cron_real.txt"), 0, &renewal).state,
                 State::Ok);
        QCOMPARE(renewal.cronLines,
                 QStringList{QStringLiteral("0 4 1 * * root certbot renew --quiet")});
        QVERIFY(renewal.timerUnit.isEmpty());
        QVERIFY(renewal.timer.isEmpty());
    }

    void renewal_timer_handWrittenSample()
    {
        // Hand-written: `systemctl list-timers --no-legend` (systemd 252 columns) and cron lines.
        CertificateRenewal renewal;
        QCOMPARE(RenewalParser::parse(sample("renewal_timer_handwritten.txt"), 0, &renewal).state,
                 State::Ok);
        QCOMPARE(renewal.timerUnit, QStringLiteral("certbot.timer"));
        QCOMPARE(renewal.timerNext, utc("2026-11-23T16:31:52Z"));
        QCOMPARE(renewal.timerLast, utc("2026-11-23T01:07:12Z"));
        QVERIFY(renewal.timer.contains(QLatin1String("2026-11-23 16:31")));
        QCOMPARE(renewal.cronLines.size(), 2); // the comment line is not a cron line
    }

    void renewal_inactiveTimer_handWrittenSample()
    {
        CertificateRenewal renewal;
        QCOMPARE(RenewalParser::parse(sample("renewal_timer_inactive_handwritten.txt"), 0, &renewal)
                     .state,
                 State::Ok);
        QCOMPARE(renewal.timerUnit, QStringLiteral("snap.certbot.renew.timer"));
        QVERIFY(!renewal.timerNext.isValid());
    }

    void backups_real()
    {
        QList<BackupFile> files;
        const SectionStatus status = BackupParser::parse(sample("backups_real.txt"), 0, &files);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(0).target, QStringLiteral("medicalpro_central"));
        QCOMPARE(files.at(0).path, QStringLiteral("/tmp/vt/backups/central_20261122.dump.gpg"));
        QCOMPARE(files.at(0).modified, utc("2026-11-22T03:00:04Z"));
        QCOMPARE(files.at(1).sizeBytes, 52431);
        QVERIFY(files.at(1).encrypted);
        QCOMPARE(files.at(2).target,
                 QStringLiteral("medicalpro_clinic_3f2a9c1e8b7d4e6f9a1b2c3d4e5f6a7b"));
        QVERIFY(!files.at(2).encrypted);
        QVERIFY(status.message.contains(QLatin1String("/tmp/vt/no-such-dir"))); // missing target
    }

    void backups_statFallback_real()
    {
        // Real output of the non-GNU branch (find -exec stat -c).
        QList<BackupFile> files;
        QCOMPARE(BackupParser::parse(sample("backups_stat_fallback_real.txt"), 0, &files).state,
                 State::Ok);
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(1).modified, utc("2026-11-23T03:00:07Z"));
    }

    void backupLog_real()
    {
        QStringList lines;
        QCOMPARE(BackupParser::parseLog(sample("backuplog_real.txt"), 0, &lines).state, State::Ok);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(2).contains(QLatin1String("WARNING")));
    }

    void backupLog_coloursAndInvalidBytesShownNotRejected()
    {
        QStringList lines;
        QCOMPARE(
            BackupParser::parseLog("\x1b[31mERROR\x1b[0m dump failed\nbad \xff byte\n", 0, &lines)
                .state,
            State::Ok);
        QCOMPARE(lines.at(0), QStringLiteral("ERROR dump failed"));
        QVERIFY(lines.at(1).startsWith(QLatin1String("bad ")));
    }

    void databases_real()
    {
        // Real `psql -At -F '\t'` from a throwaway PostgreSQL 15 cluster.
        QList<DatabaseInfo> databases;
        QCOMPARE(DatabaseParser::parse(sample("databases_real.txt"), 0, &databases).state,
                 State::Ok);
        QCOMPARE(databases.size(), 4);
        QCOMPARE(databases.at(0).name, QStringLiteral("medicalpro_central"));
        QVERIFY(databases.at(0).sizeBytes > 1'000'000);
    }

    void databases_psqlError()
    {
        QList<DatabaseInfo> databases;
        const SectionStatus status = DatabaseParser::parse(
            "psql: error: connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" "
            "failed: FATAL:  role \"deploy\" does not exist\n",
            2, &databases);
        QCOMPARE(status.state, State::Failed);
        QVERIFY(status.message.contains(QLatin1String("role \"deploy\" does not exist")));
    }

    void tenants_real()
    {
        // Real: the probe's tenant lines (psql rows, getent, curl over TLS with --resolve),
        // including a name with a tab and quotes, and a tenant without subdomain.
        QList<DatabaseInfo> databases;
        DatabaseParser::parse(sample("databases_real.txt"), 0, &databases);
        QList<TenantInfo> tenants;
        const SectionStatus status = DatabaseParser::parseTenants(
            sample("tenants_real.txt"), 0, fixtureProfile(), databases, &tenants);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(tenants.size(), 4);
        QCOMPARE(tenants.at(0).name, QStringLiteral("Cabinet Nouveau"));
        QVERIFY(tenants.at(0).subdomain.isEmpty());
        QVERIFY(!tenants.at(0).provisioned);
        QCOMPARE(tenants.at(0).httpsStatus, 0);
        QCOMPARE(tenants.at(1).name, QStringLiteral("Centre\tTab \"Quote's\""));
        QCOMPARE(tenants.at(2).id, QStringLiteral("3f2a9c1e-8b7d-4e6f-9a1b-2c3d4e5f6a7b"));
        QCOMPARE(tenants.at(2).subdomain, QStringLiteral("lilas"));
        QVERIFY(tenants.at(2).provisioned);
        QVERIFY(tenants.at(2).databaseExists);
        QCOMPARE(tenants.at(2).databaseSizeBytes, 7471619);
        QCOMPARE(tenants.at(2).httpsStatus, 200);
        QVERIFY(!tenants.at(2).dnsResolves); // example.test is not in DNS here
        QCOMPARE(tenants.at(3).name, QStringLiteral("Clínica Ozondenia"));
        QVERIFY(!tenants.at(1).databaseExists);
    }

    // --- garbage, for every parser -------------------------------------------------------

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("parser");
        QTest::addColumn<QByteArray>("payload");
        for (const auto& [name, parse] : allParsers()) {
            Q_UNUSED(parse);
            const QByteArray good = goodSample(name);
            QVERIFY2(!good.isEmpty(), name);
            QTest::addRow("%s/empty", name) << QByteArray(name) << QByteArray();
            QTest::addRow("%s/blank-lines", name) << QByteArray(name) << QByteArray("\n\n  \n");
            QTest::addRow("%s/banner-before", name)
                << QByteArray(name)
                << "Welcome to Ubuntu 24.04 LTS (GNU/Linux 6.8.0-31-generic x86_64)\n\n"
                   " * Documentation:  https://help.ubuntu.com\n" +
                       good;
            QTest::addRow("%s/ansi-escapes", name)
                << QByteArray(name) << "\x1b[1;32m" + good + "\x1b[0m";
            QTest::addRow("%s/invalid-utf8", name)
                << QByteArray(name)
                << good.left(good.size() / 2) + "\xc3\x28\xff\xfe" + good.mid(good.size() / 2);
            QTest::addRow("%s/nul-bytes", name)
                << QByteArray(name) << good.left(10) + QByteArray(4, '\0') + good.mid(10);
            QTest::addRow("%s/random-junk", name)
                << QByteArray(name)
                << QByteArray("}{ ][ \":,\n<html><body>502 Bad Gateway</body>\n");
        }
    }

    void garbage()
    {
        QFETCH(QByteArray, parser);
        QFETCH(QByteArray, payload);
        for (const auto& [name, parse] : allParsers()) {
            if (parser != name)
                continue;
            const SectionStatus status = parse(payload);
            QVERIFY2(status.state != State::Ok && status.state != State::Truncated,
                     qPrintable(status.message));
            QVERIFY(!status.message.isEmpty());
        }
    }

    void truncatedJson_data()
    {
        QTest::addColumn<QByteArray>("payload");
        const QByteArray jlist = sample("pm2_jlist_real.json");
        for (const qsizetype cut :
             {qsizetype(1), qsizetype(100), jlist.size() / 2, jlist.size() - 2})
            QTest::addRow("cut-at-%lld", qlonglong(cut)) << jlist.left(cut);
    }

    void truncatedJson()
    {
        QFETCH(QByteArray, payload);
        QList<Pm2Process> processes;
        QCOMPARE(Pm2Parser::parse(payload, 0, &processes).state, State::Unparseable);
        QVERIFY(processes.isEmpty());
        QList<ComposeService> services;
        QCOMPARE(ComposeParser::parse("@@ ps\n" + payload, 0, {}, &services).state,
                 State::Unparseable);
    }

    void huge()
    {
        // 100 MB of junk: refused on size before any copy or conversion, for every parser.
        const QByteArray junk(100 * 1024 * 1024, 'x');
        QElapsedTimer clock;
        clock.start();
        for (const auto& [name, parse] : allParsers()) {
            const SectionStatus status = parse(junk);
            QVERIFY2(status.state == State::Unparseable, name);
        }
        QStringList lines;
        QCOMPARE(BackupParser::parseLog(junk, 0, &lines).state, State::Unparseable);
        QVERIFY2(clock.elapsed() < 10000, "parsers must reject huge output quickly");
    }

    void hugeLinesWithinTheLimit()
    {
        // 6 MB of plausible-looking lines: bounded work, a clear verdict.
        QByteArray lines;
        lines.reserve(6 * 1024 * 1024);
        while (lines.size() < 6 * 1024 * 1024)
            lines += "Id=x.service\nLoadState=loaded\nActiveState=active\nSubState=running\n\n";
        QList<SystemdUnit> units;
        QCOMPARE(SystemdParser::parse(lines, 0, &units).state, State::Ok);
        QVERIFY(units.size() > 50000);
        QList<Pm2Process> processes;
        QCOMPARE(Pm2Parser::parse(lines, 0, &processes).state, State::Unparseable);
    }
};

QTEST_GUILESS_MAIN(TestProbeParsers)
#include "tst_probe_parsers.moc"
