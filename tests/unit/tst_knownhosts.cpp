// known_hosts parsing and matching, on files written by OpenSSH's own tools.
#include "ssh/KnownHosts.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

class TestKnownHosts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PublicKey m_ed25519;
    PublicKey m_ecdsa;
    QString m_ed25519Line;

    PublicKey generate(const QString& type, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        int rc = -1;
        test::runProgram(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"),
                          QString(), QStringLiteral("-f"), path},
                         &rc);
        QFile pub(path + QStringLiteral(".pub"));
        if (rc != 0 || !pub.open(QIODevice::ReadOnly))
            return {};
        return PublicKey::fromAuthorizedKeysLine(QString::fromUtf8(pub.readAll()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ed25519 = generate(QStringLiteral("ed25519"), QStringLiteral("host_ed25519"));
        m_ecdsa = generate(QStringLiteral("ecdsa"), QStringLiteral("host_ecdsa"));
        QVERIFY(m_ed25519.isValid());
        QVERIFY(m_ecdsa.isValid());
    }

    void hostPatternUsesBracketsForCustomPorts()
    {
        QCOMPARE(KnownHosts::hostPattern(QStringLiteral("example.test"), 22),
                 QStringLiteral("example.test"));
        QCOMPARE(KnownHosts::hostPattern(QStringLiteral("127.0.0.1"), 2222),
                 QStringLiteral("[127.0.0.1]:2222"));
    }

    void formatLineRoundTrips()
    {
        KnownHosts hosts;
        const QByteArray line =
            KnownHosts::formatLine(QStringLiteral("127.0.0.1"), 2222, m_ed25519).toUtf8();
        QVERIFY(line.startsWith("[127.0.0.1]:2222 ssh-ed25519 AAAA"));
        KnownHosts::ParseError error;
        QVERIFY(hosts.parse(line + '\n', QStringLiteral("mem"), &error));
        QCOMPARE(hosts.check(QStringLiteral("127.0.0.1"), 2222, m_ed25519).match,
                 KnownHosts::Match::Known);
        // Port matters: the same host on 22 is another host for known_hosts.
        QCOMPARE(hosts.check(QStringLiteral("127.0.0.1"), 22, m_ed25519).match,
                 KnownHosts::Match::Unknown);
    }

    void changedKeyOfSameTypeIsChanged()
    {
        const PublicKey other =
            generate(QStringLiteral("ed25519"), QStringLiteral("other_ed25519"));
        KnownHosts hosts;
        QVERIFY(hosts.parse(
            "# comment\n\n" +
                KnownHosts::formatLine(QStringLiteral("h.example.test"), 22, m_ed25519).toUtf8(),
            QStringLiteral("kh"), nullptr));
        const auto result = hosts.check(QStringLiteral("h.example.test"), 22, other);
        QCOMPARE(result.match, KnownHosts::Match::Changed);
        QCOMPARE(result.entry.line, 3);
        QCOMPARE(result.entry.key.fingerprintSha256(), m_ed25519.fingerprintSha256());
    }

    void otherTypeKnownIsNotAPlainFirstContact()
    {
        KnownHosts hosts;
        QVERIFY(hosts.parse(
            KnownHosts::formatLine(QStringLiteral("h.example.test"), 22, m_ecdsa).toUtf8(),
            QStringLiteral("kh"), nullptr));
        const auto result = hosts.check(QStringLiteral("h.example.test"), 22, m_ed25519);
        QCOMPARE(result.match, KnownHosts::Match::OtherTypesKnown);
        QCOMPARE(result.otherKnownTypes, QStringList{QStringLiteral("ecdsa-sha2-nistp256")});
    }

    void hashedEntriesWrittenByOpenSshMatch()
    {
        // ssh-keygen -H hashes a plain file in place: the result must still match.
        const QString path = m_dir.filePath(QStringLiteral("hashed_known_hosts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(KnownHosts::formatLine(QStringLiteral("127.0.0.1"), 2222, m_ed25519).toUtf8() +
                   '\n');
        file.write(KnownHosts::formatLine(QStringLiteral("db.example.test"), 22, m_ecdsa).toUtf8() +
                   '\n');
        file.close();
        int rc = -1;
        test::runProgram(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-H"), QStringLiteral("-f"), path}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray hashed = file.readAll();
        QVERIFY(hashed.startsWith("|1|"));
        KnownHosts hosts;
        KnownHosts::ParseError error;
        QVERIFY2(hosts.parse(hashed, path, &error), qPrintable(error.reason));
        QCOMPARE(hosts.check(QStringLiteral("127.0.0.1"), 2222, m_ed25519).match,
                 KnownHosts::Match::Known);
        QCOMPARE(hosts.check(QStringLiteral("db.example.test"), 22, m_ecdsa).match,
                 KnownHosts::Match::Known);
        QCOMPARE(hosts.check(QStringLiteral("other.example.test"), 22, m_ecdsa).match,
                 KnownHosts::Match::Unknown);
    }

    void wildcardsAndNegation()
    {
        KnownHosts hosts;
        const QByteArray blob = m_ed25519.authorizedKeysLine(QString()).toUtf8();
        QVERIFY(hosts.parse("*.example.test,!bad.example.test " + blob + '\n', QStringLiteral("kh"),
                            nullptr));
        QCOMPARE(hosts.check(QStringLiteral("web1.example.test"), 22, m_ed25519).match,
                 KnownHosts::Match::Known);
        QCOMPARE(hosts.check(QStringLiteral("bad.example.test"), 22, m_ed25519).match,
                 KnownHosts::Match::Unknown);
    }

    void revokedKeyIsRefused()
    {
        KnownHosts hosts;
        const QByteArray line =
            KnownHosts::formatLine(QStringLiteral("h.example.test"), 22, m_ed25519).toUtf8();
        QVERIFY(hosts.parse(line + "\n@revoked " + line + '\n', QStringLiteral("kh"), nullptr));
        const auto result = hosts.check(QStringLiteral("h.example.test"), 22, m_ed25519);
        QCOMPARE(result.match, KnownHosts::Match::Revoked);
        QCOMPARE(result.entry.line, 2);
    }

    void invalidLinesFailClosedNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << QByteArray("this is not a known_hosts line")
                                 << QStringLiteral("key type");
        QTest::newRow("one field") << QByteArray("justonefield") << QStringLiteral("expected");
        QTest::newRow("key-shaped garbage")
            << QByteArray("host some-type abcd") << QStringLiteral("parse");
        QTest::newRow("bad base64")
            << QByteArray("host ssh-ed25519 !!!notbase64!!!") << QStringLiteral("base64");
        QTest::newRow("type mismatch")
            << ("host ssh-rsa " + m_ed25519.blob().toBase64()) << QStringLiteral("type");
        QTest::newRow("truncated key")
            << ("host ssh-ed25519 " + m_ed25519.blob().left(20).toBase64())
            << QStringLiteral("parse");
        QTest::newRow("5 KB line") << QByteArray(5000, 'A') << QStringLiteral("expected");
        QTest::newRow("huge line")
            << QByteArray(KnownHosts::MaxLineLength + 1, 'A') << QStringLiteral("too long");
        QTest::newRow("cert authority") << ("@cert-authority *.example.test " +
                                            m_ed25519.authorizedKeysLine(QString()).toUtf8())
                                        << QStringLiteral("cert-authority");
        QTest::newRow("unknown marker")
            << ("@trusted host " + m_ed25519.authorizedKeysLine(QString()).toUtf8())
            << QStringLiteral("marker");
        QTest::newRow("bad hash") << ("|1|abc|def ssh-ed25519 " + m_ed25519.blob().toBase64())
                                  << QStringLiteral("hashed");
        QTest::newRow("invalid utf8")
            << QByteArray("h\xff\xfe ssh-ed25519 AAAA") << QStringLiteral("UTF-8");
    }

    void invalidLinesFailClosedNamingTheLine()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        const QByteArray good =
            KnownHosts::formatLine(QStringLiteral("ok.example.test"), 22, m_ed25519).toUtf8();
        KnownHosts hosts;
        KnownHosts::ParseError error;
        QVERIFY(!hosts.parse(good + '\n' + bad + '\n' + good + '\n',
                             QStringLiteral("/x/known_hosts"), &error));
        QCOMPARE(error.line, 2);
        QCOMPARE(error.file, QStringLiteral("/x/known_hosts"));
        QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
    }

    void appendAndForget()
    {
        const QString path = m_dir.filePath(QStringLiteral("vigie/known_hosts"));
        QString error;
        QVERIFY(KnownHosts::append(path, QStringLiteral("127.0.0.1"), 2222, m_ed25519, &error));
        QVERIFY(KnownHosts::append(path, QStringLiteral("db.example.test"), 22, m_ecdsa, &error));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        QCOMPARE(KnownHosts::forget(path, QStringLiteral("127.0.0.1"), 2222, &error), 1);
        KnownHosts hosts;
        QVERIFY(hosts.load({path}, nullptr));
        QCOMPARE(hosts.entries().size(), 1);
        QCOMPARE(hosts.entries().first().patterns, QStringList{QStringLiteral("db.example.test")});
        QCOMPARE(KnownHosts::forget(path, QStringLiteral("127.0.0.1"), 2222, &error), 0);
    }

    void missingFileIsEmpty()
    {
        KnownHosts hosts;
        QVERIFY(hosts.load({m_dir.filePath(QStringLiteral("does-not-exist"))}, nullptr));
        QVERIFY(hosts.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
