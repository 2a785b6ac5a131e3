#include "DashboardActions.h"

#include "dashboards/LogTailWindow.h"
#include "dashboards/ServerDashboards.h"
#include "fleet/Fleet.h"
#include "fleet/FleetMonitor.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "fleet/ServiceCommands.h"
#include "ops/OperationChecks.h"
#include "probe/CertificateLiveCheck.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"
#include "widgets/RemoteText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSaveFile>

namespace vigie {

DashboardActions::DashboardActions(Fleet* fleet, ServerConnections* connections,
                                   ProfileStore* profiles, FleetMonitor* monitor, QWidget* window)
    : QObject(window)
    , m_fleet(fleet)
    , m_connections(connections)
    , m_profiles(profiles)
    , m_monitor(monitor)
    , m_window(window)
{}

void DashboardActions::attach(ServerDashboards* dashboards)
{
    m_dashboards = dashboards;
    connect(dashboards, &ServerDashboards::serviceActionRequested, this,
            &DashboardActions::runService);
    connect(dashboards, &ServerDashboards::logsRequested, this, &DashboardActions::showLogs);
    connect(dashboards, &ServerDashboards::certificateRenewRequested, this,
            [this](const QString& serverId, const QString& name, const QString&) {
                renewCertificate(serverId, name);
            });
    connect(dashboards, &ServerDashboards::backupNowRequested, this, &DashboardActions::backUpNow);
    connect(dashboards, &ServerDashboards::backupVerifyRequested, this,
            [this](const QString& serverId, const QString&, const QString& path) {
                verifyBackup(serverId, path);
            });
    connect(dashboards, &ServerDashboards::backupDownloadRequested, this,
            [this](const QString& serverId, const QString&, const QString& path) {
                downloadBackup(serverId, path);
            });
}

void DashboardActions::checkCertificatesLive(const QString& serverId, const Snapshot& snapshot)
{
    const auto server = m_fleet->find(serverId);
    if (!server || !m_dashboards || snapshot.certificates.isEmpty())
        return;
    QPointer<CertificateLiveCheck>& check = m_liveChecks[serverId];
    if (!check) {
        check = new CertificateLiveCheck(this);
        connect(check, &CertificateLiveCheck::checked, this,
                [this, serverId](const QString& path, const QString& result, Health health) {
                    m_dashboards->setLiveCheck(serverId, path, result, health);
                });
    }
    check->check(snapshot.certificates, m_profiles->profileFor(*server)); // restarts a running one
}

void DashboardActions::showError(const QString& message)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Vigie"), message, QMessageBox::Ok, m_window);
    RemoteText::makePlain(box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DashboardActions::runInWindow(const QString& serverId, const QString& title,
                                   const QString& command, bool refreshAfter)
{
    const auto server = m_fleet->find(serverId);
    if (!server)
        return;
    auto* window = new LogTailWindow(server->name, title, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    ExecJob* job = m_connections->connectionFor(*server)->exec(command);
    const QPointer<LogTailWindow> guard(window);
    connect(job, &ExecJob::stdoutReceived, window, &LogTailWindow::appendOutput);
    connect(job, &ExecJob::stderrReceived, window, &LogTailWindow::appendOutput);
    connect(window, &LogTailWindow::stopRequested, job, &ExecJob::cancel);
    connect(job, &ExecJob::finished, this,
            [this, job, guard, serverId, refreshAfter](const ExecResult& result) {
                if (guard)
                    guard->finished(result.succeeded() ? QString() : result.describe());
                job->deleteLater();
                if (refreshAfter)
                    m_monitor->refresh(serverId);
            });
}

void DashboardActions::runService(const QString& serverId, const ServiceAction& action)
{
    const auto server = m_fleet->find(serverId);
    if (!server)
        return;
    const ServerProfile profile = m_profiles->profileFor(*server);
    QString error;
    QString command;
    QString title;
    switch (action.target) {
    case ServiceAction::Target::SystemdUnit: {
        QString unit = action.name;
        if (unit.endsWith(QLatin1String(".service")) && !profile.systemdUnits.contains(unit))
            unit.chop(int(qstrlen(".service")));
        command = ServiceCommands::unitAction(profile, unit,
                                              action.kind == ServiceAction::Kind::Reload
                                                  ? ServiceCommands::UnitAction::Reload
                                                  : ServiceCommands::UnitAction::Restart,
                                              &error);
        title = action.kind == ServiceAction::Kind::Reload ? tr("Reload %1").arg(unit)
                                                           : tr("Restart %1").arg(unit);
        break;
    }
    case ServiceAction::Target::Pm2App:
        command = ServiceCommands::pm2Restart(profile, action.name, &error);
        title = tr("Restart pm2 %1").arg(action.name);
        break;
    case ServiceAction::Target::ComposeService:
        command = ServiceCommands::composeRestart(action.container, &error);
        title = tr("Restart %1/%2").arg(action.project, action.name);
        break;
    }
    if (command.isEmpty()) {
        showError(error);
        return;
    }
    runInWindow(serverId, title, command, true);
}

void DashboardActions::showLogs(const QString& serverId, const LogTarget& target)
{
    const auto server = m_fleet->find(serverId);
    if (!server)
        return;
    const ServerProfile profile = m_profiles->profileFor(*server);
    constexpr int Lines = 200;
    QString error;
    QString command;
    switch (target.kind) {
    case LogTarget::Kind::Journal:
        command = ServiceCommands::journalTail(target.name, Lines, &error);
        break;
    case LogTarget::Kind::Pm2:
        command = ServiceCommands::logTail(profile, QStringLiteral("pm2:") + target.name, Lines,
                                           true, &error);
        break;
    case LogTarget::Kind::Compose:
        command = ServiceCommands::composeLogs(target.container, Lines, &error);
        break;
    case LogTarget::Kind::File:
        command = ServiceCommands::logTail(
            profile, target.path.isEmpty() ? target.name : target.path, Lines, true, &error);
        break;
    }
    if (command.isEmpty()) {
        showError(error);
        return;
    }
    runInWindow(serverId, target.title, command, false);
}

void DashboardActions::renewCertificate(const QString& serverId, const QString& name)
{
    QString error;
    const QString command = ServiceCommands::certificateRenewal(name, &error);
    if (command.isEmpty()) {
        showError(error);
        return;
    }
    runInWindow(serverId, tr("Renew %1").arg(name), command, true);
}

void DashboardActions::backUpNow(const QString& serverId)
{
    const auto server = m_fleet->find(serverId);
    if (!server)
        return;
    const ServerProfile profile = m_profiles->profileFor(*server);
    if (profile.backupCommand.isEmpty()) {
        showError(tr("The profile of %1 has no backup command.").arg(server->name));
        return;
    }
    // The profile's own command, as its operator wrote it (like a cron line).
    runInWindow(serverId, tr("Back up now"), profile.backupCommand, true);
}

void DashboardActions::verifyBackup(const QString& serverId, const QString& path)
{
    const auto server = m_fleet->find(serverId);
    if (!server)
        return;
    // The restore wizard's own check: whole file read through, format by format.
    const QString command = OperationChecks::verifyCommand(m_profiles->profileFor(*server), path);
    if (command.isEmpty()) {
        showError(tr("Invalid backup path %1.").arg(path));
        return;
    }
    runInWindow(serverId, tr("Verify %1").arg(QFileInfo(path).fileName()), command, false);
}

void DashboardActions::downloadBackup(const QString& serverId, const QString& path)
{
    const auto server = m_fleet->find(serverId);
    if (!server)
        return;
    QString error;
    const QString command = ServiceCommands::fileDownload(path, &error);
    if (command.isEmpty()) {
        showError(error);
        return;
    }
    auto* dialog =
        new QFileDialog(m_window, tr("Save the backup as"),
                        QDir::homePath() + QLatin1Char('/') + QFileInfo(path).fileName());
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QFileDialog::fileSelected, this,
        [this, server = *server, command, path](const QString& local) {
            // Written through QSaveFile: a cut transfer never leaves a half file behind.
            auto file = std::make_shared<QSaveFile>(local);
            if (!file->open(QIODevice::WriteOnly)) {
                showError(tr("Cannot write %1: %2").arg(local, file->errorString()));
                return;
            }
            auto* progress = new QProgressDialog(m_window);
            progress->setLabel(RemoteText::label(progress)); // the file name is the server's
            progress->setLabelText(tr("Downloading %1…").arg(QFileInfo(path).fileName()));
            progress->setCancelButtonText(tr("Cancel"));
            progress->setRange(0, 0);
            progress->setAttribute(Qt::WA_DeleteOnClose);
            progress->setMinimumDuration(0);
            progress->show();
            ExecJob* job = m_connections->connectionFor(server)->exec(command);
            auto received = std::make_shared<qint64>(0);
            connect(job, &ExecJob::stdoutReceived, progress,
                    [file, progress, received](const QByteArray& data) {
                        file->write(data);
                        *received += data.size();
                        progress->setLabelText(DashboardActions::tr("Downloaded %1")
                                                   .arg(QLocale().formattedDataSize(*received)));
                    });
            connect(progress, &QProgressDialog::canceled, job, &ExecJob::cancel);
            connect(job, &ExecJob::finished, this,
                    [this, job, file, progress, local](const ExecResult& result) {
                        job->deleteLater();
                        progress->close();
                        if (!result.succeeded()) {
                            file->cancelWriting();
                            showError(tr("The download failed: %1").arg(result.describe()));
                            return;
                        }
                        if (!file->commit())
                            showError(tr("Cannot write %1: %2").arg(local, file->errorString()));
                    });
        });
    dialog->open();
}

} // namespace vigie
