#pragma once

#include <QPlainTextEdit>
#include <QTimer>

class QAction;

namespace vigie {

class LogHighlighter;

// A read-only live log. Output is appended to a pending buffer and shown by a timer every
// FlushIntervalMs, at most maxLinesPerFlush lines at a time, so a process printing thousands
// of lines per second never freezes the window. What cannot be shown in time (more than the
// view keeps) is skipped and said so in the log itself. Pause holds new output back; Follow
// keeps the newest line in view and turns itself off when the operator scrolls up.
class LogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int FlushIntervalMs = 100;
    static constexpr int DefaultMaximumLines = 10000;

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
    void flush(bool all);
    void trimPending();
    void scrollToBottom();

    QTimer m_flushTimer;
    QString m_pending;
    qsizetype m_pendingLines = 0;
    qint64 m_skippedUnreported = 0; // said in the log at the next flush
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
