// Honest at a glance, in the real main window against the fixture server:
// - a server with no profile shows "not watched" in every area (fleet overview, dashboards with
//   their Detect… / Set up… way out), never OK;
// - text from the server (tenant names from the central database, certificate subjects, backup
//   file names) is shown as the characters it is: no label or tooltip interprets it as rich text
//   (`<img src="/dev/zero">` would freeze the GUI thread reading /dev/zero; this test would then
//   hang until ctest's time limit).
// The hostile names are real server data: a tenant query that returns them, a certificate made by
// openssl with such a subject, and backup files so named, all read over SSH by the real probe.
#include "MainWindow.h"
#include "WizardTestFixture.h"
#include "dashboards/DashboardPage.h"
#include "dashboards/FleetOverviewModel.h"
#include "fleet/FleetModel.h"
#include "widgets/RemoteText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolTip>
#include <QtTest>

using namespace vigie;

namespace {

const QString TenantMarker = QStringLiteral("<img src=\"/dev/zero\"><b>bold</b>");
// Markup that must never reach a label or tooltip uninterpreted-as-text.
const QStringList RawMarkup = {QStringLiteral("<img"), QStringLiteral("<b>"),
                               QStringLiteral("<a href")};

bool carriesMarkup(const QString& text)
{
    return std::any_of(RawMarkup.cbegin(), RawMarkup.cend(),
                       [&](const QString& markup) { return text.contains(markup); });
}

QString plainOf(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

} // namespace

class TestHonestGlance : public QObject
{
    Q_OBJECT
    test::WizardTestFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
    QString m_bareId;
    QTemporaryDir m_remote; // the "server's" own files for the hostile names (same machine)

    QTabWidget* tabs() const { return m_window->findChild<QTabWidget*>(); }

    bool refreshAndWait(const QString& serverId)
    {
        QSignalSpy ready(m_fx.monitor.get(), &FleetMonitor::snapshotReady);
        QSignalSpy failed(m_fx.monitor.get(), &FleetMonitor::refreshFailed);
        m_fx.monitor->refresh(serverId);
        return QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 60000) &&
               failed.isEmpty();
    }

    // Every label of the window and its dashboards that shows markup must show it as text.
    void checkLabels(const QString& where)
    {
        for (const QLabel* label : m_window->findChildren<QLabel*>()) {
            if (!carriesMarkup(label->text()))
                continue;
            QVERIFY2(label->textFormat() == Qt::PlainText,
                     qPrintable(QStringLiteral("%1: label %2 shows server text as rich text: %3")
                                    .arg(where, label->objectName(), label->text())));
        }
    }

    // Hovers every cell of every visible view that carries markup, and checks the tooltip shows
    // the characters (rendered text == the model's text) and nothing else.
    void checkViews(const QString& where, int* checked)
    {
        for (QAbstractItemView* view : m_window->findChildren<QAbstractItemView*>()) {
            if (!view->isVisible() || !view->model())
                continue;
            const QAbstractItemModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    const QString tip = index.data(Qt::ToolTipRole).toString();
                    const QString shown = index.data(Qt::DisplayRole).toString();
                    if (!carriesMarkup(tip) && !carriesMarkup(shown))
                        continue;
                    // Selecting the row shows the details panels too (certificate, backups).
                    view->setCurrentIndex(index);
                    checkLabels(where);
                    if (tip.isEmpty())
                        continue;
                    view->scrollTo(index);
                    const QPoint position = view->visualRect(index).center();
                    if (view->indexAt(position) != index)
                        continue; // a hidden column, or a cell out of sight: not hoverable
                    QToolTip::hideText();
                    QHelpEvent event(QEvent::ToolTip, position,
                                     view->viewport()->mapToGlobal(position));
                    QApplication::sendEvent(view->viewport(), &event);
                    if (!QToolTip::isVisible())
                        continue; // a cell scrolled away: the others prove the rule
                    const QString html = QToolTip::text();
                    QVERIFY2(!carriesMarkup(html), qPrintable(where + QStringLiteral(": ") + html));
                    QCOMPARE(plainOf(html), tip.simplified());
                    ++*checked;
                }
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_remote.isValid());
        QVERIFY(m_fx.setUp());
        // A certificate whose subject is markup, in a directory the profile watches.
        const QString live = m_remote.filePath(QStringLiteral("live/evil"));
        QVERIFY(QDir().mkpath(live));
        QFile config(m_remote.filePath(QStringLiteral("evil.cnf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[req]\nprompt = no\ndistinguished_name = dn\nx509_extensions = ext\n"
                     "[dn]\nCN = Evil<b>bold</b><img src=/dev/zero>\n"
                     "O = <a href=https://x.example.test>Org</a>\n"
                     "[ext]\nsubjectAltName = DNS:evil.example.test\n");
        config.close();
        int rc = -1;
        test::runProgram(QStringLiteral("openssl"),
                         {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"),
                          config.fileName(), QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                          QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                          m_remote.filePath(QStringLiteral("evil.key")), QStringLiteral("-out"),
                          live + QStringLiteral("/cert.pem"), QStringLiteral("-days"),
                          QStringLiteral("90")},
                         &rc);
        QCOMPARE(rc, 0);
        // Backup files so named.
        const QString backups = m_remote.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(backups));
        for (const char* name :
             {"evil_<b>bold<img src=zero>.dump.gpg", "evil_<a href=x>.dump.gpg"}) {
            QFile file(backups + QLatin1Char('/') + QString::fromUtf8(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not really encrypted");
        }
        // Make the directory readable by the SSH user whoever runs the test (the fixture runs as
        // the same user, but QTemporaryDir is 0700).
        QFile::setPermissions(m_remote.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ExeOwner | QFile::ReadOther |
                                                   QFile::ExeOther);

        ServerProfile profile = m_fx.profile;
        profile.certificatePaths.append(m_remote.filePath(QStringLiteral("live")));
        profile.backups.append({QStringLiteral("evil"), backups, QStringLiteral("evil_*"), 26, 30});
        profile.tenantQuery =
            QStringLiteral("SELECT id, name || $$%1$$, subdomain, CASE WHEN clinic_db_provisioned "
                           "THEN 't' ELSE 'f' END FROM companies ORDER BY name")
                .arg(TenantMarker);
        QVERIFY(m_fx.profiles->save(*m_fx.fleet->find(m_fx.serverId), profile));

        // The same host with nothing configured, as a server added without a profile.
        Server bare = *m_fx.fleet->find(m_fx.serverId);
        bare.id.clear();
        bare.name = QStringLiteral("bare");
        bare.profileId.clear();
        QCOMPARE(m_fx.fleet->add(bare), QString());
        m_bareId = m_fx.fleet->find(QStringLiteral("bare"))->id;

        m_window = std::make_unique<MainWindow>(m_fx.fleet.get(), m_fx.keyRing.get(),
                                                m_fx.connections.get());
        ProfileStore* profiles = m_fx.profiles.get();
        Fleet* fleet = m_fx.fleet.get();
        m_window->setProfileResolver([fleet, profiles](const QString& id) {
            return profiles->profileFor(*fleet->find(id));
        });
        connect(m_fx.monitor.get(), &FleetMonitor::snapshotReady, m_window.get(),
                &MainWindow::showSnapshot);
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void bareServerIsNotWatchedAnywhere()
    {
        QVERIFY(refreshAndWait(m_bareId));
        const FleetOverviewModel* overview = m_window->findChild<FleetOverviewModel*>();
        QVERIFY(overview);
        int row = 0;
        while (row < overview->rowCount() && overview->serverId(row) != m_bareId)
            ++row;
        QVERIFY(row < overview->rowCount());
        for (Area area : Assessment::AllAreas) {
            const QModelIndex cell = overview->index(row, FleetOverviewModel::columnOf(area));
            QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("not watched"));
            QCOMPARE(cell.data(DashboardTableModel::HealthRole).toInt(), int(Health::NotWatched));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Detect")));
        }
        QCOMPARE(overview->health(row), Health::NotWatched);

        m_window->selectServer(m_bareId);
        for (const char* page :
             {"servicesPage", "certificatesPage", "backupsPage", "tenantsPage"}) {
            auto* dashboard = m_window->findChild<DashboardPage*>(QLatin1String(page));
            QVERIFY(dashboard);
            tabs()->setCurrentWidget(dashboard);
            QVERIFY2(dashboard->notWatchedText().startsWith(QStringLiteral("Not watched: ")), page);
            auto* detect =
                dashboard->findChild<QPushButton*>(QLatin1String(page) + QStringLiteral("Detect"));
            QVERIFY(detect && detect->isVisible());
        }
        // The status bar and the server's tooltip in the tree say it too.
        auto* status = m_window->findChild<QLabel*>(QStringLiteral("statusRefresh"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("not watched")),
                 qPrintable(status->text()));
        const FleetModel* tree = m_window->findChild<FleetModel*>();
        QVERIFY(tree);
        const QString treeTip = tree->indexOfServer(m_bareId).data(Qt::ToolTipRole).toString();
        QVERIFY2(treeTip.contains(QStringLiteral("Backups: not watched")), qPrintable(treeTip));

        // What the operator sees, kept for the README and for a person to look at.
        const QString shot = qEnvironmentVariable("VIGIE_TEST_HOMES", QDir::tempPath()) +
                             QStringLiteral("/not-watched.png");
        QVERIFY(m_window->grab().save(shot));
    }

    void serverTextStaysText()
    {
        QVERIFY(refreshAndWait(m_fx.serverId));
        m_window->selectServer(m_fx.serverId);
        int tooltips = 0;
        for (const char* page :
             {"servicesPage", "certificatesPage", "backupsPage", "tenantsPage"}) {
            auto* dashboard = m_window->findChild<DashboardPage*>(QLatin1String(page));
            QVERIFY(dashboard);
            tabs()->setCurrentWidget(dashboard);
            QVERIFY(dashboard->isShowingDashboard());
            checkLabels(QLatin1String(page));
            checkViews(QLatin1String(page), &tooltips);
        }
        // The tenant rows' tooltips ("Name<img…>: no problem found") were hovered at least.
        qInfo("%d tooltips with server text hovered", tooltips);
        QVERIFY2(tooltips >= 1, qPrintable(QString::number(tooltips)));

        // And the text is there, character for character, where it is shown.
        bool tenantShown = false;
        for (QAbstractItemView* view : m_window->findChildren<QAbstractItemView*>()) {
            for (int row = 0; view->model() && row < view->model()->rowCount(); ++row)
                tenantShown = tenantShown ||
                              view->model()->index(row, 0).data().toString().endsWith(TenantMarker);
        }
        QVERIFY(tenantShown);
    }

    void messageBoxesShowServerTextAsText()
    {
        QMessageBox box;
        box.setText(TenantMarker);
        box.setInformativeText(TenantMarker);
        RemoteText::makePlain(&box);
        box.show();
        for (const QLabel* label : box.findChildren<QLabel*>()) {
            if (label->text() == TenantMarker)
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_fx.tearDown();
    }
};

QTEST_MAIN(TestHonestGlance)
#include "tst_honestglance.moc"
