// LogView bounds what it keeps by characters, not only by lines: a step that prints one endless
// line (200 MB without a newline here) or very long lines never grows the window's memory
// without bound, and the view says how much of a line it did not show.
#include "widgets/LogView.h"

#include <QFile>
#include <QTextBlock>
#include <QtTest>

using namespace vigie;

namespace {

// Resident memory of this process in KiB (Linux), -1 elsewhere.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestLogViewBound : public QObject
{
    Q_OBJECT

private slots:
    void endlessLineIsCut()
    {
        LogView view;
        view.resize(800, 400);
        view.show();
        const qint64 before = residentKiB();
        // 200 MB of output without a newline, in 1 MiB chunks as a stream delivers it.
        const QString chunk(1024 * 1024, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i) {
            view.appendText(chunk);
            QCoreApplication::processEvents();
            QVERIFY(view.document()->characterCount() <= LogView::MaxLineLength + 1);
        }
        view.appendText(QStringLiteral("\nnext line\n"));
        view.flushAll();
        const qint64 after = residentKiB();
        qInfo("RSS %lld KiB before, %lld KiB after 200 MB without a newline (ASan quarantine "
              "included)",
              before, after);
        const QString first = view.document()->firstBlock().text();
        QVERIFY(first.startsWith(QString(LogView::MaxLineLength, QLatin1Char('x'))));
        QVERIFY2(first.endsWith(QStringLiteral("character(s) of this line not shown]")) ||
                     first.endsWith(QStringLiteral("characters of this line not shown]")),
                 qPrintable(first.right(80)));
        QVERIFY2(
            first.contains(QString::number(200LL * 1024 * 1024 - LogView::MaxLineLength)) ||
                first.contains(QLocale().toString(200LL * 1024 * 1024 - LogView::MaxLineLength)),
            qPrintable(first.right(80)));
        QCOMPARE(view.document()->findBlockByNumber(1).text(), QStringLiteral("next line"));
        QVERIFY(view.document()->characterCount() < 2 * LogView::MaxLineLength);
    }

    void longLinesAreBoundedInTotal()
    {
        LogView view;
        view.setMaximumBlockCount(100000); // lines alone would let 100 000 x 16 KiB through
        const QString line = QString(LogView::MaxLineLength, QLatin1Char('y')) + QLatin1Char('\n');
        for (int i = 0; i < 600; ++i)
            view.appendText(line);
        view.flushAll();
        QVERIFY2(view.document()->characterCount() <=
                     LogView::MaxCharacters + LogView::MaxLineLength,
                 qPrintable(QString::number(view.document()->characterCount())));
        QVERIFY(view.document()->blockCount() < 600);

        // Paused, the lines wait: bounded by characters as well.
        view.clearLog();
        view.setPaused(true);
        for (int i = 0; i < 1200; ++i)
            view.appendText(line);
        QVERIFY2(view.pendingLineCount() * LogView::MaxLineLength <= 2 * LogView::MaxCharacters,
                 qPrintable(QString::number(view.pendingLineCount())));
        QVERIFY(view.skippedLineCount() > 0);
    }
};

QTEST_MAIN(TestLogViewBound)
#include "tst_logviewbound.moc"
