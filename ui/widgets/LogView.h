#pragma once

#include <QPlainTextEdit>
#include <QTimer>

class QAction;

namespace vigie {

class LogHighlighter;

// A read-only live log. Output is appended to a pending buffer and shown by a timer every
// FlushIntervalMs, at most maxLinesPerFlush lines per tick, so a process printing thousands
// of lines per second never freezes the window: a tick's lines go in as slices of about
// SliceBudgetMs each (sized from the measured cost per line), the event loop running between
// two slices, and a tick stops once it has spent TickBudgetMs. What cannot be shown in time
// (more than the view keeps) is skipped and said so in the log itself. Pause holds new output
// back; Follow keeps the newest line in view and turns itself off when the operator scrolls up.
class LogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int FlushIntervalMs = 100;
    static constexpr int SliceBudgetMs = 2;
    static constexpr int TickBudgetMs = 15; // at most 15% of the GUI thread for the log
    static constexpr qsizetype MinLinesPerSlice = 16;
    static constexpr int DefaultMaximumLines = 10000;
    // Bytes matter too: one endless line, or long ones, would grow the window without bound.
    // A line keeps its first MaxLineLength characters and says how many it lost; the oldest
    // lines go once the document holds MaxCharacters.
    static constexpr qsizetype MaxLineLength = 16384;
    static constexpr qsizetype MaxCharacters = 4 * 1024 * 1024;

    explicit LogView(QWidget* parent = nullptr);

    // A chunk of output as it arrives: may end in the middle of a line (continued later).
    void appendText(const QString& text);
    void appendLines(const QStringList& lines);
    // Replaces the whole content now (a static log, e.g. the tail of a backup log).
    void setLines(const QStringList& lines);
    // Shows everything pending now, ignoring the per-flush limit (e.g. when a stream ends).
    void flushAll();
    void clearLog();

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);
    void setHighlighting(bool enabled);

    void setMaxLinesPerFlush(int lines) { m_maxLinesPerFlush = qMax(1, lines); }
    qsizetype pendingLineCount() const { return m_pendingLines; }
    qint64 skippedLineCount() const { return m_skippedTotal; }
    qint64 receivedLineCount() const { return m_received; }
    QString statusText() const; // "Paused: 120 new lines", "1,234 lines (56 skipped)"

    QAction* pauseAction() const { return m_pauseAction; }
    QAction* followAction() const { return m_followAction; }
    QAction* clearAction() const { return m_clearAction; }

signals:
    void statusChanged(); // after each flush, pause, follow or clear

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    bool hasPending() const { return m_pendingStart < m_pending.size(); }
    void startTick();
    void flushSlice();
    qsizetype insertPending(qsizetype maxLines);
    void removeOldestBlocks(qsizetype count);
    void trimPending();
    QString capLongLines(const QString& chunk);
    qsizetype blocksOverCharacterLimit(qsizetype incoming) const;
    void scrollToBottom();

    QTimer m_flushTimer; // a tick every FlushIntervalMs while output is pending
    QTimer m_sliceTimer; // the tick's next slice, on the next turn of the event loop
    QString m_pending;
    qsizetype m_lineLength = 0;   // characters kept of the line still open
    qint64 m_lineDropped = 0;     // characters dropped from it
    qsizetype m_pendingStart = 0; // what is before it in m_pending has been shown
    qsizetype m_pendingLines = 0;
    qsizetype m_tickLinesLeft = 0;
    qint64 m_tickSpentNs = 0;
    qsizetype m_linesPerSlice = 100; // adapted to the measured cost of a line
    qint64 m_skippedUnreported = 0;  // said in the log at the next flush
    qint64 m_skippedTotal = 0;
    qint64 m_received = 0;
    int m_maxLinesPerFlush = 2000;
    bool m_paused = false;
    bool m_following = true;
    bool m_scrolling = false;
    LogHighlighter* m_highlighter = nullptr;
    QAction* m_pauseAction;
    QAction* m_followAction;
    QAction* m_clearAction;
};

} // namespace vigie
