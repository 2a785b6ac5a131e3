// The exit-status marker: what proves a command really finished, stripped from stderr.
#include "ssh/ExitStatusMarker.h"

#include "TestSupport.h"

#include <QtTest>

using namespace vigie;

class TestExitStatusMarker : public QObject
{
    Q_OBJECT

private:
    // Feeds `stream` in chunks of `chunk` bytes; returns what passed through.
    static QByteArray feed(ExitStatusMarker& marker, const QByteArray& stream, int chunk)
    {
        QByteArray out;
        for (qsizetype i = 0; i < stream.size(); i += chunk)
            out += marker.filter(stream.mid(i, chunk));
        return out + marker.finish();
    }

private slots:
    void markerIsStrippedWhateverTheChunking()
    {
        const QByteArray marker = "\036vigie-exit-abc:42\036";
        const QByteArray stderrText = "warning: something\n\036 a lone separator\n";
        for (int chunk : {1, 2, 3, 7, 64}) {
            ExitStatusMarker filter(QByteArrayLiteral("abc"));
            QCOMPARE(feed(filter, stderrText + marker, chunk), stderrText);
            QVERIFY(filter.exitCode().has_value());
            QCOMPARE(*filter.exitCode(), 42);
        }
    }

    void pidAnnouncementIsParsedAndStripped()
    {
        const QByteArray stream = "\036vigie-pid-abc:4242\036oops\n\036vigie-exit-abc:3\036";
        for (int chunk : {1, 5, 100}) {
            ExitStatusMarker filter(QByteArrayLiteral("abc"));
            QCOMPARE(feed(filter, stream, chunk), QByteArray("oops\n"));
            QCOMPARE(filter.remotePid().value_or(0), 4242);
            QCOMPARE(filter.exitCode().value_or(-1), 3);
        }
    }

    void foreignNonceIsNotAStatus()
    {
        ExitStatusMarker filter(QByteArrayLiteral("abc"));
        const QByteArray fake = "\036vigie-exit-zzz:0\036";
        QCOMPARE(feed(filter, fake, 4), fake);
        QVERIFY(!filter.exitCode().has_value());
    }

    void truncatedMarkerIsPassedOnAndUnknown()
    {
        ExitStatusMarker filter(QByteArrayLiteral("abc"));
        const QByteArray partial = "out\036vigie-exit-abc:4";
        QCOMPARE(feed(filter, partial, 5), partial);
        QVERIFY(!filter.exitCode().has_value());
    }

    void wrappedCommandReportsItsStatusThroughARealShell()
    {
        for (int code : {0, 1, 42}) {
            ExitStatusMarker filter(QByteArrayLiteral("n1"));
            const QByteArray command =
                filter.wrap("echo out; echo err >&2; exit " + QByteArray::number(code));
            QProcess sh;
            sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(command)});
            QVERIFY(sh.waitForStarted(10000));
            const qint64 pid = sh.processId();
            QVERIFY(sh.waitForFinished(10000));
            QCOMPARE(sh.exitCode(), code);
            QCOMPARE(sh.readAllStandardOutput(), QByteArray("out\n"));
            QCOMPARE(feed(filter, sh.readAllStandardError(), 3), QByteArray("err\n"));
            // `exec sh -c` keeps the PID: the announced one is the process sshd would start.
            QCOMPARE(filter.remotePid().value_or(0), pid);
            QVERIFY(filter.exitCode().has_value());
            QCOMPARE(*filter.exitCode(), code);
        }
    }

    void commandWithQuotesSurvivesWrapping()
    {
        ExitStatusMarker filter(QByteArrayLiteral("n2"));
        const QByteArray command = filter.wrap("printf '%s\\n' \"it's\" '$HOME' `echo x`");
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(command)});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.readAllStandardOutput(), QByteArray("it's\n$HOME\nx\n"));
    }
};

QTEST_GUILESS_MAIN(TestExitStatusMarker)
#include "tst_exitstatusmarker.moc"
