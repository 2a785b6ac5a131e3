// Property test of the one quoting function (issue 7, point 10): thousands of random byte
// strings (every byte but NUL) go through shellQuote and come back exactly from a real sh,
// also when the quoted command is itself quoted again and run by `sh -c`, as ssh does with the
// remote command line. Batched: a few shell processes for thousands of cases.
#include "core/ShellQuote.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace vigie;

namespace {

// Random strings biased towards what breaks quoting: quotes, backslashes, $, backticks,
// newlines, globs, dashes, high bytes (invalid UTF-8) and long runs.
QByteArray randomSample(QRandomGenerator& random)
{
    static const QByteArray nasty = "'\"\\$`\n\r\t !*?[]{}()<>|&;#~=%-^ \x7f\x80\xff\xc3\xa9";
    const int length = random.bounded(100) < 5 ? random.bounded(2000) : random.bounded(40);
    QByteArray sample;
    sample.reserve(length);
    for (int i = 0; i < length; ++i) {
        if (random.bounded(2) == 0)
            sample += nasty.at(random.bounded(int(nasty.size())));
        else
            sample += char(1 + random.bounded(255)); // any byte but NUL
    }
    return sample;
}

// Runs `script` with `shell -s` and returns the NUL-separated strings it printed.
QList<QByteArray> runBatch(const QString& shell, const QByteArray& script)
{
    QProcess process;
    process.start(shell, {QStringLiteral("-s")});
    if (!process.waitForStarted())
        return {};
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    QList<QByteArray> printed = process.readAllStandardOutput().split('\0');
    printed.removeLast(); // after the last terminator
    return printed;
}

QByteArray printCommand(const QByteArray& sample)
{
    return "printf '%s\\0' " + shellQuote(sample);
}

} // namespace

class TestHardeningShellQuote : public QObject
{
    Q_OBJECT

private:
    void roundTrip(const QString& shell, int count, bool nested)
    {
        QRandomGenerator random(nested ? 20261123 : 7);
        QList<QByteArray> samples;
        QByteArray script;
        for (int i = 0; i < count; ++i) {
            const QByteArray sample = randomSample(random);
            samples << sample;
            // Nested: the whole command quoted once more and handed to `sh -c`, like the
            // command line ssh passes to the login shell.
            script +=
                (nested ? "sh -c " + shellQuote(printCommand(sample)) : printCommand(sample)) +
                '\n';
        }
        const QList<QByteArray> printed = runBatch(shell, script);
        QCOMPARE(printed.size(), samples.size());
        for (int i = 0; i < samples.size(); ++i)
            QVERIFY2(printed.at(i) == samples.at(i),
                     qPrintable(QStringLiteral("case %1: %2 came back as %3")
                                    .arg(i)
                                    .arg(QString::fromLatin1(samples.at(i).toHex()),
                                         QString::fromLatin1(printed.at(i).toHex()))));
    }

private slots:
    void randomBytesThroughSh() { roundTrip(QStringLiteral("/bin/sh"), 5000, false); }

    void randomBytesThroughShTwice() { roundTrip(QStringLiteral("/bin/sh"), 300, true); }

    void randomBytesThroughBash()
    {
        // The login shell on most servers: bash, which has more expansions than dash.
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        QVERIFY2(!bash.isEmpty(), "bash is part of the test environment");
        roundTrip(bash, 3000, false);
    }

    void unicodeStringsThroughSh()
    {
        QRandomGenerator random(42);
        QStringList samples;
        QByteArray script;
        for (int i = 0; i < 1000; ++i) {
            QString sample;
            const int length = random.bounded(30);
            for (int j = 0; j < length; ++j) {
                char32_t code = 1 + random.bounded(0x2ffff);
                if (code >= 0xd800 && code <= 0xdfff)
                    code = u'\''; // surrogates are not characters
                sample += QString::fromUcs4(&code, 1);
            }
            samples << sample;
            script += "printf '%s\\0' " + shellQuote(sample).toUtf8() + '\n';
        }
        const QList<QByteArray> printed = runBatch(QStringLiteral("/bin/sh"), script);
        QCOMPARE(printed.size(), samples.size());
        for (int i = 0; i < samples.size(); ++i)
            QCOMPARE(QString::fromUtf8(printed.at(i)), samples.at(i));
    }

    void commandArgumentsStayArguments()
    {
        // shellCommand: each argument arrives as one argv entry, whatever it holds.
        const QStringList argv{QStringLiteral("printf"),
                               QStringLiteral("[%s]"),
                               QStringLiteral("-n"),
                               QStringLiteral("a b"),
                               QStringLiteral("$(id)"),
                               QStringLiteral("`id`"),
                               QStringLiteral("x\ny"),
                               QStringLiteral("'; rm -rf /tmp/nothing #"),
                               QString()};
        const QList<QByteArray> printed =
            runBatch(QStringLiteral("/bin/sh"), shellCommand(argv).toUtf8() + " && printf '\\0'\n");
        QCOMPARE(printed.size(), 1);
        QCOMPARE(printed.at(0),
                 QByteArray("[-n][a b][$(id)][`id`][x\ny]['; rm -rf /tmp/nothing #][]"));
    }
};

QTEST_GUILESS_MAIN(TestHardeningShellQuote)
#include "tst_hardening_shellquote.moc"
