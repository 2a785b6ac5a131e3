// Certificates parsed on the desktop with OpenSSL. The certificates are real, made by openssl
// with tests/unit/data/probe/certs/make-certs.sh (fixed dates; private keys deleted), in a
// Let's Encrypt layout; expected values are what `openssl x509 -noout -subject -issuer -dates
// -fingerprint -sha256 -ext subjectAltName` prints for them.
#include "probe/CertificateParser.h"

#include <QFile>
#include <QtTest>

using namespace vigie;
using State = SectionStatus::State;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("VIGIE_SOURCE_DIR") + QStringLiteral("/tests/unit/data/probe/");
}

QByteArray read(const QString& relative)
{
    QFile file(dataDir() + relative);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("missing %s", qPrintable(relative));
    return file.readAll();
}

QByteArray fingerprint(const char* colonHex)
{
    return QByteArray::fromHex(QByteArray(colonHex).replace(':', ""));
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestProbeCertificates : public QObject
{
    Q_OBJECT

private slots:
    void ecdsaWithTwoNames()
    {
        const CertificateInfo info = CertificateParser::parsePem(
            read(QStringLiteral("certs/letsencrypt/live/example.test/cert.pem")));
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QCOMPARE(info.subject, QStringLiteral("example.test"));
        QCOMPARE(info.dnsNames,
                 (QStringList{QStringLiteral("example.test"), QStringLiteral("app.example.test")}));
        QCOMPARE(info.issuer, QStringLiteral("CN=Vigie Test CA, O=Vigie Tests"));
        QCOMPARE(info.notBefore, utc("2026-02-08T12:00:00Z"));
        QCOMPARE(info.notAfter, utc("2026-05-09T12:00:00Z"));
        QCOMPARE(info.notAfter.timeSpec(), Qt::UTC);
        QCOMPARE(info.keyType, QStringLiteral("ECDSA P-256"));
        QCOMPARE(info.sha256,
                 fingerprint("DB:79:46:7D:A3:F2:6A:4E:69:5D:61:F7:8B:ED:4B:8E:4F:A7:2D:1A:"
                             "19:FF:7F:B8:F7:FF:AD:D8:7F:88:7C:70"));
        QCOMPARE(info.daysLeft(utc("2026-05-02T12:00:00Z")), 7);
    }

    void rsaWildcard()
    {
        const CertificateInfo info = CertificateParser::parsePem(
            read(QStringLiteral("certs/letsencrypt/live/example.test-0001/cert.pem")));
        QVERIFY(info.error.isEmpty());
        QCOMPARE(info.subject, QStringLiteral("*.example.test"));
        QCOMPARE(info.dnsNames, QStringList{QStringLiteral("*.example.test")});
        QCOMPARE(info.keyType, QStringLiteral("RSA 2048"));
        QCOMPARE(info.sha256,
                 fingerprint("6F:05:68:05:1A:BA:A8:94:24:CF:66:76:93:6C:65:04:26:26:D9:6D:"
                             "46:3B:D3:B4:AD:E7:EC:75:D8:9A:B9:6A"));
    }

    void ed25519AndIpSanIgnored()
    {
        const CertificateInfo info =
            CertificateParser::parsePem(read(QStringLiteral("certs/ed25519.pem")));
        QVERIFY(info.error.isEmpty());
        QCOMPARE(info.keyType, QStringLiteral("Ed25519"));
        QCOMPARE(info.dnsNames,
                 QStringList{QStringLiteral("ed.example.test")}); // IP SAN not a DNS name
        QCOMPARE(info.notAfter, utc("2027-01-01T00:00:00Z"));
    }

    void expired()
    {
        const CertificateInfo info = CertificateParser::parsePem(
            read(QStringLiteral("certs/letsencrypt/live/old.example.test/cert.pem")));
        QCOMPARE(info.notAfter, utc("2025-04-01T00:00:00Z"));
        QVERIFY(info.daysLeft(utc("2026-01-01T00:00:00Z")) < 0);
    }

    void fullchainTakesTheLeaf()
    {
        const CertificateInfo info = CertificateParser::parsePem(
            read(QStringLiteral("certs/letsencrypt/live/example.test/fullchain.pem")));
        QCOMPARE(info.subject, QStringLiteral("example.test"));
    }

    void coversExactAndOneLabelWildcard()
    {
        CertificateInfo info;
        info.dnsNames = {QStringLiteral("example.test"), QStringLiteral("*.example.test")};
        QVERIFY(info.covers(QStringLiteral("example.test")));
        QVERIFY(info.covers(QStringLiteral("a.example.test")));
        QVERIFY(info.covers(QStringLiteral("Lilas.Example.TEST")));
        QVERIFY(info.covers(QStringLiteral("a.example.test."))); // trailing dot
        QVERIFY(!info.covers(QStringLiteral("a.b.example.test")));
        QVERIFY(!info.covers(QStringLiteral("example.org")));
        QVERIFY(!info.covers(QStringLiteral("badexample.test")));
        QVERIFY(!info.covers(QString()));

        CertificateInfo wildcardOnly;
        wildcardOnly.dnsNames = {QStringLiteral("*.example.test")};
        QVERIFY(!wildcardOnly.covers(QStringLiteral("example.test")));
        QVERIFY(wildcardOnly.covers(QStringLiteral("app.example.test")));
        QVERIFY(!wildcardOnly.covers(QStringLiteral(".example.test")));
        QVERIFY(!wildcardOnly.covers(QStringLiteral("x.app.example.test")));

        CertificateInfo none;
        QVERIFY(!none.covers(QStringLiteral("example.test")));
    }

    void section_real()
    {
        // The certificates section as the real probe.sh printed it for these files, plus a
        // configured path that does not exist.
        QList<CertificateInfo> certificates;
        const SectionStatus status = CertificateParser::parse(
            read(QStringLiteral("certificates_real.txt")), 0, &certificates);
        QCOMPARE(status.state, State::Ok);
        QVERIFY(status.message.contains(QLatin1String("/tmp/vt/nonexistent/live")));
        QCOMPARE(certificates.size(), 4);
        QCOMPARE(certificates.at(0).name, QStringLiteral("example.test-0001"));
        QVERIFY(certificates.at(0).path.endsWith(QLatin1String("live/example.test-0001/cert.pem")));
        QCOMPARE(certificates.at(0).keyType, QStringLiteral("RSA 2048"));
        QCOMPARE(certificates.at(1).name, QStringLiteral("example.test"));
        QCOMPARE(certificates.at(2).name, QStringLiteral("old.example.test"));
        QCOMPARE(certificates.at(3).name, QStringLiteral("ed25519"));
        for (const CertificateInfo& info : std::as_const(certificates))
            QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    }

    void brokenPemIsAnErrorOnThatCertificateOnly()
    {
        const QByteArray good = read(QStringLiteral("certs/ed25519.pem"));
        QByteArray damaged = good;
        damaged[damaged.indexOf('\n') + 10] = '*';
        const QByteArray section = "cert\t/x/live/bad\t/x/live/bad/cert.pem\n" + damaged +
                                   "\ncert\t/x/live/empty\t/x/live/empty/cert.pem\n\n"
                                   "cert\t/x/live/good\t/x/live/good/cert.pem\n" +
                                   good + '\n';
        QList<CertificateInfo> certificates;
        QCOMPARE(CertificateParser::parse(section, 0, &certificates).state, State::Ok);
        QCOMPARE(certificates.size(), 3);
        QVERIFY(!certificates.at(0).error.isEmpty());
        QVERIFY(!certificates.at(1).error.isEmpty());
        QVERIFY(certificates.at(2).error.isEmpty());
    }

    void truncatedPem()
    {
        const QByteArray good =
            read(QStringLiteral("certs/letsencrypt/live/example.test/cert.pem"));
        for (const qsizetype cut :
             {qsizetype(0), qsizetype(30), good.size() / 2, good.size() - 3}) {
            const CertificateInfo info = CertificateParser::parsePem(good.left(cut));
            QVERIFY(!info.error.isEmpty());
        }
    }

    void deniedAndMissing()
    {
        QList<CertificateInfo> certificates;
        QCOMPARE(
            CertificateParser::parse("denied\t/etc/letsencrypt/live\n", 0, &certificates).state,
            State::NeedsPrivileges);
        QCOMPARE(
            CertificateParser::parse("missing\t/etc/letsencrypt/live\n", 0, &certificates).state,
            State::Failed);
        QCOMPARE(CertificateParser::parse("", 0, &certificates).state, State::Ok); // none found
        QCOMPARE(
            CertificateParser::parse("\x1b[31mcert\t/a\t/a/cert.pem\n", 0, &certificates).state,
            State::Unparseable);
        QCOMPARE(
            CertificateParser::parse("Welcome!\ncert\t/a\t/a/cert.pem\n", 0, &certificates).state,
            State::Unparseable);
    }
};

QTEST_GUILESS_MAIN(TestProbeCertificates)
#include "tst_probe_certificates.moc"
