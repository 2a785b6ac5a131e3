#include "LogTailWindow.h"

#include "widgets/LogView.h"
#include "widgets/RemoteText.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace vigie {

LogTailWindow::LogTailWindow(const QString& serverName, const QString& sourceTitle, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_view(new LogView(this))
    , m_stopAction(new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Stop"), this))
    , m_status(RemoteText::label(this))
{
    setObjectName(QStringLiteral("logTailWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Logs — %1 — %2").arg(serverName, sourceTitle));

    m_stopAction->setObjectName(QStringLiteral("logStop"));
    m_stopAction->setToolTip(tr("Stop following this log"));
    connect(m_stopAction, &QAction::triggered, this, [this] {
        m_stopAction->setEnabled(false);
        emit stopRequested();
    });

    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_stopAction);
    toolBar->addSeparator();
    toolBar->addAction(m_view->pauseAction());
    toolBar->addAction(m_view->followAction());
    toolBar->addAction(m_view->clearAction());

    m_status->setObjectName(QStringLiteral("logStatus"));
    auto* statusBar = new QStatusBar(this);
    statusBar->setSizeGripEnabled(true);
    statusBar->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(statusBar);

    connect(m_view, &LogView::statusChanged, this, &LogTailWindow::updateStatus);
    updateStatus();
    resize(900, 560);
}

void LogTailWindow::appendOutput(const QByteArray& chunk)
{
    m_view->appendText(m_decoder.decode(chunk));
}

void LogTailWindow::finished(const QString& message)
{
    m_running = false;
    m_endMessage = message;
    m_view->appendText(m_decoder.decode(QByteArray()));
    m_view->flushAll();
    m_stopAction->setEnabled(false);
    updateStatus();
}

void LogTailWindow::updateStatus()
{
    QString text = m_view->statusText();
    if (!m_running)
        text = m_endMessage.isEmpty() ? tr("Stopped. %1").arg(text)
                                      : tr("Stopped: %1 — %2").arg(m_endMessage, text);
    m_status->setText(text);
}

void LogTailWindow::closeEvent(QCloseEvent* event)
{
    if (m_running && m_stopAction->isEnabled())
        emit stopRequested();
    event->accept();
}

} // namespace vigie
