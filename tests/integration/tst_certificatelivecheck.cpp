// CertificateLiveCheck against the fixture's nginx: the desktop TLS-connects to each certificate's
// names (SNI) at the profile's checkAddress and compares what is served with the file.
#include "TestSupport.h"
#include "fleet/ServerProfile.h"
#include "probe/CertificateLiveCheck.h"
#include "probe/CertificateParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

namespace {

struct Result
{
    QString text;
    Health health = Health::Unknown;
};

} // namespace

class TestCertificateLiveCheck : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    ServerProfile m_profile;
    QMap<QString, CertificateInfo> m_certificates; // by live/ directory name

    // Runs a check to its end; results by certificate path, in the order they came.
    QMap<QString, Result> run(const QList<CertificateInfo>& certificates,
                              const ServerProfile& profile, int* finishedCount = nullptr)
    {
        CertificateLiveCheck check;
        QMap<QString, Result> results;
        int finished = 0;
        connect(&check, &CertificateLiveCheck::checked, this,
                [&](const QString& path, const QString& text, Health health) {
                    results.insert(path, {text, health});
                    QCOMPARE(finished, 0); // every `checked` comes before `finished`
                });
        connect(&check, &CertificateLiveCheck::finished, this, [&] { ++finished; });
        check.check(certificates, profile);
        [&] {
            QVERIFY(results.isEmpty());
        }(); // asynchronous: nothing inside check()
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 30000);
        }();
        QTest::qWait(50);
        if (finishedCount)
            *finishedCount = finished;
        return results;
    }

    CertificateInfo certificate(const QString& name) const { return m_certificates.value(name); }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        if (!m_fixture.isValid())
            QFAIL("the fixture is not running (tests/fixtures/sshd-fixture.sh up DIR)");
        QFile json(m_fixture.dir + QStringLiteral("/profile.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QString error;
        m_profile =
            ServerProfile::fromJson(QJsonDocument::fromJson(json.readAll()).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_profile.certificateCheckAddress.startsWith(QLatin1String("127.0.0.1:")),
                 qPrintable(m_profile.certificateCheckAddress));

        for (const char* name : {"example.test", "example.test-0001", "soon.example.test"}) {
            const QString path = m_fixture.dir + QStringLiteral("/letsencrypt/live/") +
                                 QLatin1String(name) + QStringLiteral("/cert.pem");
            QFile pem(path);
            QVERIFY2(pem.open(QIODevice::ReadOnly), qPrintable(path));
            CertificateInfo info = CertificateParser::parsePem(pem.readAll());
            QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
            QCOMPARE(info.sha256.size(), 32);
            info.path = path;
            info.name = QLatin1String(name);
            m_certificates.insert(info.name, info);
        }
    }

    void namesToTry()
    {
        // Exact names first, then a name each wildcard covers.
        QCOMPARE(CertificateLiveCheck::namesToTry(certificate(QStringLiteral("example.test-0001"))),
                 QStringList(
                     {QStringLiteral("example.test"), QStringLiteral("vigie-check.example.test")}));
        CertificateInfo wildcardOnly;
        wildcardOnly.dnsNames = {QStringLiteral("*.example.test")};
        const QStringList names = CertificateLiveCheck::namesToTry(wildcardOnly);
        QCOMPARE(names, QStringList{QStringLiteral("vigie-check.example.test")});
        QVERIFY(wildcardOnly.covers(names.first()));
        QVERIFY(CertificateLiveCheck::namesToTry(CertificateInfo{}).isEmpty());
    }

    void servedCertificatesMatch()
    {
        // nginx: example.test + app.example.test -> live/example.test, soon.example.test ->
        // live/soon.example.test, *.example.test -> live/example.test-0001. The wildcard file is
        // not what example.test serves: it is found through vigie-check.example.test.
        const QList<CertificateInfo> all = m_certificates.values();
        const QMap<QString, Result> results = run(all, m_profile);
        QCOMPARE(results.size(), all.size());
        for (const CertificateInfo& info : all) {
            const Result result = results.value(info.path);
            QVERIFY2(result.health == Health::Ok, qPrintable(info.name + u' ' + result.text));
            QCOMPARE(result.text, QStringLiteral("served (matches the file)"));
        }
    }

    void wildcardOnlyCertificate()
    {
        CertificateInfo wildcard = certificate(QStringLiteral("example.test-0001"));
        wildcard.dnsNames = {QStringLiteral("*.example.test")};
        const Result result = run({wildcard}, m_profile).value(wildcard.path);
        QCOMPARE(result.health, Health::Ok);
    }

    void renewedOnDiskNotReloaded()
    {
        // The file on disk is newer than what nginx loaded: its fingerprint differs from the
        // one served for each of its names.
        CertificateInfo renewed = certificate(QStringLiteral("soon.example.test"));
        renewed.sha256 = QCryptographicHash::hash("renewed on disk", QCryptographicHash::Sha256);
        renewed.path = QStringLiteral("/renewed/soon.example.test/cert.pem");
        const Result result = run({renewed}, m_profile).value(renewed.path);
        QCOMPARE(result.health, Health::Critical);
        // The served certificate's expiry: the original soon.example.test one (~5 days left).
        const QString expiry = QLocale().toString(
            certificate(QStringLiteral("soon.example.test")).notAfter.toLocalTime().date(),
            QLocale::ShortFormat);
        QCOMPARE(result.text,
                 QStringLiteral("nginx serves another certificate (expires %1): reload nginx")
                     .arg(expiry));
    }

    void closedPortIsWarning()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        ServerProfile profile = m_profile;
        profile.certificateCheckAddress = QStringLiteral("127.0.0.1:%1").arg(closedPort);
        const CertificateInfo info = certificate(QStringLiteral("example.test"));
        QElapsedTimer elapsed;
        elapsed.start();
        const Result result = run({info}, profile).value(info.path);
        QCOMPARE(result.health, Health::Warning);
        QVERIFY2(result.text.startsWith(QLatin1String("not reachable from this desktop: ")),
                 qPrintable(result.text));
        QVERIFY2(result.text.contains(QLatin1String("refused")), qPrintable(result.text));
        QVERIFY(elapsed.elapsed() < 4000); // refused at once, not the timeout
    }

    void silentServerTimesOut()
    {
        // Accepts the TCP connection, never answers the TLS hello.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                accepted.append(s);
        });
        ServerProfile profile = m_profile;
        profile.certificateCheckAddress = QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
        const CertificateInfo info = certificate(QStringLiteral("soon.example.test"));
        QElapsedTimer elapsed;
        elapsed.start();
        const Result result = run({info}, profile).value(info.path);
        QCOMPARE(result.health, Health::Warning);
        QVERIFY2(result.text.contains(QLatin1String("no answer within 5 second")),
                 qPrintable(result.text));
        // A coarse QTimer may fire up to 5 % early.
        QVERIFY(elapsed.elapsed() >= CertificateLiveCheck::TimeoutMs * 9 / 10);
        QCOMPARE(accepted.size(), 1);
    }

    void onlyWatchedNamesAreContacted()
    {
        // A certificate file on the server naming hosts the profile does not watch: the desktop
        // connects to none of them (here: nothing reaches the check address at all).
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&listener, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = listener.nextPendingConnection()) {
                ++connections;
                s->deleteLater();
            }
        });
        ServerProfile profile = m_profile;
        profile.certificateCheckAddress = QStringLiteral("127.0.0.1:%1").arg(listener.serverPort());
        CertificateInfo foreign = certificate(QStringLiteral("example.test"));
        foreign.path = QStringLiteral("/foreign/cert.pem");
        foreign.dnsNames = {QStringLiteral("intranet.other.test"), QStringLiteral("*.other.test"),
                            QStringLiteral("example.test.other.test")};
        const Result result = run({foreign}, profile).value(foreign.path);
        QCOMPARE(result.health, Health::Warning);
        QCOMPARE(result.text, QStringLiteral("not checked: none of its names is one the profile "
                                             "watches (health URLs, tenant domain)"));
        QTest::qWait(100);
        QCOMPARE(connections, 0);

        // Without a tenant domain, the health URLs' hosts are what is watched.
        QVERIFY(
            CertificateLiveCheck::isWatched(QStringLiteral("vigie-check.example.test"), m_profile));
        profile = m_profile;
        profile.tenantDomain.clear();
        QVERIFY(CertificateLiveCheck::isWatched(QStringLiteral("App.Example.test"), profile));
        QVERIFY(!CertificateLiveCheck::isWatched(QStringLiteral("example.test"), profile));
        QVERIFY(!CertificateLiveCheck::isWatched(QStringLiteral("evil-example.test"), m_profile));
        const Result app = run({certificate(QStringLiteral("example.test"))}, profile)
                               .value(certificate(QStringLiteral("example.test")).path);
        QCOMPARE(app.health, Health::Ok); // through app.example.test alone
    }

    void emptyListFinishes()
    {
        int finished = 0;
        QVERIFY(run({}, m_profile, &finished).isEmpty());
        QCOMPARE(finished, 1);
    }

    void abortIsSilent()
    {
        CertificateLiveCheck check;
        QSignalSpy checked(&check, &CertificateLiveCheck::checked);
        QSignalSpy finished(&check, &CertificateLiveCheck::finished);
        check.check(m_certificates.values(), m_profile);
        QTest::qWait(1); // connections under way
        check.abort();
        QVERIFY(!check.isRunning());
        QTest::qWait(300);
        QCOMPARE(checked.size() + finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCertificateLiveCheck)
#include "tst_certificatelivecheck.moc"
