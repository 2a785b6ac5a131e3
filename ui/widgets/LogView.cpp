#include "LogView.h"

#include "LogHighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace vigie {

namespace {

// Index just after the n-th '\n' of text from `from` (n >= 1), or -1 when there are fewer.
qsizetype afterNthNewline(const QString& text, qsizetype n, qsizetype from = 0)
{
    qsizetype position = from - 1;
    for (qsizetype i = 0; i < n; ++i) {
        position = text.indexOf(QLatin1Char('\n'), position + 1);
        if (position < 0)
            return -1;
    }
    return position + 1;
}

QString cleaned(const QString& text)
{
    QString result = text;
    result.remove(QLatin1Char('\r'));
    if (result.contains(QChar(0x1b))) {
        // Colour codes (pm2 logs, journalctl) are noise in a plain text view.
        static const QRegularExpression ansi(QStringLiteral("\\x1b\\[[0-9;?]*[ -/]*[@-~]"));
        result.remove(ansi);
    }
    return result;
}

} // namespace

LogView::LogView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_pauseAction(new QAction(tr("&Pause"), this))
    , m_followAction(new QAction(tr("&Follow"), this))
    , m_clearAction(new QAction(tr("&Clear"), this))
{
    setObjectName(QStringLiteral("logView"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMaximumBlockCount(DefaultMaximumLines);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter = new LogHighlighter(document());

    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogView::startTick);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &LogView::flushSlice);

    m_pauseAction->setObjectName(QStringLiteral("logPause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause")));
    m_pauseAction->setToolTip(tr("Hold new output back (it is kept and shown when you resume)"));
    connect(m_pauseAction, &QAction::toggled, this, &LogView::setPaused);

    m_followAction->setObjectName(QStringLiteral("logFollow"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setIcon(QIcon::fromTheme(QStringLiteral("go-bottom")));
    m_followAction->setToolTip(tr("Keep the newest line in view"));
    connect(m_followAction, &QAction::toggled, this, &LogView::setFollowing);

    m_clearAction->setObjectName(QStringLiteral("logClear"));
    m_clearAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_clearAction->setToolTip(tr("Clear the lines shown so far"));
    connect(m_clearAction, &QAction::triggered, this, &LogView::clearLog);

    // Only the operator's own scrolling turns Follow off, not lines arriving or being trimmed.
    connect(verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this] {
        if (m_scrolling)
            return;
        QScrollBar* bar = verticalScrollBar();
        setFollowing(bar->sliderPosition() >= bar->maximum());
    });
}

void LogView::appendText(const QString& text)
{
    if (text.isEmpty())
        return;
    const QString chunk = capLongLines(cleaned(text));
    const qsizetype lines = chunk.count(QLatin1Char('\n'));
    m_pending.append(chunk);
    m_pendingLines += lines;
    m_received += lines;
    trimPending();
    if (!m_paused && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogView::appendLines(const QStringList& lines)
{
    if (lines.isEmpty())
        return;
    appendText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void LogView::setLines(const QStringList& lines)
{
    m_pending.clear();
    m_pendingStart = 0;
    m_pendingLines = 0;
    m_sliceTimer.stop();
    m_skippedUnreported = 0;
    m_lineLength = 0;
    m_lineDropped = 0;
    m_received = lines.size();
    QString text = capLongLines(cleaned(lines.join(QLatin1Char('\n')) + QLatin1Char('\n')));
    text.chop(1);
    m_lineLength = 0;
    m_lineDropped = 0;
    setPlainText(text);
    if (m_following)
        scrollToBottom();
    emit statusChanged();
}

void LogView::flushAll()
{
    m_sliceTimer.stop();
    m_flushTimer.stop();
    insertPending(-1);
    emit statusChanged();
}

void LogView::clearLog()
{
    clear();
    m_pending.clear();
    m_pendingStart = 0;
    m_pendingLines = 0;
    m_sliceTimer.stop();
    m_skippedUnreported = 0;
    m_skippedTotal = 0;
    m_received = 0;
    m_lineLength = 0;
    m_lineDropped = 0;
    emit statusChanged();
}

void LogView::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_pauseAction->setChecked(paused);
    if (paused) {
        m_flushTimer.stop();
        m_sliceTimer.stop();
    } else if (hasPending() || m_skippedUnreported > 0) {
        m_flushTimer.start();
    }
    emit statusChanged();
}

void LogView::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    m_followAction->setChecked(following);
    if (following)
        scrollToBottom();
    emit statusChanged();
}

void LogView::setHighlighting(bool enabled)
{
    if (enabled == (m_highlighter != nullptr))
        return;
    if (enabled) {
        m_highlighter = new LogHighlighter(document());
    } else {
        delete m_highlighter;
        m_highlighter = nullptr;
    }
}

QString LogView::statusText() const
{
    QString text = m_paused ? tr("Paused: %Ln new line(s) waiting", "", m_pendingLines)
                            : tr("%Ln line(s) received", "", m_received);
    if (m_skippedTotal > 0)
        text = tr("%1 (%Ln skipped to keep up)", "", m_skippedTotal).arg(text);
    return text;
}

QString LogView::capLongLines(const QString& chunk)
{
    QString kept;
    kept.reserve(qMin(chunk.size(), MaxLineLength + 64));
    qsizetype position = 0;
    while (position < chunk.size()) {
        const qsizetype newline = chunk.indexOf(QLatin1Char('\n'), position);
        const qsizetype end = newline < 0 ? chunk.size() : newline;
        const qsizetype keep =
            qMin(end - position, qMax<qsizetype>(0, MaxLineLength - m_lineLength));
        kept.append(QStringView(chunk).mid(position, keep));
        m_lineLength += keep;
        m_lineDropped += end - position - keep;
        if (newline < 0)
            break;
        if (m_lineDropped > 0)
            kept.append(
                QLatin1Char(' ') +
                tr("[Vigie: %Ln more character(s) of this line not shown]", "", m_lineDropped));
        kept.append(QLatin1Char('\n'));
        m_lineLength = 0;
        m_lineDropped = 0;
        position = newline + 1;
    }
    return kept;
}

// How many of the oldest blocks must go for `incoming` more characters to fit MaxCharacters.
qsizetype LogView::blocksOverCharacterLimit(qsizetype incoming) const
{
    const QTextDocument* doc = document();
    qsizetype excess = doc->characterCount() + incoming - MaxCharacters;
    qsizetype blocks = 0;
    for (QTextBlock block = doc->begin(); excess > 0 && block.isValid(); block = block.next()) {
        excess -= block.length();
        ++blocks;
    }
    return blocks;
}

void LogView::trimPending()
{
    // Keep at most what the view can hold: older pending lines would be trimmed on display
    // anyway. Trim in steps of half the limit so this stays cheap under a flood.
    const qsizetype limit = maximumBlockCount() > 0 ? maximumBlockCount() : 100000;
    qsizetype drop = m_pendingLines > limit + limit / 2 ? m_pendingLines - limit : 0;
    // And by characters: long lines while paused would otherwise pile up.
    if (m_pending.size() - m_pendingStart > 2 * MaxCharacters) {
        const qsizetype keepFrom =
            m_pending.indexOf(QLatin1Char('\n'), m_pending.size() - MaxCharacters);
        if (keepFrom >= m_pendingStart)
            drop = qMax(drop, QStringView(m_pending)
                                  .mid(m_pendingStart, keepFrom + 1 - m_pendingStart)
                                  .count(QLatin1Char('\n')));
    }
    if (drop <= 0)
        return;
    const qsizetype cut = afterNthNewline(m_pending, drop, m_pendingStart);
    if (cut < 0)
        return;
    m_pending.remove(0, cut);
    m_pendingStart = 0;
    m_pendingLines -= drop;
    m_skippedUnreported += drop;
    m_skippedTotal += drop;
}

void LogView::startTick()
{
    m_tickLinesLeft = m_maxLinesPerFlush;
    m_tickSpentNs = 0;
    m_sliceTimer.stop();
    flushSlice();
}

void LogView::flushSlice()
{
    if (m_paused || (!hasPending() && m_skippedUnreported == 0)) {
        m_flushTimer.stop();
        return;
    }
    if (m_tickLinesLeft <= 0 || m_tickSpentNs >= qint64(TickBudgetMs) * 1000000)
        return; // the rest waits for the next tick (and is skipped if it piles up)
    QElapsedTimer clock;
    clock.start();
    const qsizetype lines = insertPending(qMin(m_linesPerSlice, m_tickLinesLeft));
    const qint64 spentNs = qMax<qint64>(1, clock.nsecsElapsed());
    m_tickSpentNs += spentNs;
    m_tickLinesLeft -= qMax<qsizetype>(1, lines);
    if (lines >= MinLinesPerSlice) {
        // Size the next slice from this one's cost per line; halfway there, so one slow slice
        // (the thread preempted, a repaint) does not swing it.
        const double perLineNs = double(spentNs) / double(lines);
        const auto fits = qsizetype(double(SliceBudgetMs) * 1e6 / perLineNs);
        m_linesPerSlice = qBound<qsizetype>(MinLinesPerSlice, (m_linesPerSlice + fits) / 2,
                                            qMax(MinLinesPerSlice, m_maxLinesPerFlush));
    }
    if (!hasPending())
        m_flushTimer.stop();
    else if (m_tickLinesLeft > 0)
        m_sliceTimer.start();
    emit statusChanged();
}

// Shows up to maxLines pending lines (all with -1), with the partial last line when all go;
// returns how many lines were taken from the pending buffer.
qsizetype LogView::insertPending(qsizetype maxLines)
{
    if (!hasPending() && m_skippedUnreported == 0)
        return 0;
    qsizetype lines = m_pendingLines;
    qsizetype cut = m_pending.size();
    if (maxLines >= 0 && m_pendingLines > maxLines) {
        cut = afterNthNewline(m_pending, maxLines, m_pendingStart);
        lines = maxLines;
    }
    // More lines than the view keeps: the oldest would only be trimmed again at once.
    const int limit = maximumBlockCount();
    const qsizetype room = limit > 0 ? qMax(1, limit - 2) : lines; // the marker, the open line
    qsizetype start = m_pendingStart;
    if (lines > room) {
        start = afterNthNewline(m_pending, lines - room, start);
        m_skippedUnreported += lines - room;
        m_skippedTotal += lines - room;
    }
    // More characters than the view keeps: the same, by whole lines.
    if (cut - start > MaxCharacters) {
        const qsizetype fromEnd = m_pending.indexOf(QLatin1Char('\n'), cut - MaxCharacters);
        if (fromEnd >= 0 && fromEnd + 1 < cut) {
            const qsizetype dropped =
                QStringView(m_pending).mid(start, fromEnd + 1 - start).count(QLatin1Char('\n'));
            start = fromEnd + 1;
            m_skippedUnreported += dropped;
            m_skippedTotal += dropped;
        }
    }
    QString text = m_pending.mid(start, cut - start);
    m_pendingLines -= lines;
    m_pendingStart = cut;
    if (m_pendingStart == m_pending.size()) {
        m_pending.clear();
        m_pendingStart = 0;
    } else if (m_pendingStart > m_pending.size() / 2) {
        m_pending.remove(0, m_pendingStart); // now and then: not a copy per slice
        m_pendingStart = 0;
    }

    QTextCursor cursor(document());
    if (m_skippedUnreported > 0) {
        const QString marker =
            tr("[Vigie: %Ln line(s) skipped to keep up]", "", m_skippedUnreported);
        text.prepend(marker + QLatin1Char('\n'));
        if (!document()->lastBlock().text().isEmpty())
            text.prepend(QLatin1Char('\n'));
        m_skippedUnreported = 0;
    }
    m_scrolling = true;
    removeOldestBlocks(
        qMax(document()->blockCount() + text.count(QLatin1Char('\n')) - qMax(0, limit),
             blocksOverCharacterLimit(text.size())));
    cursor.beginEditBlock();
    // setPosition inside an edit block does not lay the block out, movePosition would.
    cursor.setPosition(document()->characterCount() - 1);
    cursor.insertText(text);
    cursor.endEditBlock();
    if (m_following)
        scrollToBottom();
    m_scrolling = false;
    return lines;
}

// Makes room for new lines before they are inserted, so QTextDocument's own maximumBlockCount
// never trims: it moves a cursor block by block over what it removes, which lays out (shapes)
// every removed line, most of them never shown, and under a flood that was most of the cost
// of a flush. In its own edit block: one change at the top, one at the end, not a change
// spanning the whole document that would re-highlight and re-lay out every line.
void LogView::removeOldestBlocks(qsizetype count)
{
    if (count <= 0 || maximumBlockCount() <= 0)
        return;
    QTextDocument* doc = document();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    cursor.setPosition(0);
    if (count >= doc->blockCount())
        cursor.setPosition(doc->characterCount() - 1, QTextCursor::KeepAnchor);
    else
        cursor.setPosition(doc->findBlockByNumber(int(count)).position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    cursor.endEditBlock();
    // Without undo, QTextDocument reclaims the removed text only when asked: this does it
    // once the garbage is large enough (a no-op otherwise).
    doc->setUndoRedoEnabled(false);
}

void LogView::scrollToBottom()
{
    const bool wasScrolling = m_scrolling;
    m_scrolling = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_scrolling = wasScrolling;
}

void LogView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    menu->addAction(m_pauseAction);
    menu->addAction(m_followAction);
    menu->addAction(m_clearAction);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace vigie
