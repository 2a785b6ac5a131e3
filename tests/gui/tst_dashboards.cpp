// The dashboards fed with a hand-made Snapshot (no SSH): what each model says and how it is
// judged, that an unreadable section shows its reason instead of a table, the row actions and
// their confirmations, the live log's batching, the main window's tabs and refresh hooks, and
// the French translation.

#include "MainWindow.h"
#include "TestSupport.h"
#include "dashboards/BackupFileTableModel.h"
#include "dashboards/BackupTableModel.h"
#include "dashboards/BackupsDashboard.h"
#include "dashboards/CertificateTableModel.h"
#include "dashboards/CertificatesDashboard.h"
#include "dashboards/DashboardPage.h"
#include "dashboards/DashboardTableView.h"
#include "dashboards/DisplayFormat.h"
#include "dashboards/FleetOverview.h"
#include "dashboards/HealthCheckTableModel.h"
#include "dashboards/LogTailWindow.h"
#include "dashboards/MailTableModel.h"
#include "dashboards/Pm2TableModel.h"
#include "dashboards/SectionPanel.h"
#include "dashboards/ServerDashboards.h"
#include "dashboards/ServicesDashboard.h"
#include "dashboards/TenantTableModel.h"
#include "dashboards/TenantsDashboard.h"
#include "dashboards/UnitTableModel.h"
#include "fleet/Fleet.h"
#include "fleet/ServerConnections.h"
#include "probe/MailParser.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "ssh/SshEngine.h"
#include "ssh/SshError.h"
#include "widgets/LogHighlighter.h"
#include "widgets/LogView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextLayout>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace vigie;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;
constexpr qint64 MiB = 1024LL * 1024;

// The server's clock for every snapshot of this test.
QDateTime serverNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
}

SectionStatus ok()
{
    SectionStatus status;
    status.state = SectionStatus::State::Ok;
    return status;
}

SectionStatus failed(SectionStatus::State state, const QString& message)
{
    SectionStatus status;
    status.state = state;
    status.message = message;
    return status;
}

QString clinicDatabase(const QString& id)
{
    QString name = id;
    name.remove(QLatin1Char('-'));
    return QStringLiteral("medicalpro_clinic_") + name;
}

const QString AlphaId = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000000a");
const QString BetaId = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000000b");
const QString GammaId = QStringLiteral("0a1b2c3d-0000-4000-8000-00000000000c");

ServerProfile makeProfile()
{
    ServerProfile profile;
    profile.id = QStringLiteral("pm2-nginx-postgres");
    profile.name = QStringLiteral("PM2 + nginx + PostgreSQL");
    profile.systemdUnits = {QStringLiteral("nginx"), QStringLiteral("postgresql"),
                            QStringLiteral("fail2ban"), QStringLiteral("ssh"),
                            QStringLiteral("cron")};
    profile.pm2 = true;
    profile.healthUrls = {
        {QStringLiteral("api"), QStringLiteral("https://app.example.test/health"), {}, false},
        {QStringLiteral("admin"), QStringLiteral("https://admin.example.test/health"), {}, false}};
    ServerProfile::BackupTarget central;
    central.name = QStringLiteral("medicalpro_central");
    central.directory = QStringLiteral("/var/backups/medicalpro");
    central.pattern = QStringLiteral("central_*.dump.gpg");
    central.maxAgeHours = 26;
    central.retentionDays = 7;
    ServerProfile::BackupTarget alpha = central;
    alpha.name = clinicDatabase(AlphaId);
    alpha.pattern = QStringLiteral("clinic_alpha_*.dump.gpg");
    profile.backups = {central, alpha};
    profile.backupLog = QStringLiteral("/var/log/medicalpro-backup.log");
    profile.backupCommand = QStringLiteral("/opt/scripts/backup-medicalpro.sh");
    profile.centralDatabase = QStringLiteral("medicalpro_central");
    profile.tenantDatabasePrefix = QStringLiteral("medicalpro_clinic_");
    profile.tenantQuery = QStringLiteral("SELECT id, name, subdomain, provisioned FROM companies");
    profile.tenantDomain = QStringLiteral("example.test");
    profile.logs = {{QStringLiteral("nginx error"), QStringLiteral("/var/log/nginx/error.log")}};
    return profile;
}

Pm2Process pm2(const QString& name, int id, const QString& mode, const QString& status,
               int restarts, double cpu, qint64 memory)
{
    Pm2Process process;
    process.name = name;
    process.pmId = id;
    process.execMode = mode;
    process.status = status;
    process.restarts = restarts;
    process.cpuPercent = cpu;
    process.memoryBytes = memory;
    process.startedAt = serverNow().addSecs(-(3 * 86400 + 4 * 3600));
    return process;
}

CertificateInfo certificate(const QString& name, const QStringList& names, int daysLeft)
{
    CertificateInfo info;
    info.name = name;
    info.path = QStringLiteral("/etc/letsencrypt/live/%1/cert.pem").arg(name);
    info.subject = QStringLiteral("CN=") + names.first();
    info.dnsNames = names;
    info.issuer = QStringLiteral("C=US, O=Let's Encrypt, CN=E6");
    info.notAfter = serverNow().addSecs(qint64(daysLeft) * 86400 + 3600);
    info.notBefore = info.notAfter.addDays(-90);
    info.keyType = QStringLiteral("ECDSA P-256");
    info.sha256 =
        QByteArray::fromHex("6b1f0e2c7a9d4e3f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f");
    return info;
}

TenantInfo tenant(const QString& id, const QString& name, const QString& subdomain,
                  bool provisioned)
{
    TenantInfo info;
    info.id = id;
    info.name = name;
    info.subdomain = subdomain;
    info.provisioned = provisioned;
    info.databaseExists = provisioned;
    info.databaseSizeBytes = provisioned ? 48 * MiB : 0;
    info.dnsResolves = true;
    info.resolvedAddress = QStringLiteral("192.0.2.10");
    info.httpsStatus = 200;
    return info;
}

Snapshot makeSnapshot()
{
    Snapshot snapshot;
    snapshot.serverTime = serverNow();
    snapshot.takenAt = serverNow();
    snapshot.roundTripMs = 412;
    for (const char* name :
         {"meta", "vitals", "systemd", "pm2", "health", "ufw", "fail2ban", "certificates",
          "renewal", "backups", "backuplog", "databases", "tenants"})
        snapshot.sections.insert(QLatin1String(name), ok());
    snapshot.sections.insert(QStringLiteral("compose"),
                             failed(SectionStatus::State::Absent, QStringLiteral("no docker")));

    HostVitals& vitals = snapshot.vitals;
    vitals.hostname = QStringLiteral("medicalpro-prod");
    vitals.os = QStringLiteral("Ubuntu 24.04.1 LTS");
    vitals.kernel = QStringLiteral("6.8.0-48-generic");
    vitals.load1 = 0.42;
    vitals.load5 = 0.38;
    vitals.load15 = 0.31;
    vitals.cpus = 4;
    vitals.memTotalBytes = 8 * GiB;
    vitals.memAvailableBytes = 5 * GiB;
    vitals.swapTotalBytes = 2 * GiB;
    vitals.swapFreeBytes = 2 * GiB;
    vitals.uptimeSeconds = 12 * 86400 + 4 * 3600 + 120;
    vitals.user = QStringLiteral("deploy");
    vitals.passwordlessSudo = true;
    vitals.mounts = {
        {QStringLiteral("/"), QStringLiteral("/dev/sda1"), 80 * GiB, 65 * GiB, 15 * GiB},
        {QStringLiteral("/var/backups"), QStringLiteral("/dev/sdb1"), 200 * GiB, 41 * GiB,
         159 * GiB}};

    snapshot.systemd = true;
    const auto unit = [](const char* name, const char* active, const char* sub, int hoursAgo) {
        return SystemdUnit{QLatin1String(name), QStringLiteral("loaded"), QLatin1String(active),
                           QLatin1String(sub), serverNow().addSecs(-3600LL * hoursAgo)};
    };
    snapshot.units = {unit("nginx.service", "active", "running", 290),
                      unit("postgresql.service", "active", "exited", 290),
                      unit("fail2ban.service", "active", "running", 290),
                      unit("ssh.service", "active", "running", 290),
                      unit("cron.service", "active", "running", 290)};

    snapshot.pm2 = {pm2(QStringLiteral("medical-pro-backend"), 0, QStringLiteral("cluster_mode"),
                        QStringLiteral("online"), 2, 1.5, 182 * MiB),
                    pm2(QStringLiteral("medical-pro-backend"), 1, QStringLiteral("cluster_mode"),
                        QStringLiteral("online"), 1, 0.7, 176 * MiB),
                    pm2(QStringLiteral("medical-pro-frontend"), 2, QStringLiteral("fork_mode"),
                        QStringLiteral("stopped"), 15, 0, 0)};

    snapshot.health = {
        {QStringLiteral("api"), QStringLiteral("https://app.example.test/health"), 200, 0.045, {}},
        {QStringLiteral("admin"),
         QStringLiteral("https://admin.example.test/health"),
         502,
         0.012,
         {}}};
    snapshot.ufw = {true,
                    true,
                    {QStringLiteral("2222/tcp                   ALLOW IN    Anywhere"),
                     QStringLiteral("80/tcp                     ALLOW IN    Anywhere"),
                     QStringLiteral("443/tcp                    ALLOW IN    Anywhere")}};
    snapshot.jails = {{QStringLiteral("sshd"), 3, 127}, {QStringLiteral("nginx-http-auth"), 0, 4}};

    snapshot.certificates = {
        certificate(QStringLiteral("example.test"),
                    {QStringLiteral("example.test"), QStringLiteral("app.example.test"),
                     QStringLiteral("admin.example.test")},
                    61),
        certificate(QStringLiteral("example.test-0001"), {QStringLiteral("*.example.test")}, 5),
        certificate(QStringLiteral("old.example.test"), {QStringLiteral("old.example.test")}, -3)};
    snapshot.renewal.timer = QStringLiteral("active, next 2026-11-24 04:12");
    snapshot.renewal.cronLines = {QStringLiteral("0 4 1 * * root certbot renew --quiet")};

    // Central backups every night at 02:00 except the night of 20 Nov; the alpha clinic's too.
    for (int daysAgo = 0; daysAgo < 7; ++daysAgo) {
        const QDateTime at = QDateTime(serverNow().date().addDays(-daysAgo), QTime(2, 0), Qt::UTC);
        if (at.date() != QDate(2026, 11, 20)) {
            snapshot.backups.append({QStringLiteral("medicalpro_central"),
                                     QStringLiteral("/var/backups/medicalpro/central_%1.dump.gpg")
                                         .arg(at.toString(QStringLiteral("yyyyMMdd"))),
                                     at, (120 + 3 * (6 - daysAgo)) * MiB, true});
        }
        snapshot.backups.append({clinicDatabase(AlphaId),
                                 QStringLiteral("/var/backups/medicalpro/clinic_alpha_%1.dump.gpg")
                                     .arg(at.toString(QStringLiteral("yyyyMMdd"))),
                                 at.addSecs(300), 40 * MiB, true});
    }
    snapshot.backupLogTail = {
        QStringLiteral("2026-11-20 02:00:01 backup start medicalpro_central"),
        QStringLiteral("2026-11-20 02:00:09 pg_dump: error: connection to server failed"),
        QStringLiteral("2026-11-20 02:00:09 FATAL: backup of medicalpro_central failed"),
        QStringLiteral("2026-11-23 02:00:01 backup start medicalpro_central"),
        QStringLiteral("2026-11-23 02:03:40 backup done: central_20261123.dump.gpg (138 MB)")};

    snapshot.databases = {{QStringLiteral("medicalpro_central"), 310 * MiB},
                          {clinicDatabase(AlphaId), 48 * MiB},
                          {clinicDatabase(BetaId), 52 * MiB}};
    TenantInfo beta = tenant(BetaId, QStringLiteral("Clinique Beta"), QStringLiteral("beta"), true);
    beta.httpsStatus = 502;
    snapshot.tenants = {
        tenant(AlphaId, QStringLiteral("Clinique Alpha"), QStringLiteral("alpha"), true), beta,
        tenant(GammaId, QStringLiteral("Clinique Gamma"), QStringLiteral("gamma"), false)};
    return snapshot;
}

int rowOf(const DashboardTableModel* model, const QString& key)
{
    return model->rowOfKey(key);
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

Health healthAt(const QAbstractItemModel* model, int row)
{
    return Health(model->index(row, 0).data(DashboardTableModel::HealthRole).toInt());
}

// The confirmation opened by a row action (window-modal, opened with open()).
QMessageBox* confirmation(QWidget* parent)
{
    QMessageBox* box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            box = parent->findChild<QMessageBox*>(QStringLiteral("confirmation"));
            return box && box->isVisible();
        },
        3000);
    return box;
}

} // namespace

class TestDashboards : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    ServerProfile m_profile;
    Snapshot m_snapshot;
    Assessment m_assessment;

    void feed(ServicesDashboard& dashboard) const
    {
        dashboard.setSnapshot(m_snapshot, m_assessment, m_profile);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_profile = makeProfile();
        m_snapshot = makeSnapshot();
        m_assessment = Assessment::of(m_snapshot, m_profile);
    }

    void servicesModels()
    {
        ServicesDashboard dashboard;
        dashboard.resize(1200, 900);
        dashboard.show();
        feed(dashboard);

        const Pm2TableModel* pm2 = dashboard.pm2Model();
        QCOMPARE(pm2->rowCount(), 2); // two apps, three processes
        const int backend = rowOf(pm2, QStringLiteral("medical-pro-backend"));
        const int frontend = rowOf(pm2, QStringLiteral("medical-pro-frontend"));
        QVERIFY(backend >= 0 && frontend >= 0);
        QCOMPARE(cell(pm2, backend, Pm2TableModel::ModeColumn), QStringLiteral("cluster"));
        QCOMPARE(cell(pm2, backend, Pm2TableModel::InstancesColumn), QStringLiteral("2"));
        QCOMPARE(cell(pm2, backend, Pm2TableModel::StatusColumn), QStringLiteral("online"));
        QCOMPARE(cell(pm2, backend, Pm2TableModel::RestartsColumn), QStringLiteral("3"));
        QCOMPARE(healthAt(pm2, backend), Health::Ok);
        // (Plurals: English forms come from vigie_en.qm, not loaded here; compare the start.)
        QVERIFY(
            cell(pm2, backend, Pm2TableModel::UptimeColumn).startsWith(QStringLiteral("3 day")));
        QVERIFY(cell(pm2, backend, Pm2TableModel::UptimeColumn).endsWith(QStringLiteral(" 4 h")));
        QCOMPARE(cell(pm2, frontend, Pm2TableModel::ModeColumn), QStringLiteral("fork"));
        QCOMPARE(cell(pm2, frontend, Pm2TableModel::StatusColumn), QStringLiteral("stopped"));
        QCOMPARE(healthAt(pm2, frontend), Health::Critical);
        QCOMPARE(cell(pm2, frontend, Pm2TableModel::UptimeColumn), DisplayFormat::none());
        // Colour plus text: the status cell has a dot.
        QVERIFY(pm2->index(frontend, Pm2TableModel::StatusColumn)
                    .data(Qt::DecorationRole)
                    .canConvert<QIcon>());

        const UnitTableModel* units = dashboard.unitModel();
        QCOMPARE(units->rowCount(), 5);
        QCOMPARE(cell(units, 0, UnitTableModel::NameColumn), QStringLiteral("nginx.service"));
        QCOMPARE(cell(units, 0, UnitTableModel::StateColumn), QStringLiteral("active"));
        QCOMPARE(cell(units, 0, UnitTableModel::SubStateColumn), QStringLiteral("running"));

        const HealthCheckTableModel* checks = dashboard.healthModel();
        QCOMPARE(checks->rowCount(), 2);
        QCOMPARE(cell(checks, 0, HealthCheckTableModel::LatencyColumn), QStringLiteral("45 ms"));
        QCOMPARE(healthAt(checks, 1), Health::Critical);

        // No compose data and docker absent: no Compose section at all.
        QVERIFY(dashboard.findChild<SectionPanel*>(QStringLiteral("composeSection"))->isHidden());
        // The disk at 81 % is a warning, said in words next to its bar.
        auto* rootDisk = dashboard.findChild<QLabel*>(QStringLiteral("usagePercent:/"));
        QVERIFY(rootDisk);
        QCOMPARE(rootDisk->text(),
                 QStringLiteral("81 %, %1").arg(Assessment::healthName(Health::Warning)));
        QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("vitalsUptime"))
                    ->text()
                    .startsWith(QStringLiteral("12 day")));
        QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("vitalsLoad"))
                    ->text()
                    .startsWith(QStringLiteral("0.42  0.38  0.31 on 4 CPU")));
        QVERIFY(dashboard.findChild<QLabel*>(QStringLiteral("ufwState"))
                    ->text()
                    .startsWith(QStringLiteral("Active")));
    }

    void refreshUpdatesInPlace()
    {
        ServicesDashboard dashboard;
        feed(dashboard);
        QSignalSpy resets(dashboard.pm2Model(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(dashboard.pm2Model(), &QAbstractItemModel::dataChanged);
        Snapshot next = m_snapshot;
        next.pm2[2].restarts = 16;
        dashboard.setSnapshot(next, m_assessment, m_profile);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1); // one dataChanged per refresh
        const int frontend = rowOf(dashboard.pm2Model(), QStringLiteral("medical-pro-frontend"));
        QCOMPARE(cell(dashboard.pm2Model(), frontend, Pm2TableModel::RestartsColumn),
                 QStringLiteral("16"));
        // A process that goes away changes the rows: a reset.
        next.pm2.removeLast();
        dashboard.setSnapshot(next, m_assessment, m_profile);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(dashboard.pm2Model()->rowCount(), 1);
    }

    void unusableSectionShowsItsMessage()
    {
        ServicesDashboard dashboard;
        dashboard.resize(1200, 900);
        dashboard.show();
        Snapshot snapshot = m_snapshot;
        snapshot.pm2.clear();
        snapshot.sections.insert(QStringLiteral("pm2"),
                                 failed(SectionStatus::State::TimedOut,
                                        QStringLiteral("pm2 did not answer within 8 s")));
        snapshot.sections.insert(
            QStringLiteral("ufw"),
            failed(SectionStatus::State::NeedsPrivileges, QStringLiteral("needs root or sudo")));
        SectionStatus silent = failed(SectionStatus::State::TimedOut, QString());
        silent.elapsedMs = 8000;
        snapshot.sections.insert(QStringLiteral("fail2ban"), silent);
        dashboard.setSnapshot(snapshot, Assessment::of(snapshot, m_profile), m_profile);

        auto* pm2 = dashboard.findChild<SectionPanel*>(QStringLiteral("pm2Section"));
        QVERIFY(pm2->isVisible());
        QVERIFY(!pm2->isShowingContent());
        QCOMPARE(pm2->message(), QStringLiteral("pm2 did not answer within 8 s"));
        QVERIFY(!dashboard.findChild<QWidget*>(QStringLiteral("pm2SectionTable"))->isVisible());

        auto* ufw = dashboard.findChild<SectionPanel*>(QStringLiteral("ufwSection"));
        QVERIFY(!ufw->isShowingContent());
        QCOMPARE(ufw->message(), QStringLiteral("needs root or sudo"));
        QVERIFY(!dashboard.findChild<QWidget*>(QStringLiteral("ufwRules"))->isVisible());

        auto* jails = dashboard.findChild<SectionPanel*>(QStringLiteral("fail2banSection"));
        QCOMPARE(jails->message(), QStringLiteral("Did not answer within 8 s."));

        // The next good refresh brings the table back.
        feed(dashboard);
        QVERIFY(pm2->isShowingContent());
        QVERIFY(dashboard.findChild<QWidget*>(QStringLiteral("pm2SectionTable"))->isVisible());
    }

    // The Mail group: hidden without mail settings; with them, one row per queue, service, key
    // and listener, judged (the real capture of the mail fixture with three faults).
    void mailGroup()
    {
        ServicesDashboard dashboard;
        dashboard.resize(1200, 900);
        dashboard.show();
        feed(dashboard);
        auto* panel = dashboard.findChild<SectionPanel*>(QStringLiteral("mailSection"));
        QVERIFY(panel);
        QVERIFY(!panel->isVisible());

        QFile capture(qEnvironmentVariable("VIGIE_SOURCE_DIR") +
                      QStringLiteral("/tests/unit/data/probe/mail_faults_real.txt"));
        QVERIFY(capture.open(QIODevice::ReadOnly));
        Snapshot snapshot = m_snapshot;
        const SectionStatus status = MailParser::parse(capture.readAll(), 0, &snapshot.mail);
        QCOMPARE(status.state, SectionStatus::State::Ok);
        snapshot.sections.insert(QStringLiteral("mail"), status);
        ServerProfile profile = m_profile;
        profile.mail.postfixConfigDirectories = {QStringLiteral("/etc/postfix")};
        const Assessment assessment = Assessment::of(snapshot, profile);
        dashboard.setSnapshot(snapshot, assessment, profile);
        QVERIFY(panel->isVisible());
        QVERIFY(panel->isShowingContent());
        MailTableModel* model = dashboard.mailModel();
        QCOMPARE(model->rowCount(), 8);
        QCOMPARE(model->data(model->index(0, MailTableModel::KindColumn)).toString(),
                 QStringLiteral("Queue"));
        int critical = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(DashboardTableModel::HealthRole).toInt() ==
                int(Health::Critical))
                ++critical;
        }
        QCOMPARE(critical, 3); // dovecot stopped, its IMAPS listener, the DKIM key in DNS
        QCOMPARE(assessment.worst(Area::Services), Health::Critical);

        // Unreadable: the reason instead of the table.
        snapshot.sections.insert(QStringLiteral("mail"),
                                 failed(SectionStatus::State::TimedOut,
                                        QStringLiteral("mail did not answer within 8 s")));
        dashboard.setSnapshot(snapshot, Assessment::of(snapshot, profile), profile);
        QVERIFY(!panel->isShowingContent());
        QCOMPARE(panel->message(), QStringLiteral("mail did not answer within 8 s"));
    }

    void restartAsksFirst()
    {
        QWidget window;
        auto* dashboard = new ServicesDashboard(&window);
        dashboard->setServerName(QStringLiteral("medicalpro-prod"));
        window.resize(1200, 900);
        window.show();
        feed(*dashboard);
        QSignalSpy actions(dashboard, &ServicesDashboard::serviceActionRequested);
        auto* view = dashboard->findChild<DashboardTableView*>(QStringLiteral("pm2SectionTable"));
        auto* restart = dashboard->findChild<QAction*>(QStringLiteral("pm2Restart"));
        QVERIFY(!restart->isEnabled()); // nothing selected yet
        view->selectSourceRow(rowOf(dashboard->pm2Model(), QStringLiteral("medical-pro-frontend")));
        QVERIFY(restart->isEnabled());

        restart->trigger();
        QMessageBox* box = confirmation(dashboard);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("medical-pro-frontend")));
        QVERIFY(box->text().contains(QStringLiteral("medicalpro-prod")));
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(10);
        QCOMPARE(actions.count(), 0);

        restart->trigger();
        box = confirmation(dashboard);
        QVERIFY(box);
        box->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QCOMPARE(actions.count(), 1);
        const auto action = actions.at(0).at(0).value<ServiceAction>();
        QCOMPARE(action.target, ServiceAction::Target::Pm2App);
        QCOMPARE(action.kind, ServiceAction::Kind::Restart);
        QCOMPARE(action.name, QStringLiteral("medical-pro-frontend"));
    }

    void showLogs()
    {
        ServicesDashboard dashboard;
        feed(dashboard);
        QSignalSpy logs(&dashboard, &ServicesDashboard::logsRequested);
        dashboard.findChild<DashboardTableView*>(QStringLiteral("unitsSectionTable"))
            ->selectSourceRow(0);
        dashboard.findChild<QAction*>(QStringLiteral("unitLogs"))->trigger();
        QCOMPARE(logs.count(), 1);
        const auto target = logs.at(0).at(0).value<LogTarget>();
        QCOMPARE(target.kind, LogTarget::Kind::Journal);
        QCOMPARE(target.name, QStringLiteral("nginx.service"));
    }

    void certificates()
    {
        CertificatesDashboard dashboard;
        dashboard.setSnapshot(m_snapshot, m_assessment, m_profile);
        const CertificateTableModel* model = dashboard.model();
        QCOMPARE(model->rowCount(), 3);
        const int main = rowOf(model, m_snapshot.certificates.at(0).path);
        const int wildcard = rowOf(model, m_snapshot.certificates.at(1).path);
        const int expired = rowOf(model, m_snapshot.certificates.at(2).path);
        QCOMPARE(healthAt(model, main), Health::Ok);
        QCOMPARE(cell(model, main, CertificateTableModel::NamesColumn),
                 QStringLiteral("example.test, app.example.test, admin.example.test"));
        QCOMPARE(cell(model, wildcard, CertificateTableModel::NamesColumn),
                 QStringLiteral("*.example.test"));
        QCOMPARE(healthAt(model, wildcard), Health::Critical); // 5 days < 7
        QVERIFY(cell(model, wildcard, CertificateTableModel::DaysLeftColumn)
                    .startsWith(QStringLiteral("5 day")));
        QCOMPARE(cell(model, expired, CertificateTableModel::StatusColumn),
                 QStringLiteral("expired"));
        QCOMPARE(healthAt(model, expired), Health::Critical);
        QCOMPARE(cell(model, main, CertificateTableModel::KeyColumn),
                 QStringLiteral("ECDSA P-256"));
        QVERIFY(dashboard.renewalText().contains(QStringLiteral("certbot.timer: active")));
        QVERIFY(dashboard.renewalText().contains(QStringLiteral("certbot renew --quiet")));

        QCOMPARE(cell(model, main, CertificateTableModel::LiveCheckColumn),
                 QStringLiteral("not checked"));
        dashboard.setLiveCheck(m_snapshot.certificates.at(0).path,
                               QStringLiteral("served by app.example.test:443"), Health::Ok);
        QCOMPARE(cell(model, main, CertificateTableModel::LiveCheckColumn),
                 QStringLiteral("served by app.example.test:443"));
        // Kept across a refresh.
        dashboard.setSnapshot(m_snapshot, m_assessment, m_profile);
        QCOMPARE(cell(model, main, CertificateTableModel::LiveCheckColumn),
                 QStringLiteral("served by app.example.test:443"));

        // Profile thresholds: with 4 critical days the 5-day certificate is only a warning.
        ServerProfile lenient = m_profile;
        lenient.certificateCriticalDays = 4;
        dashboard.setSnapshot(m_snapshot, m_assessment, lenient);
        QCOMPARE(healthAt(model, wildcard), Health::Warning);

        QWidget window;
        dashboard.setParent(&window);
        window.show();
        QSignalSpy renew(&dashboard, &CertificatesDashboard::renewRequested);
        dashboard.findChild<DashboardTableView*>(QStringLiteral("certificatesTable"))
            ->selectSourceRow(wildcard);
        dashboard.findChild<QAction*>(QStringLiteral("certificateRenew"))->trigger();
        QMessageBox* box = confirmation(&dashboard);
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("example.test-0001")));
        box->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QCOMPARE(renew.count(), 1);
        QCOMPARE(renew.at(0).at(0).toString(), QStringLiteral("example.test-0001"));
        dashboard.setParent(nullptr);
    }

    void backups()
    {
        BackupsDashboard dashboard;
        dashboard.resize(1200, 800);
        dashboard.show();
        dashboard.setSnapshot(m_snapshot, m_assessment, m_profile);
        const BackupTableModel* model = dashboard.model();
        QCOMPARE(model->rowCount(), 2);
        const int central = rowOf(model, QStringLiteral("medicalpro_central"));
        QCOMPARE(cell(model, central, BackupTableModel::MissingColumn), QStringLiteral("20 Nov"));
        QCOMPARE(healthAt(model, central), Health::Warning);
        QCOMPARE(cell(model, central, BackupTableModel::AgeColumn), QStringLiteral("8 h ago"));
        QCOMPARE(cell(model, central, BackupTableModel::CountColumn), QStringLiteral("6"));
        QCOMPARE(cell(model, central, BackupTableModel::EncryptedColumn), QStringLiteral("yes"));
        QVERIFY(cell(model, central, BackupTableModel::RetentionColumn)
                    .startsWith(QStringLiteral("7 day")));
        QCOMPARE(cell(model, central, BackupTableModel::SizeColumn),
                 DisplayFormat::size(138 * MiB));
        const auto trend = model->index(central, BackupTableModel::TrendColumn)
                               .data(DashboardTableModel::ValuesRole)
                               .value<QList<qreal>>();
        QCOMPARE(trend.size(), 6);
        QCOMPARE(trend.last(), qreal(138 * MiB)); // newest on the right
        QVERIFY(trend.first() < trend.last());

        // The selected target (the first) lists its files and says which day is missing.
        auto* missing = dashboard.findChild<MessageBanner*>(QStringLiteral("backupMissing"));
        QCOMPARE(missing->text(), QStringLiteral("missing: 20 Nov"));
        QCOMPARE(dashboard.fileModel()->rowCount(), 6);

        // The backup log: the error lines are the red ones.
        LogView* log = dashboard.logView();
        QCOMPARE(log->document()->blockCount(), 5);
        for (int i = 0; i < 5; ++i) {
            const QTextBlock block = log->document()->findBlockByNumber(i);
            const bool red =
                !block.layout()->formats().isEmpty() &&
                block.layout()->formats().first().format.foreground().color().red() > 150;
            QCOMPARE(red, i == 1 || i == 2);
        }

        QSignalSpy verify(&dashboard, &BackupsDashboard::verifyRequested);
        QSignalSpy now(&dashboard, &BackupsDashboard::backupNowRequested);
        dashboard.findChild<QAction*>(QStringLiteral("backupVerify"))->trigger();
        QCOMPARE(verify.count(), 1);
        QCOMPARE(verify.at(0).at(0).toString(), QStringLiteral("medicalpro_central"));
        QCOMPARE(verify.at(0).at(1).toString(),
                 QStringLiteral("/var/backups/medicalpro/central_20261123.dump.gpg"));
        dashboard.findChild<QAction*>(QStringLiteral("backupNow"))->trigger();
        QCOMPARE(now.count(), 1);
    }

    void tenants()
    {
        TenantsDashboard dashboard;
        dashboard.setSnapshot(m_snapshot, m_assessment, m_profile);
        const TenantTableModel* model = dashboard.model();
        QCOMPARE(model->rowCount(), 3);
        const int alpha = rowOf(model, AlphaId);
        const int beta = rowOf(model, BetaId);
        const int gamma = rowOf(model, GammaId);
        QCOMPARE(healthAt(model, alpha), Health::Ok);
        QCOMPARE(cell(model, alpha, TenantTableModel::HostColumn),
                 QStringLiteral("alpha.example.test"));
        QCOMPARE(cell(model, alpha, TenantTableModel::CertificateColumn),
                 QStringLiteral("example.test-0001")); // the wildcard
        QCOMPARE(cell(model, alpha, TenantTableModel::DatabaseColumn),
                 DisplayFormat::size(48 * MiB));
        QCOMPARE(cell(model, alpha, TenantTableModel::BackupColumn), QStringLiteral("7 h ago"));
        QCOMPARE(healthAt(model, beta), Health::Critical);
        QVERIFY(
            cell(model, beta, TenantTableModel::ProblemsColumn).contains(QStringLiteral("502")));
        QCOMPARE(healthAt(model, gamma), Health::Critical);
        QCOMPARE(cell(model, gamma, TenantTableModel::ProvisionedColumn), QStringLiteral("no"));
        QVERIFY(cell(model, gamma, TenantTableModel::ProblemsColumn)
                    .contains(QStringLiteral("not provisioned")));
        QVERIFY(model->index(gamma, TenantTableModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not provisioned")));
        QVERIFY(dashboard.summaryText().startsWith(QStringLiteral("3 tenant")));
        QVERIFY(dashboard.summaryText().endsWith(QStringLiteral(", 2 with problems")));

        dashboard.findChild<QCheckBox*>(QStringLiteral("tenantsProblemsOnly"))->setChecked(true);
        QCOMPARE(dashboard.view()->visibleRowCount(), 2);
        dashboard.findChild<QLineEdit*>(QStringLiteral("tenantsFilter"))
            ->setText(QStringLiteral("gamma"));
        QCOMPARE(dashboard.view()->visibleRowCount(), 1);
    }

    void fleetOverview()
    {
        FleetOverview overview;
        overview.resize(900, 300);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        FleetOverviewModel* model = overview.model();
        model->setServers({{QStringLiteral("s1"), QStringLiteral("medicalpro-prod")},
                           {QStringLiteral("s2"), QStringLiteral("chrona-staging")}});
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(cell(model, 0, FleetOverviewModel::ServicesColumn), DisplayFormat::none());
        QCOMPARE(cell(model, 0, FleetOverviewModel::RefreshedColumn), QStringLiteral("never"));

        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        model->setAssessment(QStringLiteral("s1"), m_assessment, QDateTime::currentDateTime());
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model->areaHealth(0, Area::Services), Health::Critical); // the stopped app
        QCOMPARE(model->areaHealth(0, Area::Certificates), Health::Critical);
        QCOMPARE(model->areaHealth(0, Area::Backups), Health::Warning);
        QCOMPARE(cell(model, 0, FleetOverviewModel::BackupsColumn),
                 Assessment::healthName(Health::Warning));
        QVERIFY(model->index(0, FleetOverviewModel::ServicesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("medical-pro-frontend")));
        model->setRefreshError(QStringLiteral("s2"), QStringLiteral("Connection refused."));
        QCOMPARE(cell(model, 1, FleetOverviewModel::ConnectionColumn),
                 QStringLiteral("refresh failed"));
        QVERIFY(overview.summaryText().startsWith(QStringLiteral("2 server")));

        QSignalSpy open(&overview, &FleetOverview::openDashboard);
        QTableView* view = overview.view();
        const QModelIndex index = view->model()->index(0, FleetOverviewModel::BackupsColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("s1"));
        QCOMPARE(open.at(0).at(1).value<Area>(), Area::Backups);
    }

    void logViewBatches()
    {
        LogView view;
        view.setMaximumBlockCount(5000);
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Appending never touches the document: it only queues (no timing: the document is
        // simply still empty right after the call).
        QString burst;
        for (int i = 0; i < 4000; ++i) // under the view's limit: nothing is trimmed
            burst += QStringLiteral("burst %1\n").arg(i);
        view.setMaxLinesPerFlush(1000);
        view.appendText(burst);
        QCOMPARE(view.document()->blockCount(), 1);
        // Then it is shown in bounded batches: the first flush inserts at most 1000 lines.
        QVERIFY(QTest::qWaitFor([&view] { return view.document()->blockCount() > 1; }, 5000));
        QVERIFY(view.document()->blockCount() <= 1001);
        QVERIFY(view.pendingLineCount() >= 2000);
        view.setMaxLinesPerFlush(2000);
        // Drains eventually; generous for sanitizer builds (no timing is asserted here).
        QVERIFY(QTest::qWaitFor([&view] { return view.pendingLineCount() == 0; }, 30000));
        view.clearLog();

        // 50 000 lines in 100 ms from a "stream", while a heartbeat timer measures how long the
        // event loop is ever blocked.
        int produced = 0;
        QTimer producer;
        producer.setInterval(2);
        connect(&producer, &QTimer::timeout, &view, [&] {
            QString chunk;
            for (int i = 0; i < 1000 && produced < 50000; ++i, ++produced)
                chunk += QStringLiteral("2026-11-23 10:00:00 worker[%1] request %2 done\n")
                             .arg(produced % 8)
                             .arg(produced);
            view.appendText(chunk);
            if (produced >= 50000)
                producer.stop();
        });
        qint64 longestGap = 0;
        QElapsedTimer beat;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, &view,
                [&] { longestGap = qMax(longestGap, beat.restart()); });
        beat.start();
        heartbeat.start();
        producer.start();
        QVERIFY(QTest::qWaitFor([&] { return produced >= 50000 && view.pendingLineCount() == 0; },
                                20000));
        QTest::qWait(3 * LogView::FlushIntervalMs);
        heartbeat.stop();
        qInfo("longest event loop gap while 50 000 lines arrived: %lld ms", longestGap);
        // Measured and printed, not asserted: speed targets belong to the benchmarks; the
        // bounded batches are checked above.
        QVERIFY(view.document()->blockCount() <= 5001);
        QCOMPARE(view.receivedLineCount(), 50000);
        const QTextBlock last = view.document()->lastBlock().previous();
        QVERIFY2(last.text().endsWith(QStringLiteral("request 49999 done")),
                 qPrintable(last.text()));

        // Pause holds lines back; resuming shows them.
        view.setPaused(true);
        view.appendLines({QStringLiteral("held 1"), QStringLiteral("held 2")});
        QTest::qWait(2 * LogView::FlushIntervalMs);
        QVERIFY(!view.toPlainText().contains(QStringLiteral("held 1")));
        QVERIFY(view.statusText().startsWith(QStringLiteral("Paused: 2 new line")));
        view.setPaused(false);
        QVERIFY(
            QTest::qWaitFor([&] { return view.toPlainText().contains(QStringLiteral("held 2")); }));
    }

    void logTailWindow()
    {
        auto* window = new LogTailWindow(QStringLiteral("medicalpro-prod"),
                                         QStringLiteral("pm2 medical-pro-backend"));
        QPointer<LogTailWindow> guard(window);
        QCOMPARE(window->windowTitle(),
                 QStringLiteral("Logs — medicalpro-prod — pm2 medical-pro-backend"));
        window->show();
        QSignalSpy stop(window, &LogTailWindow::stopRequested);
        // A UTF-8 character and a line split across chunks.
        const QByteArray text = QStringLiteral("Démarrage du serveur\nécoute sur 3001\n").toUtf8();
        window->appendOutput(text.left(2));
        window->appendOutput(text.mid(2, 20));
        window->appendOutput(text.mid(22));
        QVERIFY(QTest::qWaitFor([window] {
            return window->logView()->toPlainText().contains(QStringLiteral("écoute sur 3001"));
        }));
        QVERIFY(
            window->logView()->toPlainText().startsWith(QStringLiteral("Démarrage du serveur\n")));
        window->findChild<QAction*>(QStringLiteral("logStop"))->trigger();
        QCOMPARE(stop.count(), 1);
        window->finished(QStringLiteral("the command ended"));
        QVERIFY(!window->isRunning());
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("logStatus"))
                    ->text()
                    .contains(QStringLiteral("the command ended")));
        window->close(); // deletes itself
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(stop.count(), 1);
    }

    void mainWindowTabsAndRefresh()
    {
        SshEngine engine;
        SecretStore store(QStringLiteral("Vigie-test-dashboards"));
        KeyRing keyRing(&store);
        Fleet fleet;
        QVERIFY(fleet.load());
        Server server;
        server.name = QStringLiteral("medicalpro-prod");
        server.host = QStringLiteral("app.example.test");
        server.port = 2222;
        server.user = QStringLiteral("deploy");
        server.auth = Server::Auth::Agent;
        QCOMPARE(fleet.add(server), QString());
        const QString id = fleet.find(server.name)->id;
        ServerConnections connections(&engine, &keyRing);
        MainWindow window(&fleet, &keyRing, &connections);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("serverTabs"));
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
        QCOMPARE(titles, QStringList({QStringLiteral("Fleet"), QStringLiteral("Overview"),
                                      QStringLiteral("Services"), QStringLiteral("Certificates"),
                                      QStringLiteral("Backups"), QStringLiteral("Tenants"),
                                      QStringLiteral("Runs")}));
        // The window opens on the fleet overview, where an operator looks first.
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("fleetOverview"));
        DashboardPage* services = window.dashboards()->page(Area::Services);
        QCOMPARE(services->emptyText(), QStringLiteral("Not refreshed yet — press Refresh (F5)"));

        auto* refresh = window.findChild<QAction*>(QStringLiteral("actionRefresh"));
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(!refresh->isEnabled()); // nobody to do it yet
        QStringList asked;
        window.setRefreshHandler([&asked](const QString& serverId) { asked.append(serverId); });
        bool autoRefresh = false;
        window.setAutoRefreshHandler([&autoRefresh](bool on) { autoRefresh = on; });
        window.setProfileResolver([this](const QString&) { return m_profile; });
        QVERIFY(refresh->isEnabled());
        refresh->trigger();
        QCOMPARE(asked, QStringList{id});
        window.findChild<QAction*>(QStringLiteral("actionAutoRefresh"))->trigger();
        QVERIFY(autoRefresh);

        window.showRefreshStarted(id);
        QCOMPARE(services->emptyText(), QStringLiteral("Refreshing…"));
        QVERIFY(!refresh->isEnabled());
        window.showSnapshot(id, m_snapshot, m_assessment);
        QVERIFY(services->isShowingDashboard());
        QVERIFY(refresh->isEnabled());
        QCOMPARE(window.dashboards()->services()->pm2Model()->rowCount(), 2);
        QCOMPARE(window.fleetOverview()->model()->areaHealth(0, Area::Certificates),
                 Health::Critical);

        SshError error = SshError::make(SshError::Code::ConnectionRefused,
                                        QStringLiteral("app.example.test"), 2222);
        window.showRefreshError(id, error);
        QVERIFY(services->isShowingDashboard()); // the last data stays, with a banner
        QVERIFY(services->bannerText().contains(error.message()));

        window.openDashboard(id, Area::Backups);
        QCOMPARE(tabs->currentWidget(), window.dashboards()->page(Area::Backups));
    }
};

QTEST_MAIN(TestDashboards)
#include "tst_dashboards.moc"
