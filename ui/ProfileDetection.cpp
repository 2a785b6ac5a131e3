#include "ProfileDetection.h"

#include "fleet/Fleet.h"
#include "fleet/FleetMonitor.h"
#include "fleet/ProfileDetector.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"
#include "widgets/RemoteText.h"

#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>

namespace vigie {

ProfileDetection::ProfileDetection(Fleet* fleet, ServerConnections* connections,
                                   ProfileStore* profiles, FleetMonitor* monitor, QWidget* window)
    : QObject(window)
    , m_fleet(fleet)
    , m_connections(connections)
    , m_profiles(profiles)
    , m_monitor(monitor)
    , m_window(window)
{}

void ProfileDetection::detect(const QString& serverId)
{
    const auto server = m_fleet->find(serverId);
    if (!server)
        return;
    ExecJob* job = m_connections->connectionFor(*server)->exec(QStringLiteral("sh -s"),
                                                               ProfileDetector::script());
    job->setCollectOutput(4 * 1024 * 1024);
    connect(job, &ExecJob::finished, this, [this, job, server = *server](const ExecResult& result) {
        job->deleteLater();
        if (!result.succeeded()) {
            auto* box = new QMessageBox(
                QMessageBox::Warning, tr("Detect profile"),
                tr("Detection on %1 failed: %2").arg(server.name, result.describe()),
                QMessageBox::Ok, m_window);
            RemoteText::makePlain(box);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        QStringList notes;
        const ServerProfile profile = ProfileDetector::fromFacts(job->collectedStdout(), &notes);
        QStringList found;
        if (profile.pm2)
            found.append(tr("PM2 (%1)").arg(profile.pm2Command));
        if (!profile.systemdUnits.isEmpty())
            found.append(tr("units: %1").arg(profile.systemdUnits.join(QStringLiteral(", "))));
        if (!profile.composeProjects.isEmpty())
            found.append(
                tr("compose projects: %1").arg(profile.composeProjects.join(QStringLiteral(", "))));
        if (!profile.centralDatabase.isEmpty())
            found.append(tr("central database %1").arg(profile.centralDatabase));
        found.append(tr("%n backup set(s)", nullptr, int(profile.backups.size())));
        found.append(tr("%n health URL(s)", nullptr, int(profile.healthUrls.size())));
        auto* box = new QMessageBox(
            QMessageBox::Question, tr("Detect profile"),
            tr("Found on %1: %2.").arg(server.name, found.join(QStringLiteral("; "))),
            QMessageBox::NoButton, m_window);
        box->setInformativeText(notes.isEmpty()
                                    ? tr("Use it as this server's profile?")
                                    : notes.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                          tr("Use it as this server's profile?"));
        box->setDetailedText(
            QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented)));
        QPushButton* save = box->addButton(tr("Use this profile"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(QMessageBox::Cancel);
        RemoteText::makePlain(box); // units, commands and database names are the server's
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, save, server, profile] {
            if (box->clickedButton() != save)
                return;
            QString error;
            Server updated = server;
            updated.profileId = QStringLiteral("custom");
            if (!m_profiles->save(updated, profile, &error) ||
                !(error = m_fleet->update(updated)).isEmpty()) {
                auto* failure = new QMessageBox(QMessageBox::Warning, tr("Detect profile"), error,
                                                QMessageBox::Ok, m_window);
                RemoteText::makePlain(failure);
                failure->setAttribute(Qt::WA_DeleteOnClose);
                failure->open();
                return;
            }
            m_monitor->refresh(updated.id);
        });
        box->open();
    });
}

} // namespace vigie
