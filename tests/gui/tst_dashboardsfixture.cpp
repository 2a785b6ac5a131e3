// The main window against the MedicalPro-like fixture, wired as in main(): one refresh fills
// the fleet overview and all four dashboards with what the server really has.
#include "MainWindow.h"
#include "TestSupport.h"
#include "core/AppPaths.h"
#include "dashboards/BackupTableModel.h"
#include "dashboards/CertificateTableModel.h"
#include "dashboards/FleetOverviewModel.h"
#include "dashboards/Pm2TableModel.h"
#include "dashboards/TenantTableModel.h"
#include "fleet/Fleet.h"
#include "fleet/FleetMonitor.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "ssh/SshEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

using namespace vigie;

class TestDashboardsFixture : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home; // before any Vigie object
    test::Fixture m_fixture;
    std::unique_ptr<SshEngine> m_engine;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<KeyRing> m_keyRing;
    std::unique_ptr<Fleet> m_fleet;
    std::unique_ptr<ServerConnections> m_connections;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<FleetMonitor> m_monitor;
    std::unique_ptr<MainWindow> m_window;

    template <typename Model> int rows() const
    {
        const Model* model = m_window->findChild<Model*>();
        return model ? model->rowCount() : -1;
    }

private slots:
    void initTestCase()
    {
        m_fixture = test::Fixture::load();
        QVERIFY(m_fixture.isValid());
        // The host is trusted as an operator would have done it before.
        QVERIFY(QDir().mkpath(AppPaths::dataDir()));
        QVERIFY(QFile::copy(m_fixture.dir + QStringLiteral("/known_hosts"),
                            AppPaths::knownHostsFile()));

        m_engine = std::make_unique<SshEngine>();
        m_store = std::make_unique<SecretStore>();
        m_keyRing = std::make_unique<KeyRing>(m_store.get());
        QVERIFY(m_keyRing->load());
        bool imported = false;
        m_keyRing->importFile(QStringLiteral("fixture"),
                              m_fixture.keyPath(QStringLiteral("id_ed25519")), {}, false, this,
                              [&](const KeyResult& r) { imported = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(imported, 20000);

        m_fleet = std::make_unique<Fleet>();
        QVERIFY(m_fleet->load());
        Server server;
        server.name = QStringLiteral("medicalpro");
        server.host = m_fixture.host;
        server.port = m_fixture.port;
        server.user = m_fixture.user;
        server.keyName = QStringLiteral("fixture");
        server.profileId = QStringLiteral("custom");
        QCOMPARE(m_fleet->add(server), QString());
        QFile profileFile(m_fixture.dir + QStringLiteral("/profile.json"));
        QVERIFY(profileFile.open(QIODevice::ReadOnly));
        m_profiles = std::make_unique<ProfileStore>();
        QVERIFY(m_profiles->save(
            m_fleet->servers().first(),
            ServerProfile::fromJson(QJsonDocument::fromJson(profileFile.readAll()).object())));

        m_connections = std::make_unique<ServerConnections>(m_engine.get(), m_keyRing.get());
        m_monitor =
            std::make_unique<FleetMonitor>(m_fleet.get(), m_connections.get(), m_profiles.get());
        m_window =
            std::make_unique<MainWindow>(m_fleet.get(), m_keyRing.get(), m_connections.get());
        ProfileStore* profiles = m_profiles.get();
        Fleet* fleet = m_fleet.get();
        m_window->setProfileResolver([fleet, profiles](const QString& id) {
            return profiles->profileFor(*fleet->find(id));
        });
        FleetMonitor* monitor = m_monitor.get();
        m_window->setRefreshHandler([monitor](const QString& id) { monitor->refresh(id); });
        connect(monitor, &FleetMonitor::snapshotReady, m_window.get(), &MainWindow::showSnapshot);
        connect(monitor, &FleetMonitor::refreshFailed, m_window.get(),
                &MainWindow::showRefreshError);
        m_window->show();
    }

    void oneRefreshFillsEveryDashboard()
    {
        QSignalSpy ready(m_monitor.get(), &FleetMonitor::snapshotReady);
        QSignalSpy failed(m_monitor.get(), &FleetMonitor::refreshFailed);
        // F5, as the operator presses it.
        QAction* refresh = m_window->findChild<QAction*>(QStringLiteral("actionRefresh"));
        QVERIFY(refresh);
        QTRY_VERIFY(refresh->isEnabled());
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1 || failed.size() == 1, 60000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? ""
                                  : qPrintable(failed.first().at(1).value<SshError>().message()));

        QCOMPARE(rows<Pm2TableModel>(), 2); // backend (cluster, 2 instances) and frontend
        QCOMPARE(rows<CertificateTableModel>(), 3);
        QCOMPARE(rows<BackupTableModel>(), 3);
        QCOMPARE(rows<TenantTableModel>(), 3);
        QCOMPARE(rows<FleetOverviewModel>(), 1);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_monitor.reset();
        m_connections.reset();
    }
};

QTEST_MAIN(TestDashboardsFixture)
#include "tst_dashboardsfixture.moc"
