// SecretRedactor against real-looking secrets: the fixture's private keys (whole, in pieces as
// a run's log arrives, inside JSON), keys made now by openssl, passwords and tokens in
// commands, URLs and headers, secrets registered by the caller. Key armor is never written
// literally in this file: it is read from the fixture or built from pieces.

#include "TestSupport.h"
#include "journal/SecretRedactor.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {

const QString PemDashes = QStringLiteral("-----");

QString armor(const QString& kind, const QString& label)
{
    return PemDashes + kind + QLatin1Char(' ') + label + PemDashes;
}

} // namespace

class TestSecretRedactor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void redactsFixtureKeys_data();
    void redactsFixtureKeys();
    void redactsKeysMadeNow();
    void redactsSecretsInCommands_data();
    void redactsSecretsInCommands();
    void keepsOrdinaryText();
    void redactsRegisteredSecretsAndJson();

private:
    QTemporaryDir m_dir;
    test::Fixture m_fixture;
};

void TestSecretRedactor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = test::Fixture::load();
    QVERIFY2(m_fixture.isValid(), "the fixture server must be running (ctest fixture 'server')");
}

void TestSecretRedactor::redactsFixtureKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ed25519") << QStringLiteral("id_ed25519");
    QTest::newRow("ecdsa") << QStringLiteral("id_ecdsa");
    QTest::newRow("rsa") << QStringLiteral("id_rsa");
    QTest::newRow("ed25519 with passphrase") << QStringLiteral("id_ed25519_pass");
}

void TestSecretRedactor::redactsFixtureKeys()
{
    QFETCH(QString, name);
    const QString key = QString::fromLatin1(m_fixture.readKey(name));
    QVERIFY2(key.contains(armor(QStringLiteral("BEGIN"), QStringLiteral("OPENSSH PRIVATE KEY"))),
             "the fixture key must be a real OpenSSH private key");
    QStringList body;
    for (const QString& line : key.split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.startsWith(PemDashes))
            body << line;
    }
    QVERIFY(body.size() >= 3);
    const QString log =
        QStringLiteral("$ cat ~/.ssh/%1\n").arg(name) + key + QStringLiteral("done: key copied\n");

    SecretRedactor redactor;
    const QString whole = redactor.redact(log);
    // The same log arriving in small pieces, as it does from a run.
    LogRedactionStream stream(&redactor);
    QString streamed;
    for (qsizetype i = 0; i < log.size(); i += 7)
        streamed += stream.feed(log.mid(i, 7));
    streamed += stream.finish();

    for (const QString& out : {whole, streamed}) {
        QVERIFY2(!out.contains(QStringLiteral("PRIVATE KEY-----")), qPrintable(out));
        for (const QString& line : std::as_const(body))
            QVERIFY2(!out.contains(line), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("$ cat ~/.ssh/") + name));
        QVERIFY(out.contains(QStringLiteral("[redacted openssh private key]")));
        QVERIFY(out.contains(QStringLiteral("done: key copied\n")));
    }
    QCOMPARE(streamed, whole);

    // A key inside JSON (escaped newlines, one line) and inside parameters.
    QString escaped = key;
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    const QString jsonLine = QStringLiteral("{\"key\": \"") + escaped + QStringLiteral("\"}");
    const QString redactedLine = redactor.redact(jsonLine);
    QVERIFY2(!redactedLine.contains(body.first()), qPrintable(redactedLine));
    QVERIFY(redactedLine.endsWith(QStringLiteral("\"}")));
    const QJsonObject parameters = redactor.redact(QJsonObject{{QStringLiteral("material"), key}});
    QVERIFY(!parameters.value(QStringLiteral("material")).toString().contains(body.last()));
}

void TestSecretRedactor::redactsKeysMadeNow()
{
    // PKCS#8 and traditional PEM keys as openssl writes them, a certificate block, and an
    // unterminated block (everything after it is dropped rather than risked).
    const QString pem = m_dir.path() + QStringLiteral("/now.pem");
    int code = -1;
    test::runProgram(QStringLiteral("openssl"),
                     {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                      QStringLiteral("-out"), pem},
                     &code);
    QCOMPARE(code, 0);
    QFile file(pem);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString key = QString::fromLatin1(file.readAll());
    QVERIFY(key.contains(armor(QStringLiteral("BEGIN"), QStringLiteral("PRIVATE KEY"))));
    const QString body = key.split(QLatin1Char('\n')).at(1);

    SecretRedactor redactor;
    QString out = redactor.redact(QStringLiteral("before\n") + key + QStringLiteral("after\n"));
    QCOMPARE(out, QStringLiteral("before\n[redacted private key]\nafter\n"));

    const QString rsaBegin = armor(QStringLiteral("BEGIN"), QStringLiteral("RSA PRIVATE KEY"));
    out = redactor.redact(QStringLiteral("x\n") + rsaBegin + QLatin1Char('\n') + body +
                          QStringLiteral("\nmore lines with password=abc\n"));
    QCOMPARE(out, QStringLiteral("x\n[redacted rsa private key]\n"));
}

void TestSecretRedactor::redactsSecretsInCommands_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");

    QTest::newRow("PGPASSWORD") << QStringLiteral("PGPASSWORD=Xk2-pl9vQ psql -h 127.0.0.1")
                                << QStringLiteral("Xk2-pl9vQ")
                                << QStringLiteral("psql -h 127.0.0.1");
    QTest::newRow("password= in a DSN")
        << QStringLiteral("host=db user=app password='s3cr3t value' dbname=x")
        << QStringLiteral("s3cr3t value") << QStringLiteral("dbname=x");
    QTest::newRow("gpg --passphrase")
        << QStringLiteral("gpg --batch --passphrase 'correct horse battery' -d f.gpg")
        << QStringLiteral("correct horse battery") << QStringLiteral("-d f.gpg");
    QTest::newRow("--passphrase=") << QStringLiteral("tool --passphrase=Tr0ub4dor&3 run")
                                   << QStringLiteral("Tr0ub4dor") << QStringLiteral(" run");
    QTest::newRow("openssl -pass") << QStringLiteral("openssl enc -pass pass:hunter22 -in x")
                                   << QStringLiteral("hunter22") << QStringLiteral("-in x");
    QTest::newRow("URL credentials")
        << QStringLiteral("DATABASE_URL=postgres://app:Sup3rS3cret@db.example.test:5432/app")
        << QStringLiteral("Sup3rS3cret") << QStringLiteral("DATABASE_URL=");
    QTest::newRow("git URL") << QStringLiteral(
                                    "git clone https://deploy:ghtok9988@git.example.test/r.git")
                             << QStringLiteral("ghtok9988")
                             << QStringLiteral("@git.example.test/r.git");
    QTest::newRow("bearer") << QStringLiteral(
                                   "curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1.x-y_z' u")
                            << QStringLiteral("eyJhbGciOiJIUzI1") << QStringLiteral("curl -H");
    QTest::newRow("basic") << QStringLiteral("Authorization: Basic YWxpY2U6czNjcjN0")
                           << QStringLiteral("YWxpY2U6czNjcjN0")
                           << QStringLiteral("Authorization:");
    QTest::newRow("JSON value") << QStringLiteral(R"({"user": "app", "password": "p@ss \"w0rd\""})")
                                << QStringLiteral("w0rd") << QStringLiteral(R"("user": "app")");
    QTest::newRow("api key header")
        << QStringLiteral("X-Api-Key: 0f9e8d7c6b5a") << QStringLiteral("0f9e8d7c6b5a")
        << QStringLiteral("X-Api-Key");
    QTest::newRow("env secret") << QStringLiteral("export JWT_SECRET=abcdef123456")
                                << QStringLiteral("abcdef123456")
                                << QStringLiteral("export JWT_SECRET=");
    QTest::newRow("JWT alone")
        << QStringLiteral("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVP")
        << QStringLiteral("dBjftJeZ4CVP") << QStringLiteral("token");
    // Short names (issue 17, item 11).
    QTest::newRow("DB_PASS=") << QStringLiteral("DB_PASS=Kq7vR2x node server.js")
                              << QStringLiteral("Kq7vR2x") << QStringLiteral("node server.js");
    QTest::newRow("export PGPASSWORD=")
        << QStringLiteral("export PGPASSWORD='pg s3cret'; psql -p 5432")
        << QStringLiteral("pg s3cret") << QStringLiteral("psql -p 5432");
    QTest::newRow("MYSQL_PWD=") << QStringLiteral("MYSQL_PWD=my5qlpw mysqldump app")
                                << QStringLiteral("my5qlpw") << QStringLiteral("mysqldump app");
    QTest::newRow("REDIS_PASS: yaml") << QStringLiteral("  REDIS_PASS: r3d1sPw")
                                      << QStringLiteral("r3d1sPw") << QStringLiteral("REDIS_PASS");
    QTest::newRow("json smtp_pass") << QStringLiteral(R"({"smtp_pass": "m@ilpw", "port": 25})")
                                    << QStringLiteral("m@ilpw") << QStringLiteral(R"("port": 25)");
    QTest::newRow("camelCase dbPass") << QStringLiteral("dbPass=c4m3lpw ok")
                                      << QStringLiteral("c4m3lpw") << QStringLiteral(" ok");
    QTest::newRow("mysql -phunter2")
        << QStringLiteral("mysql -h db -P 3306 -u root -phunter2 medicalpro")
        << QStringLiteral("hunter2") << QStringLiteral("-P 3306 -u root");
    QTest::newRow("mysql -p hunter2")
        << QStringLiteral("/usr/bin/mysqldump -u root -p hunter2 app > x.sql")
        << QStringLiteral("hunter2") << QStringLiteral("/usr/bin/mysqldump -u root -p ");
    QTest::newRow("mariadb -p'quoted'")
        << QStringLiteral("ssh -p 2222 db mariadb -u app -p'two words'")
        << QStringLiteral("two words") << QStringLiteral("ssh -p 2222 db");
    QTest::newRow("GitHub token") << QStringLiteral(
                                         "using ghp_1234567890abcdefghijABCDEFGHIJ123456")
                                  << QStringLiteral("ghp_1234567890") << QStringLiteral("using ");
}

void TestSecretRedactor::redactsSecretsInCommands()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    SecretRedactor redactor;
    const QString out = redactor.redact(text);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(SecretRedactor::mask()), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
    QCOMPARE(redactor.redact(out), out); // stable when applied twice
}

void TestSecretRedactor::keepsOrdinaryText()
{
    SecretRedactor redactor;
    for (const QString& text :
         {QStringLiteral("psql: FATAL:  password authentication failed for user \"app\""),
          QStringLiteral("Restoring medicalpro_clinic_a from /var/backups/2026-11-21.sql.gpg"),
          QStringLiteral("pm2 restart medical-pro-backend --update-env"),
          QStringLiteral("https://app.example.test/health -> 200"),
          QStringLiteral("step 3/5: nginx -t && systemctl reload nginx"),
          // Ports, paths and words that merely contain "pass" or "pwd".
          QStringLiteral("ssh -p 2222 deploy@web1.example.test"),
          QStringLiteral("scp -P 2222 f h: && psql -p 5432 -h db"),
          QStringLiteral("mysql -h db -P 3306 -u app -p -e 'SELECT 1'; ssh -p 2222 h"),
          QStringLiteral("mysqldump app | ssh -p 2222 backup@h 'cat > x'"),
          QStringLiteral("PWD=/var/www/app OLDPWD=/root"),
          QStringLiteral("compass=north bypass: true passenger=3 pass_through=1"),
          QStringLiteral("Tests passed: 12"), QString()})
        QCOMPARE(redactor.redact(text), text);
    QCOMPARE(redactor.redact(QStringLiteral("a\n\nb\n")), QStringLiteral("a\n\nb\n"));
}

void TestSecretRedactor::redactsRegisteredSecretsAndJson()
{
    SecretRedactor redactor;
    redactor.addSecret(QStringLiteral("Zq9!generated"));
    redactor.addSecret(QStringLiteral("first line of it\nsecond line of it"));
    QCOMPARE(redactor.redact(QStringLiteral("created role with Zq9!generated.")),
             QStringLiteral("created role with [redacted]."));
    LogRedactionStream stream(&redactor);
    QString out = stream.feed(QStringLiteral("got: first line"));
    out += stream.feed(QStringLiteral(" of it\nthen: second line of it\nZq9!gen"));
    out += stream.feed(QStringLiteral("erated\n"));
    out += stream.finish();
    QCOMPARE(out, QStringLiteral("got: [redacted]\nthen: [redacted]\n[redacted]\n"));

    const QJsonObject json = redactor.redact(QJsonObject{
        {QStringLiteral("database"), QStringLiteral("clinic_b")},
        {QStringLiteral("dbPassword"), QStringLiteral("anything")},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("apiKey"), 12345},
                     {QStringLiteral("notes"),
                      QJsonArray{QStringLiteral("uses Zq9!generated"), QStringLiteral("fine")}}}},
        {QStringLiteral("passphrase"), QString()},
        {QStringLiteral("DB_PASS"), QStringLiteral("short")},
        {QStringLiteral("redisPass"), QStringLiteral("short")},
        {QStringLiteral("compass"), QStringLiteral("north")},
    });
    QCOMPARE(json.value(QStringLiteral("DB_PASS")).toString(), SecretRedactor::mask());
    QCOMPARE(json.value(QStringLiteral("redisPass")).toString(), SecretRedactor::mask());
    QCOMPARE(json.value(QStringLiteral("compass")).toString(), QStringLiteral("north"));
    QCOMPARE(json.value(QStringLiteral("database")).toString(), QStringLiteral("clinic_b"));
    QCOMPARE(json.value(QStringLiteral("dbPassword")).toString(), SecretRedactor::mask());
    const QJsonObject options = json.value(QStringLiteral("options")).toObject();
    QCOMPARE(options.value(QStringLiteral("apiKey")).toString(), SecretRedactor::mask());
    QCOMPARE(options.value(QStringLiteral("notes")).toArray().at(0).toString(),
             QStringLiteral("uses [redacted]"));
    QCOMPARE(json.value(QStringLiteral("passphrase")).toString(), QString());
}

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
