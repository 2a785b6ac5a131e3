// The GUI entry point: QApplication, translators, the engine objects and the main window.

#include "AlertNotifier.h"
#include "DashboardActions.h"
#include "MainWindow.h"
#include "ProfileDetection.h"
#include "StartupRefresh.h"
#include "core/AppPaths.h"
#include "core/Preferences.h"
#include "core/Translations.h"
#include "fleet/Fleet.h"
#include "fleet/FleetMonitor.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "journal/Journal.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "ssh/SshEngine.h"
#include "wizards/OperationEnvironment.h"
#include "wizards/OperationsLauncher.h"
#include "wizards/RunProgressView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// --version and --help work without a display: they are handled before QApplication exists.
// Returns -1 to go on, with the options for the first refresh (scripts/demo and its tests).
int handleCommandLine(int argc, char* argv[], vigie::StartupRefresh::Options* startup)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Operations console for servers reached over SSH."));
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Print the version and exit."));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("main", "Print this help and exit."));
    const QCommandLineOption readyOption(
        QStringLiteral("ready-file"),
        QCoreApplication::translate("main", "Once every server has been refreshed at start, "
                                            "write how many were to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Once every server has been refreshed at start, "
                                            "save a picture of the window to FILE (PNG)."),
        QStringLiteral("FILE"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after-refresh"),
        QCoreApplication::translate("main", "Close the window once every server has been "
                                            "refreshed at start."));
    parser.addOptions({versionOption, helpOption, readyOption, screenshotOption, quitOption});
    // Qt's own options (-platform, -style...) are left to QApplication: ignore parse errors.
    parser.parse(args);
    if (parser.isSet(versionOption)) {
        std::printf("vigie %s\n", VIGIE_VERSION);
        return 0;
    }
    if (parser.isSet(helpOption)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    startup->readyFile = parser.value(readyOption);
    startup->screenshot = parser.value(screenshotOption);
    startup->quit = parser.isSet(quitOption);
    return -1;
}

// VIGIE_LANG=fr|en (screenshots, tests) wins over the Preferences, which win over the system.
QLocale uiLocale(const vigie::Preferences& preferences)
{
    QString language = qEnvironmentVariable("VIGIE_LANG");
    if (language.isEmpty())
        language = preferences.values().language;
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

// What the Preferences change in the running parts: new connections, built-in profiles' thresholds
// (next refresh) and the auto-refresh interval (at once when it is on).
void applyPreferences(const vigie::PreferenceValues& values, vigie::ServerConnections& connections,
                      vigie::ProfileStore& profiles, vigie::FleetMonitor& monitor,
                      const vigie::MainWindow& window)
{
    connections.setConnectTimeoutMs(values.connectTimeoutSeconds * 1000);
    connections.setKeepaliveIntervalS(values.keepaliveIntervalSeconds);
    connections.setKnownHostsFile(values.knownHostsFile);
    profiles.setPresetThresholds(
        {values.certificateWarningDays, values.certificateCriticalDays, values.backupMaxAgeHours});
    if (window.isAutoRefreshEnabled())
        monitor.setAutoRefreshSeconds(values.refreshIntervalSeconds);
}

void installTranslators(QApplication& app, const QLocale& locale)
{
    // Qt's own strings (standard buttons, file dialogs), then Vigie's.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    vigie::Translations::install(&app, locale);
}

} // namespace

int main(int argc, char* argv[])
{
    vigie::StartupRefresh::Options startupOptions;
    if (const int code = handleCommandLine(argc, argv, &startupOptions); code >= 0)
        return code;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Vigie"));
    QApplication::setOrganizationName(QStringLiteral("Vigie"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vigie"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));
    // Toolbar icons come from the desktop's icon theme; outside a full desktop session (a bare
    // X server, some window managers) fall back to a common theme rather than to no icon.
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));

    vigie::Preferences preferences;
    const QLocale locale = uiLocale(preferences);
    QLocale::setDefault(locale);
    installTranslators(app, locale);

    // Destroyed in reverse order: the window and the connections go before the I/O thread.
    vigie::SshEngine engine; // initialises libssh2 before its thread starts
    vigie::SecretStore secretStore;
    vigie::KeyRing keyRing(&secretStore);
    QStringList startupErrors;
    QString error;
    if (!keyRing.load(&error))
        startupErrors.append(
            QCoreApplication::translate("main", "Your keys could not be loaded: %1").arg(error));
    vigie::Fleet fleet;
    if (!fleet.load(&error))
        startupErrors.append(
            QCoreApplication::translate("main", "Your servers could not be loaded: %1").arg(error));
    vigie::ServerConnections connections(&engine, &keyRing);

    // The journal of operations: every run started or followed from this desktop. Declared
    // before the window, whose run views record into it until they are destroyed.
    vigie::Journal journal;
    if (journal.open(preferences.effectiveJournalPath()))
        journal.purgeOlderThan(preferences.values().journalRetentionDays);
    else
        startupErrors.append(
            QCoreApplication::translate("main", "The journal of operations could not be opened: %1")
                .arg(journal.errorString()));
    vigie::RunProgressView::setJournal(&journal);

    vigie::ProfileStore profiles;
    vigie::FleetMonitor monitor(&fleet, &connections, &profiles);
    vigie::OperationEnvironment operations(&fleet, &connections, &profiles, &monitor);
    vigie::MainWindow window(&fleet, &keyRing, &connections);
    window.setProfileResolver([&fleet, &profiles](const QString& serverId) {
        const auto server = fleet.find(serverId);
        return server ? profiles.profileFor(*server) : vigie::ServerProfile();
    });
    window.setRefreshHandler([&monitor](const QString& serverId) { monitor.refresh(serverId); });
    window.setAutoRefreshHandler([&monitor, &preferences](bool enabled) {
        monitor.setAutoRefreshSeconds(enabled ? preferences.values().refreshIntervalSeconds : 0);
    });
    window.setPreferences(&preferences);
    applyPreferences(preferences.values(), connections, profiles, monitor, window);
    QObject::connect(&preferences, &vigie::Preferences::changed, &window,
                     [&](const vigie::PreferenceValues& values) {
                         applyPreferences(values, connections, profiles, monitor, window);
                     });

    window.setJournal(&journal);
    QObject::connect(&monitor, &vigie::FleetMonitor::refreshStarted, &window,
                     &vigie::MainWindow::showRefreshStarted);
    QObject::connect(&monitor, &vigie::FleetMonitor::snapshotReady, &window,
                     &vigie::MainWindow::showSnapshot);
    QObject::connect(&monitor, &vigie::FleetMonitor::refreshFailed, &window,
                     &vigie::MainWindow::showRefreshError);
    vigie::AlertNotifier alerts(&fleet);
    QObject::connect(&monitor, &vigie::FleetMonitor::snapshotReady, &alerts,
                     &vigie::AlertNotifier::onSnapshot);
    QObject::connect(&monitor, &vigie::FleetMonitor::refreshFailed, &alerts,
                     &vigie::AlertNotifier::onUnreachable);
    QObject::connect(
        &alerts, &vigie::AlertNotifier::alerted, &window,
        [&window](const QString& text) { window.statusBar()->showMessage(text, 15000); });
    QObject::connect(&alerts, &vigie::AlertNotifier::activated, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    auto* actions = new vigie::DashboardActions(&fleet, &connections, &profiles, &monitor, &window);
    actions->attach(window.dashboards());
    QObject::connect(&monitor, &vigie::FleetMonitor::snapshotReady, actions,
                     [actions](const QString& serverId, const vigie::Snapshot& snapshot) {
                         actions->checkCertificatesLive(serverId, snapshot);
                     });
    auto* detection =
        new vigie::ProfileDetection(&fleet, &connections, &profiles, &monitor, &window);
    window.setDetectHandler([detection](const QString& serverId) { detection->detect(serverId); });
    window.setOperationsLauncher(new vigie::OperationsLauncher(&operations, &window));
    window.restoreWindowState(vigie::AppPaths::configDir() + QStringLiteral("/window.ini"));
    window.show();
    // The morning look: every server is refreshed once at start.
    if (!startupOptions.isEmpty()) {
        QStringList serverIds;
        for (const vigie::Server& server : fleet.servers())
            serverIds.append(server.id);
        new vigie::StartupRefresh(&monitor, serverIds, &window, startupOptions, &window);
    }
    QTimer::singleShot(0, &monitor, &vigie::FleetMonitor::refreshAll);
    if (!startupErrors.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, startupErrors] {
            window.showError(startupErrors.join(QStringLiteral("\n\n")));
        });
    }
    return QApplication::exec();
}
