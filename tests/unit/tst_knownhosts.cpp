// known_hosts parsing and matching, on files written by OpenSSH's own tools.
#include "ssh/KnownHosts.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>

using namespace vigie;

class TestKnownHosts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PublicKey m_ed25519;
    PublicKey m_ecdsa;
    QString m_ed25519Line;

    QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    bool writeFile(const QString& path, const QByteArray& contents)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(contents) == contents.size();
    }

    // A known_hosts file hashed in place by OpenSSH's own ssh-keygen -H.
    bool hashWithSshKeygen(const QString& path)
    {
        int rc = -1;
        test::runProgram(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-H"), QStringLiteral("-f"), path}, &rc);
        QFile::remove(path + QStringLiteral(".old"));
        return rc == 0 && readFile(path).startsWith("|1|");
    }

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

    // OpenSSH lowercases the host before hashing it: a server configured with capitals must
    // find its hashed entry, so that a different key reads "changed", not "first contact".
    void hashedEntriesMatchWhateverTheCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("hashed_case"));
        QVERIFY(writeFile(path, "web1.example.test " +
                                    m_ed25519.authorizedKeysLine(QString()).toUtf8() +
                                    "\n[db.example.test]:2222 " +
                                    m_ecdsa.authorizedKeysLine(QString()).toUtf8() + '\n'));
        QVERIFY(hashWithSshKeygen(path));
        KnownHosts hosts;
        KnownHosts::ParseError error;
        QVERIFY2(hosts.load({path}, &error), qPrintable(error.reason));
        QCOMPARE(hosts.check(QStringLiteral("Web1.Example.TEST"), 22, m_ed25519).match,
                 KnownHosts::Match::Known);
        const PublicKey impostor =
            generate(QStringLiteral("ed25519"), QStringLiteral("impostor_ed25519"));
        QVERIFY(impostor.isValid());
        QCOMPARE(hosts.check(QStringLiteral("Web1.Example.TEST"), 22, impostor).match,
                 KnownHosts::Match::Changed);
        QCOMPARE(hosts.check(QStringLiteral("DB.example.test"), 2222, m_ecdsa).match,
                 KnownHosts::Match::Known);
        // Written lowercase, as OpenSSH writes it; forgotten whatever the case.
        QVERIFY(KnownHosts::formatLine(QStringLiteral("Web1.Example.TEST"), 2222, m_ed25519)
                    .startsWith(QStringLiteral("[web1.example.test]:2222 ")));
        QString forgetError;
        QCOMPARE(KnownHosts::forget(path, QStringLiteral("WEB1.example.test"), 22, &forgetError),
                 1);
        QVERIFY(hosts.load({path}, nullptr));
        QCOMPARE(hosts.entries().size(), 1);
        QCOMPARE(hosts.check(QStringLiteral("web1.example.test"), 22, impostor).match,
                 KnownHosts::Match::Unknown);
    }

    void invalidHostNamesAreNeverWritten_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("comma") << QStringLiteral("a.example.test,*");
        QTest::newRow("space") << QStringLiteral("a.example.test b");
        QTest::newRow("tab") << QStringLiteral("a\tb");
        QTest::newRow("star") << QStringLiteral("*.example.test");
        QTest::newRow("question mark") << QStringLiteral("web?.example.test");
        QTest::newRow("negation") << QStringLiteral("!a.example.test");
        QTest::newRow("brackets") << QStringLiteral("[a.example.test]:22");
        QTest::newRow("hash") << QStringLiteral("a#b");
        QTest::newRow("hashed marker") << QStringLiteral("|1|abc|def");
        QTest::newRow("at") << QStringLiteral("@revoked");
        QTest::newRow("newline") << QStringLiteral("a.example.test\n* ssh-ed25519 AAAA");
        QTest::newRow("final newline") << QStringLiteral("a.example.test\n");
        QTest::newRow("empty") << QString();
        QTest::newRow("option") << QStringLiteral("-oProxyCommand=x");
    }

    void invalidHostNamesAreNeverWritten()
    {
        QFETCH(QString, host);
        QVERIFY(!KnownHosts::isValidHostName(host));
        const QString path = m_dir.filePath(QStringLiteral("validated_known_hosts"));
        const QByteArray before =
            KnownHosts::formatLine(QStringLiteral("ok.example.test"), 22, m_ed25519).toUtf8() +
            '\n';
        QVERIFY(writeFile(path, before));
        QString error;
        QVERIFY(!KnownHosts::append(path, host, 22, m_ecdsa, &error));
        QVERIFY2(error.contains(QStringLiteral("not a valid host name")), qPrintable(error));
        QVERIFY(!error.contains(host) || host.isEmpty());
        QCOMPARE(readFile(path), before);
    }

    void validHostNamesAreAccepted()
    {
        for (const char* host : {"web1.example.test", "Web1.Example.test", "127.0.0.1", "::1",
                                 "fe80::1%eth0", "under_score.example.test", "h"})
            QVERIFY2(KnownHosts::isValidHostName(QString::fromLatin1(host)), host);
    }

    // forget removes the host, not the other hosts written on the same line.
    void forgetKeepsOtherHostsOfAMultiPatternLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("multi_known_hosts"));
        const QByteArray ed = m_ed25519.authorizedKeysLine(QString()).toUtf8();
        const QByteArray ec = m_ecdsa.authorizedKeysLine(QString()).toUtf8();
        // The hashed line for a.example.test, made by ssh-keygen -H.
        const QString hashedPath = m_dir.filePath(QStringLiteral("multi_hashed"));
        QVERIFY(writeFile(hashedPath, "a.example.test " + ec + '\n'));
        QVERIFY(hashWithSshKeygen(hashedPath));
        QVERIFY(writeFile(
            path, "# kept comment\n"
                  "a.example.test,b.example.test " +
                      ed + " two hosts\n" + "@revoked c.example.test,A.EXAMPLE.TEST " + ec + "\n" +
                      readFile(hashedPath) + "*.wild.example.test,!bad.wild.example.test " + ed +
                      '\n' + "a.example.test,!x.example.test " + ec + '\n'));
        QString error;
        QCOMPARE(KnownHosts::forget(path, QStringLiteral("a.example.test"), 22, &error), 4);
        QCOMPARE(QString::fromUtf8(readFile(path)),
                 QString::fromUtf8("# kept comment\n"
                                   "b.example.test " +
                                   ed + " two hosts\n" + "@revoked c.example.test " + ec + "\n" +
                                   "*.wild.example.test,!bad.wild.example.test " + ed + '\n'));
        KnownHosts hosts;
        QVERIFY(hosts.load({path}, nullptr));
        QCOMPARE(hosts.check(QStringLiteral("b.example.test"), 22, m_ed25519).match,
                 KnownHosts::Match::Known);
        QCOMPARE(hosts.check(QStringLiteral("c.example.test"), 22, m_ecdsa).match,
                 KnownHosts::Match::Revoked);
        QCOMPARE(hosts.check(QStringLiteral("a.example.test"), 22, m_ed25519).match,
                 KnownHosts::Match::Unknown);

        // Trusted only through a wildcard that covers other hosts too: said, nothing changed.
        const QByteArray before = readFile(path);
        QCOMPARE(KnownHosts::forget(path, QStringLiteral("web.wild.example.test"), 22, &error), -1);
        QVERIFY2(error.contains(QStringLiteral("wildcard")), qPrintable(error));
        QCOMPARE(readFile(path), before);
    }

    // The GUI and several vigie-cli processes trusting hosts at the same moment: every line
    // written must survive. Real processes (this test binary, re-run as a writer), since the
    // lost update is between processes.
    void concurrentWritersLoseNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("concurrent/known_hosts"));
        constexpr int Writers = 6;
        constexpr int LinesEach = 15;
        const QString keyLine = m_ed25519.authorizedKeysLine(QString());
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int w = 0; w < Writers; ++w) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("VIGIE_KNOWNHOSTS_WRITER"), path);
            env.insert(QStringLiteral("VIGIE_KNOWNHOSTS_WRITER_PREFIX"),
                       QStringLiteral("w%1-").arg(w));
            env.insert(QStringLiteral("VIGIE_KNOWNHOSTS_WRITER_COUNT"), QString::number(LinesEach));
            env.insert(QStringLiteral("VIGIE_KNOWNHOSTS_WRITER_KEY"), keyLine);
            process->setProcessEnvironment(env);
            process->setProcessChannelMode(QProcess::ForwardedChannels);
            process->start(QCoreApplication::applicationFilePath(), {});
            writers.push_back(std::move(process));
        }
        // And this process too, at the same time.
        for (int i = 0; i < LinesEach; ++i) {
            QString error;
            QVERIFY2(KnownHosts::append(path, QStringLiteral("main-%1.example.test").arg(i), 22,
                                        m_ed25519, &error),
                     qPrintable(error));
        }
        for (auto& process : writers) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }
        KnownHosts hosts;
        KnownHosts::ParseError parseError;
        QVERIFY2(hosts.load({path}, &parseError), qPrintable(parseError.reason));
        QCOMPARE(hosts.entries().size(), (Writers + 1) * LinesEach);
        for (int w = 0; w < Writers; ++w) {
            for (int i = 0; i < LinesEach; ++i) {
                const QString host = QStringLiteral("w%1-%2.example.test").arg(w).arg(i);
                QVERIFY2(hosts.check(host, 22, m_ed25519).match == KnownHosts::Match::Known,
                         qPrintable(host));
            }
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void missingFileIsEmpty()
    {
        KnownHosts hosts;
        QVERIFY(hosts.load({m_dir.filePath(QStringLiteral("does-not-exist"))}, nullptr));
        QVERIFY(hosts.entries().isEmpty());
    }
};

// Writer mode for concurrentWritersLoseNothing: appends COUNT hosts named PREFIX<i>.example.test.
static int runWriter()
{
    const QString path = qEnvironmentVariable("VIGIE_KNOWNHOSTS_WRITER");
    const QString prefix = qEnvironmentVariable("VIGIE_KNOWNHOSTS_WRITER_PREFIX");
    const int count = qEnvironmentVariableIntValue("VIGIE_KNOWNHOSTS_WRITER_COUNT");
    const PublicKey key =
        PublicKey::fromAuthorizedKeysLine(qEnvironmentVariable("VIGIE_KNOWNHOSTS_WRITER_KEY"));
    for (int i = 0; i < count; ++i) {
        QString error;
        if (!KnownHosts::append(path, prefix + QStringLiteral("%1.example.test").arg(i), 22, key,
                                &error)) {
            qWarning("append failed: %s", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("VIGIE_KNOWNHOSTS_WRITER"))
        return runWriter();
    TestKnownHosts test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_knownhosts.moc"
