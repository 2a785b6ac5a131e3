// TerminalSanitizer: what a server may and may not send to the operator's terminal through
// vigie-cli (issue 17). Every case is also fed one byte at a time: sequences split anywhere.
#include "core/TerminalSanitizer.h"

#include <QtTest>

using namespace vigie;

namespace {

QByteArray whole(const QByteArray& in)
{
    TerminalSanitizer s;
    QByteArray out = s.feed(in);
    return out + s.finish();
}

QByteArray byteByByte(const QByteArray& in)
{
    TerminalSanitizer s;
    QByteArray out;
    for (const char c : in)
        out += s.feed(QByteArray(1, c));
    return out + s.finish();
}

} // namespace

class TestTerminalSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void sanitizes_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("plain") << QByteArray("GET /health 200\n\tok\n")
                               << QByteArray("GET /health 200\n\tok\n");
        QTest::newRow("utf-8") << QByteArray("Clínica 漢字 \xf0\x9f\x98\x80\n")
                               << QByteArray("Clínica 漢字 \xf0\x9f\x98\x80\n");
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
        QTest::newRow("SGR colours") << QByteArray("\x1b[1;31mred\x1b[0m \x1b[38:5:196mx\x1b[m")
                                     << QByteArray("\x1b[1;31mred\x1b[0m \x1b[38:5:196mx\x1b[m");
        QTest::newRow("OSC title, BEL") << QByteArray("a\x1b]0;pwned\x07z") << QByteArray("az");
        QTest::newRow("OSC 52 clipboard, ST")
            << QByteArray("a\x1b]52;c;cm0gLXJmIH4=\x1b\\z") << QByteArray("az");
        QTest::newRow("OSC 8 hyperlink")
            << QByteArray("\x1b]8;;http://evil.test\x1b\\x\x1b]8;;\x1b\\") << QByteArray("x");
        QTest::newRow("DCS") << QByteArray("a\x1bP+q544e\x1b\\z") << QByteArray("az");
        QTest::newRow("APC, PM, SOS")
            << QByteArray("\x1b_x\x1b\\\x1b^y\x1b\\\x1bXz\x1b\\ok") << QByteArray("ok");
        QTest::newRow("clear screen")
            << QByteArray("\x1b[2J\x1b[Hfake prompt") << QByteArray("fake prompt");
        QTest::newRow("cursor up, erase line")
            << QByteArray("real\n\x1b[1A\x1b[Kfake\n") << QByteArray("real\nfake\n");
        QTest::newRow("device status report")
            << QByteArray("\x1b[6n\x1b[c\x1b[>0c") << QByteArray();
        QTest::newRow("private modes") << QByteArray("\x1b[?1049h\x1b[?25lx") << QByteArray("x");
        QTest::newRow("SGR-like but private")
            << QByteArray("\x1b[>4;2m\x1b[ mx") << QByteArray("x");
        QTest::newRow("other ESC") << QByteArray("\x1b"
                                                 "c\x1b"
                                                 "7\x1b(0\x1b#8x")
                                   << QByteArray("x");
        QTest::newRow("C0 controls")
            << QByteArray("abc\b\b\bxyz\x07\x0b\x0c\x0e\x0f\x7f!") << QByteArray("abcxyz!");
        QTest::newRow("lone CR") << QByteArray("secret\rpublic\n")
                                 << QByteArray("secret\npublic\n");
        QTest::newRow("CR at the end") << QByteArray("50%\r") << QByteArray("50%\n");
        QTest::newRow("C1 as UTF-8") << QByteArray("a\xc2\x9b"
                                                   "2Jb\xc2\x9d"
                                                   "0;t\xc2\x9c"
                                                   "c")
                                     << QByteArray("a2Jb0;tc");
        QTest::newRow("raw 8-bit CSI") << QByteArray("a\x9b"
                                                     "2Jb")
                                       << QByteArray("a?2Jb");
        QTest::newRow("invalid UTF-8") << QByteArray("\xff\xc3(\xe2\x82")
                                       << QByteArray("?"
                                                     "?(?");
        QTest::newRow("overlong, surrogate")
            << QByteArray("\xc0\xaf\xed\xa0\x80") << QByteArray("?????");
        QTest::newRow("CAN aborts") << QByteArray("\x1b]0;t\x18ok") << QByteArray("ok");
        QTest::newRow("ESC ESC [") << QByteArray("\x1b\x1b[31mr") << QByteArray("\x1b[31mr");
        QTest::newRow("unfinished at the end")
            << QByteArray("ok\x1b]0;never ends") << QByteArray("ok");
    }
    void sanitizes()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(whole(in), out);
        QCOMPARE(byteByByte(in), out);
    }

    void endlessStringGivesUp()
    {
        // An OSC that never ends: after MaxStringBytes what follows is text again (filtered),
        // so a stray ESC ] in binary output does not swallow the rest.
        const QByteArray in =
            "\x1b]" + QByteArray(TerminalSanitizer::MaxStringBytes + 1, 'x') + "visible\n";
        QCOMPARE(whole(in), QByteArray("visible\n"));
        QByteArray longCsi = "\x1b[" + QByteArray(TerminalSanitizer::MaxCsiBytes + 10, '1') + "Hz";
        QVERIFY(!whole(longCsi).contains('\x1b'));
    }
};

QTEST_GUILESS_MAIN(TestTerminalSanitizer)
#include "tst_terminalsanitizer.moc"
