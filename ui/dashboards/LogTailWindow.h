#pragma once

#include <QStringDecoder>
#include <QWidget>

class QAction;
class QLabel;

namespace vigie {

class LogView;

// A window following one log live ("Logs — server — source"). Non-modal, deletes itself when
// closed. The owner of the stream feeds appendOutput() and finished(); Stop (or closing the
// window) emits stopRequested() so the owner can end the remote command.
class LogTailWindow : public QWidget
{
    Q_OBJECT
public:
    LogTailWindow(const QString& serverName, const QString& sourceTitle, QWidget* parent = nullptr);

    LogView* logView() const { return m_view; }
    bool isRunning() const { return m_running; }

public slots:
    void appendOutput(const QByteArray& chunk); // UTF-8, any split
    void finished(const QString& message);      // empty: ended normally

signals:
    void stopRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateStatus();

    LogView* m_view;
    QAction* m_stopAction;
    QLabel* m_status;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    bool m_running = true;
    QString m_endMessage;
};

} // namespace vigie
