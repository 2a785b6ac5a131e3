#include "StartupRefresh.h"

#include "fleet/FleetMonitor.h"

#include <QPixmap>
#include <QSaveFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace vigie {

StartupRefresh::StartupRefresh(FleetMonitor* monitor, const QStringList& serverIds, QWidget* window,
                               Options options, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
    , m_pending(serverIds.cbegin(), serverIds.cend())
    , m_total(int(m_pending.size()))
{
    connect(monitor, &FleetMonitor::snapshotReady, this,
            [this](const QString& serverId) { serverDone(serverId, true); });
    connect(monitor, &FleetMonitor::refreshFailed, this,
            [this](const QString& serverId) { serverDone(serverId, false); });
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, &StartupRefresh::report);
}

void StartupRefresh::serverDone(const QString& serverId, bool refreshed)
{
    if (!m_pending.remove(serverId))
        return; // a later refresh, or a server added since
    ++(refreshed ? m_refreshed : m_failed);
    if (m_pending.isEmpty()) {
        // After the window has painted the results it was just given.
        QTimer::singleShot(0, this, &StartupRefresh::report);
    }
}

void StartupRefresh::report()
{
    if (m_reported)
        return;
    m_reported = true;
    if (!m_options.screenshot.isEmpty() && m_window && !m_window->grab().save(m_options.screenshot))
        std::fprintf(stderr, "vigie: could not save %s\n", qPrintable(m_options.screenshot));
    if (!m_options.readyFile.isEmpty()) {
        // Not translated: read by scripts.
        QSaveFile file(m_options.readyFile);
        const QByteArray line = QStringLiteral("refreshed %1 of %2 servers, %3 failed\n")
                                    .arg(m_refreshed)
                                    .arg(m_total)
                                    .arg(m_failed)
                                    .toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size() || !file.commit())
            std::fprintf(stderr, "vigie: could not write %s\n", qPrintable(m_options.readyFile));
    }
    emit finished(m_refreshed, m_failed);
    if (m_options.quit && m_window)
        m_window->close(); // as the operator closing the window
}

} // namespace vigie
