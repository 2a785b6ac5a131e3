// The one quoting function: every byte string (NUL aside) survives a real POSIX sh exactly.
#include "core/ShellQuote.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace vigie;

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void knownCases()
    {
        QCOMPARE(shellQuote(QByteArray("plain")), QByteArray("'plain'"));
        QCOMPARE(shellQuote(QByteArray("it's")), QByteArray("'it'\\''s'"));
        QCOMPARE(shellQuote(QByteArray()), QByteArray("''"));
        QCOMPARE(shellCommand({QStringLiteral("ls"), QStringLiteral("-l"), QStringLiteral("a b")}),
                 QStringLiteral("'ls' '-l' 'a b'"));
    }

    void randomBytesRoundTripThroughRealSh()
    {
        // Property test: 200 random strings, every byte value but NUL, in one sh run.
        QRandomGenerator random(20261123);
        QList<QByteArray> samples = {"$(id)", "`id`", "a\nb", "-rf", "'\"\\", "\xc3\xa9t\xc3\xa9"};
        for (int i = 0; i < 200; ++i) {
            QByteArray sample;
            const int length = int(random.bounded(1, 40));
            for (int j = 0; j < length; ++j)
                sample.append(char(random.bounded(1, 256)));
            samples.append(sample);
        }
        QByteArray script;
        for (const QByteArray& sample : std::as_const(samples))
            script += "printf '%s\\0' " + shellQuote(sample) + '\n';
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
        QVERIFY(sh.waitForStarted());
        sh.write(script);
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(20000));
        QCOMPARE(sh.exitCode(), 0);
        const QList<QByteArray> echoed = sh.readAllStandardOutput().split('\0');
        QCOMPARE(echoed.size(), samples.size() + 1);
        for (qsizetype i = 0; i < samples.size(); ++i)
            QCOMPARE(echoed.at(i), samples.at(i));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
