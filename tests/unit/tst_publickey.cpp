// Public keys and fingerprints, compared with what ssh-keygen prints for the same key.
#include "ssh/PublicKey.h"

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

class TestPublicKey : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintMatchesSshKeygen_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("bits");
        QTest::addColumn<QString>("label");
        QTest::newRow("ed25519") << QStringLiteral("ed25519") << QString()
                                 << QStringLiteral("ED25519");
        QTest::newRow("ecdsa-256")
            << QStringLiteral("ecdsa") << QStringLiteral("256") << QStringLiteral("ECDSA");
        QTest::newRow("ecdsa-384")
            << QStringLiteral("ecdsa") << QStringLiteral("384") << QStringLiteral("ECDSA");
        QTest::newRow("ecdsa-521")
            << QStringLiteral("ecdsa") << QStringLiteral("521") << QStringLiteral("ECDSA");
        QTest::newRow("rsa-2048") << QStringLiteral("rsa") << QStringLiteral("2048")
                                  << QStringLiteral("RSA");
    }

    void fingerprintMatchesSshKeygen()
    {
        QFETCH(QString, type);
        QFETCH(QString, bits);
        QFETCH(QString, label);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key"));
        QStringList args = {QStringLiteral("-q"),
                            QStringLiteral("-t"),
                            type,
                            QStringLiteral("-N"),
                            QString(),
                            QStringLiteral("-C"),
                            QStringLiteral("me@example.test"),
                            QStringLiteral("-f"),
                            path};
        if (!bits.isEmpty())
            args << QStringLiteral("-b") << bits;
        int rc = -1;
        test::runProgram(QStringLiteral("ssh-keygen"), args, &rc);
        QCOMPARE(rc, 0);
        const QString expected = QString::fromUtf8(
            test::runProgram(QStringLiteral("ssh-keygen"),
                             {QStringLiteral("-lf"), path + QStringLiteral(".pub")})
                .trimmed());
        QFile pub(path + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QString line = QString::fromUtf8(pub.readAll()).trimmed();
        const PublicKey key = PublicKey::fromAuthorizedKeysLine(line);
        QVERIFY(key.isValid());
        QCOMPARE(key.typeLabel(), label);
        QCOMPARE(key.fingerprintLine(QStringLiteral("me@example.test")), expected);
        QCOMPARE(key.authorizedKeysLine(QStringLiteral("me@example.test")), line);
    }

    void garbageIsInvalid()
    {
        QVERIFY(!PublicKey::fromBlob(QByteArray()).isValid());
        QVERIFY(!PublicKey::fromBlob(QByteArray("\0\0\0\x0bssh-ed25519", 15)).isValid());
        QVERIFY(!PublicKey::fromAuthorizedKeysLine(QStringLiteral("ssh-ed25519 ###")).isValid());
        QVERIFY(!PublicKey::fromBlob(QByteArray("\xff\xff\xff\xff", 4)).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPublicKey)
#include "tst_publickey.moc"
