// The stdin of `sh -s`: settings quoted by shellQuote and validated, then the embedded probe.sh.
// Values are checked by running the real preamble in a real POSIX shell.
#include "probe/Probe.h"
#include "probe/ProbeScript.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace vigie;

namespace {

// Runs `text` followed by `tail` in `shell` and returns stdout.
QByteArray runShell(const QString& shell, const QByteArray& text, int* exitCode = nullptr)
{
    QProcess process;
    process.start(shell, {QStringLiteral("-s")});
    if (!process.waitForStarted())
        return {};
    process.write(text);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

ServerProfile nastyProfile()
{
    ServerProfile profile;
    profile.systemdUnits = {QStringLiteral("nginx"), QStringLiteral("postgresql@16-main.service"),
                            QStringLiteral("nginx; rm -rf /"), QStringLiteral("-p"),
                            QStringLiteral("$(id)")};
    profile.pm2 = true;
    profile.pm2Command = QStringLiteral("sudo -u app pm2");
    profile.pm2Home = QStringLiteral("/home/app/.pm2");
    profile.composeProjects = {QStringLiteral("flotteq"), QStringLiteral("Bad Name")};
    profile.healthUrls = {
        {QStringLiteral("app"), QStringLiteral("https://app.example.test/health"),
         QStringLiteral("app.example.test:443:127.0.0.1"), true},
        {QStringLiteral("it's"), QStringLiteral("http://127.0.0.1:3000/a?b=1&c=$(id)"), {}, false},
        {QStringLiteral("spaces"), QStringLiteral("http://x/ y"), {}, false},
        {QStringLiteral("file"), QStringLiteral("file:///etc/passwd"), {}, false},
    };
    profile.certificatePaths = {QStringLiteral("/etc/letsencrypt/live"),
                                QStringLiteral("relative/live")};
    profile.backups = {
        {QStringLiteral("medicalpro_central"), QStringLiteral("/var/backups/medicalpro/"),
         QStringLiteral("central_*.dump.gpg"), 26, 30},
        {QStringLiteral("bad"), QStringLiteral("/var/backups"), QStringLiteral("../*"), 26, 30}};
    profile.backupLog = QStringLiteral("/var/log/medicalpro-backup.log");
    profile.psqlCommand = QStringLiteral("sudo -n -u postgres psql");
    profile.centralDatabase = QStringLiteral("medicalpro_central");
    profile.tenantDatabasePrefix = QStringLiteral("medicalpro_clinic_");
    profile.tenantQuery = QStringLiteral(
        "SELECT id, name, subdomain, CASE WHEN clinic_db_provisioned THEN 't' ELSE 'f' END\n"
        "FROM companies -- it's `quoted` $(id) \"x\"\nORDER BY name");
    profile.tenantDomain = QStringLiteral("example.test");
    profile.tenantHealthResolve = QStringLiteral("127.0.0.1:8443");
    return profile;
}

} // namespace

class TestProbeScript : public QObject
{
    Q_OBJECT

private slots:
    void nonce()
    {
        const QByteArray a = ProbeScript::newNonce();
        const QByteArray b = Probe::newNonce();
        QVERIFY(ProbeScript::isValidNonce(a));
        QVERIFY(ProbeScript::isValidNonce(b));
        QVERIFY(a != b);
        QVERIFY(!ProbeScript::isValidNonce("short"));
        QVERIFY(!ProbeScript::isValidNonce("has space inside"));
        QVERIFY(!ProbeScript::isValidNonce("quote'quote'quote"));
        QVERIFY(ProbeScript(ServerProfile(), "bad nonce!").text().isEmpty());
    }

    void embeddedScript()
    {
        const QByteArray body = ProbeScript::scriptBody();
        QVERIFY(body.startsWith("# Vigie dashboard probe"));
        QVERIFY(body.trimmed().endsWith("exit 0"));
        for (const QByteArray& line : body.split('\n'))
            QVERIFY(line.trimmed() != "set -e");
        const QByteArray text = Probe::script(ServerProfile(), "n0nce1234");
        QVERIFY(text.startsWith("# Settings written by Vigie"));
        QVERIFY(text.endsWith(body));
        // The per-stack section files are in the section library, in place of the marker.
        QCOMPARE(ProbeScript::sectionFiles(), QStringList{QStringLiteral("mail")});
        QVERIFY(!body.contains("\n# @@VIGIE_SECTION_FILES@@\n"));
        const qsizetype mail = body.indexOf("\nvigie_section_mail() {");
        QVERIFY(mail > 0);
        QVERIFY(mail < body.indexOf("\nVIGIE_LIB\n"));
        QVERIFY(body.indexOf("\nvigie_section_tenants() {") < mail);
    }

    // The mail settings: JSON round trip, validation, and the values a real sh sees.
    void mailSettings()
    {
        ServerProfile profile;
        profile.mail.postfixConfigDirectories = {QStringLiteral("/etc/postfix"),
                                                 QStringLiteral("etc/postfix-out")};
        profile.mail.deferredWarning = 5;
        profile.mail.units = {
            {QStringLiteral("postfix"), QStringLiteral("/var/spool/postfix/pid/master.pid")},
            {QStringLiteral("redis-server"), {}},
            {QStringLiteral("dovecot; id"), {}}};
        profile.mail.dkim = {
            {QStringLiteral("default"), QStringLiteral("example.test"),
             QStringLiteral("/etc/opendkim/keys/example.test/default.private")},
            {QStringLiteral("x y"), QStringLiteral("example.test"), QStringLiteral("/k")}};
        profile.mail.dnsServer = QStringLiteral("127.0.0.1");
        profile.mail.dnsPort = 5353;
        profile.mail.tls = {{QStringLiteral("smtp"), QStringLiteral("127.0.0.1:25"),
                             QStringLiteral("smtp-starttls"), QStringLiteral("mail.example.test"),
                             QStringLiteral("/etc/ssl/certs/server.pem")},
                            {QStringLiteral("imaps"),
                             QStringLiteral("[::1]:993"),
                             QStringLiteral("implicit"),
                             {},
                             QStringLiteral("/etc/ssl/certs/server.pem")},
                            {QStringLiteral("bad"),
                             QStringLiteral("host:25 -proxy x"),
                             QStringLiteral("implicit"),
                             {},
                             QStringLiteral("/c.pem")},
                            {QStringLiteral("pop"),
                             QStringLiteral("127.0.0.1:995"),
                             QStringLiteral("pop3"),
                             {},
                             QStringLiteral("/c.pem")}};
        QVERIFY(profile.mail.isConfigured());
        QVERIFY(!ServerProfile().mail.isConfigured());
        QVERIFY(!ServerProfile().toJson().contains(QStringLiteral("mail")));

        const ServerProfile reloaded = ServerProfile::fromJson(profile.toJson());
        QCOMPARE(reloaded.mail.postfixConfigDirectories, profile.mail.postfixConfigDirectories);
        QCOMPARE(reloaded.mail.deferredWarning, 5);
        QCOMPARE(reloaded.mail.deferredCritical, 200);
        QCOMPARE(reloaded.mail.units.size(), 3);
        QCOMPARE(reloaded.mail.units.first().pidFile, profile.mail.units.first().pidFile);
        QCOMPARE(reloaded.mail.dkim.first().keyFile, profile.mail.dkim.first().keyFile);
        QCOMPARE(reloaded.mail.dnsPort, 5353);
        QCOMPARE(reloaded.mail.tls.at(1).address, QStringLiteral("[::1]:993"));
        QCOMPARE(reloaded.mail.tls.first().serverName, QStringLiteral("mail.example.test"));

        const ProbeScript script(reloaded, "n0nce1234");
        const QString problems = script.problems().join(u'\n');
        QCOMPARE(script.problems().size(), 5);
        for (const char* bad : {"etc/postfix-out", "dovecot; id", "x y", "bad host:25", "pop"})
            QVERIFY2(problems.contains(QLatin1String(bad)), qPrintable(problems));
        const QByteArray print =
            "for v in \"$VIGIE_MAIL_POSTFIX\" \"$VIGIE_MAIL_UNITS\" \"$VIGIE_MAIL_DKIM\" "
            "\"$VIGIE_MAIL_DNS\" \"$VIGIE_MAIL_DNS_PORT\" \"$VIGIE_MAIL_TLS\"; do printf '%s\\0' "
            "\"$v\"; done\n";
        const QList<QByteArray> values =
            runShell(QStringLiteral("/bin/sh"), script.preamble() + print).split('\0');
        QCOMPARE(values.size(), 7);
        QCOMPARE(values.at(0), QByteArray("/etc/postfix"));
        QCOMPARE(values.at(1),
                 QByteArray("postfix\x1f/var/spool/postfix/pid/master.pid\nredis-server\x1f"));
        QCOMPARE(values.at(2),
                 QByteArray("default\x1f"
                            "example.test\x1f/etc/opendkim/keys/example.test/default.private"));
        QCOMPARE(values.at(3), QByteArray("127.0.0.1"));
        QCOMPARE(values.at(4), QByteArray("5353"));
        QCOMPARE(values.at(5),
                 QByteArray("smtp\x1f"
                            "127.0.0.1:25\x1fsmtp-starttls\x1fmail.example.test\x1f"
                            "/etc/ssl/certs/server.pem\nimaps\x1f[::1]:993\x1fimplicit\x1f\x1f"
                            "/etc/ssl/certs/server.pem"));
    }

    void syntaxCheckedByRealShells_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QStringList>("arguments");
        for (const char* name : {"dash", "bash", "busybox", "sh"}) {
            const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
            if (path.isEmpty())
                continue;
            QStringList args = {QStringLiteral("-n")};
            if (QLatin1String(name) == QLatin1String("bash"))
                args.prepend(QStringLiteral("--posix"));
            if (QLatin1String(name) == QLatin1String("busybox"))
                args.prepend(QStringLiteral("sh"));
            QTest::addRow("%s", name) << path << args;
        }
    }

    void syntaxCheckedByRealShells()
    {
        QFETCH(QString, shell);
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(shell, arguments);
        QVERIFY(process.waitForStarted());
        process.write(ProbeScript(nastyProfile(), "n0nce1234").text());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(20000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void invalidValuesAreLeftOutAndReported()
    {
        const ProbeScript script(nastyProfile(), "n0nce1234");
        const QStringList problems = script.problems();
        const QString all = problems.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("nginx; rm -rf /")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("\u201c-p\u201d")));
        QVERIFY(all.contains(QLatin1String("$(id)")));
        QVERIFY(all.contains(QLatin1String("Bad Name")));
        QVERIFY(all.contains(QLatin1String("http://x/ y")));
        QVERIFY(all.contains(QLatin1String("file:///etc/passwd")));
        QVERIFY(all.contains(QLatin1String("relative/live")));
        QVERIFY(all.contains(QLatin1String("bad /var/backups")));
        QCOMPARE(problems.size(), 8);
        QVERIFY(!script.preamble().contains("rm -rf"));
    }

    void validationRules()
    {
        QVERIFY(ProbeScript::isValidUnitName(QStringLiteral("certbot.timer")));
        QVERIFY(ProbeScript::isValidUnitName(QStringLiteral("getty@tty1.service")));
        QVERIFY(!ProbeScript::isValidUnitName(QStringLiteral("a b")));
        QVERIFY(!ProbeScript::isValidUnitName(QStringLiteral("a*")));
        QVERIFY(ProbeScript::isValidCommand(QStringLiteral("/usr/local/bin/pm2")));
        QVERIFY(ProbeScript::isValidCommand(QStringLiteral("psql -h /run/pg -p 5432 -U vigie")));
        QVERIFY(!ProbeScript::isValidCommand(QStringLiteral("pm2 | tee x")));
        QVERIFY(!ProbeScript::isValidCommand(QStringLiteral("pm2 `id`")));
        QVERIFY(!ProbeScript::isValidCommand(QString()));
        QVERIFY(ProbeScript::isValidDnsName(QStringLiteral("medimaestro.example.test")));
        QVERIFY(!ProbeScript::isValidDnsName(QStringLiteral("Example.test")));
        QVERIFY(!ProbeScript::isValidDnsName(QStringLiteral("-a.test")));
        QVERIFY(!ProbeScript::isValidDnsName(QString(64, u'a') + QStringLiteral(".test")));
        QVERIFY(ProbeScript::isValidDatabaseName(QStringLiteral("medicalpro_central")));
        QVERIFY(!ProbeScript::isValidDatabaseName(QString(64, u'a')));
        QVERIFY(!ProbeScript::isValidDatabaseName(QStringLiteral("a;b")));
        QVERIFY(!ProbeScript::isValidPath(QStringLiteral("/a\nb")));
    }

    void valuesRoundTripThroughRealSh()
    {
        const ServerProfile profile = nastyProfile();
        ProbeOptions options;
        options.sectionTimeouts.insert(QStringLiteral("pm2"), 3);
        options.sectionTimeouts.insert(QStringLiteral("nope; id"), 3);
        options.sectionByteLimit = 1;
        options.sections = {QStringLiteral("meta"), QStringLiteral("pm2"), QStringLiteral("bogus")};
        const ProbeScript script(profile, "n0nce1234", options);
        const QByteArray print =
            "for v in \"$VIGIE_NONCE\" \"$VIGIE_SECTIONS\" \"$VIGIE_TIMEOUT_pm2\" \"$VIGIE_LIMIT\" "
            "\"$VIGIE_UNITS\" \"$VIGIE_PM2_CMD\" \"$VIGIE_HEALTH\" \"$VIGIE_BACKUPS\" "
            "\"$VIGIE_TENANT_QUERY\" \"$VIGIE_PSQL\" \"$VIGIE_TENANT_RESOLVE\"; do printf '%s\\0' "
            "\"$v\"; done\n";
        const QList<QByteArray> values =
            runShell(QStringLiteral("/bin/sh"), script.preamble() + print).split('\0');
        QCOMPARE(values.size(), 12);
        QCOMPARE(values.at(0), QByteArray("n0nce1234"));
        QCOMPARE(values.at(1), QByteArray("meta pm2"));
        QCOMPARE(values.at(2), QByteArray("3"));
        QCOMPARE(values.at(3), QByteArray("1024")); // bounded
        QCOMPARE(values.at(4), QByteArray("nginx\npostgresql@16-main.service"));
        QCOMPARE(values.at(5), QByteArray("sudo -u app pm2"));
        QCOMPARE(values.at(6), QByteArray("app\x1fhttps://app.example.test/health\x1f"
                                          "app.example.test:443:127.0.0.1\x1f"
                                          "1\n"
                                          "it's\x1fhttp://127.0.0.1:3000/a?b=1&c=$(id)\x1f\x1f"
                                          "0"));
        QCOMPARE(values.at(7), QByteArray("medicalpro_central\x1f/var/backups/medicalpro\x1f"
                                          "central_*.dump.gpg"));
        QCOMPARE(values.at(8), profile.tenantQuery.toUtf8());
        QCOMPARE(values.at(9), QByteArray("sudo -n -u postgres psql"));
        QCOMPARE(values.at(10), QByteArray("127.0.0.1:8443"));
        QVERIFY(!script.preamble().contains("nope"));
    }
};

QTEST_GUILESS_MAIN(TestProbeScript)
#include "tst_probe_script.moc"
