#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QWidget;

namespace vigie {

class FleetMonitor;

// The first refresh of the fleet at start, for scripts that need to know when the window shows
// it (scripts/demo's timing and stop tests): once every server's first refresh has ended, it can
// write a one-line report to a file, save a picture of the window and close the window, as an
// operator would. Nothing happens unless one of these is asked for (vigie --help).
class StartupRefresh : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString readyFile;  // "refreshed N of M server(s), F failed" once all are done
        QString screenshot; // PNG of the window at that moment
        bool quit = false;  // then close the window
        bool isEmpty() const { return readyFile.isEmpty() && screenshot.isEmpty() && !quit; }
    };

    StartupRefresh(FleetMonitor* monitor, const QStringList& serverIds, QWidget* window,
                   Options options, QObject* parent = nullptr);

signals:
    void finished(int refreshed, int failed);

private:
    void serverDone(const QString& serverId, bool refreshed);
    void report();

    QPointer<QWidget> m_window;
    Options m_options;
    QSet<QString> m_pending;
    int m_total = 0;
    int m_refreshed = 0;
    int m_failed = 0;
    bool m_reported = false;
};

} // namespace vigie
