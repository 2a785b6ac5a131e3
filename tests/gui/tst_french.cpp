// French everywhere: with French selected (Vigie's and Qt's own translations, French locale),
// the main window, a dashboard's headers, a wizard page with its standard buttons, an SSH error
// and Vigie's sizes and dates are French. The expected words are written out, so a missing
// or unfinished translation fails here.
#include "MainWindow.h"
#include "TestSupport.h"
#include "dashboards/DisplayFormat.h"
#include "dashboards/Pm2TableModel.h"
#include "fleet/Fleet.h"
#include "fleet/FleetMonitor.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "ssh/SshEngine.h"
#include "ssh/SshError.h"
#include "wizards/OperationEnvironment.h"
#include "wizards/ProvisionWizard.h"

#include <QAbstractButton>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace vigie;

class TestFrench : public QObject
{
    Q_OBJECT
    test::IsolatedHome m_home;
    QTranslator m_qt;
    QTranslator m_vigie;

private slots:
    void initTestCase()
    {
        const QLocale french(QLocale::French, QLocale::France);
        QLocale::setDefault(french);
        // The same files main() loads: Qt's (standard buttons) from the system, Vigie's embedded.
        QVERIFY(m_qt.load(french, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QVERIFY(m_vigie.load(french, QStringLiteral("vigie"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_qt);
        QCoreApplication::installTranslator(&m_vigie);
    }

    void mainWindowMenusAreFrench()
    {
        SshEngine engine;
        SecretStore store(QStringLiteral("Vigie-test-french"));
        KeyRing keyRing(&store);
        Fleet fleet;
        ServerConnections connections(&engine, &keyRing);
        MainWindow window(&fleet, &keyRing, &connections);
        QStringList menus; // without the accelerator marks, which translators choose
        for (QAction* action : window.menuBar()->actions())
            menus.append(action->text().remove(QLatin1Char('&')));
        QVERIFY2(menus.contains(QStringLiteral("Serveur")), qPrintable(menus.join(u", ")));
        QVERIFY2(menus.contains(QStringLiteral("Opérations")), qPrintable(menus.join(u", ")));
    }

    void dashboardHeadersAreFrench()
    {
        Pm2TableModel model;
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers.append(model.headerData(column, Qt::Horizontal).toString());
        QVERIFY2(headers.contains(QStringLiteral("État")), qPrintable(headers.join(u", ")));
        QVERIFY2(headers.contains(QStringLiteral("Redémarrages")), qPrintable(headers.join(u", ")));
    }

    void wizardPageAndItsButtonsAreFrench()
    {
        Fleet fleet;
        ProfileStore profiles;
        ServerConnections connections(nullptr, nullptr);
        FleetMonitor monitor(&fleet, &connections, &profiles);
        OperationEnvironment environment(&fleet, &connections, &profiles, &monitor);
        ProvisionWizard wizard(&environment, QString());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Serveur"));
        // Qt's own words come from qtbase_fr.qm.
        QVERIFY2(wizard.buttonText(QWizard::NextButton).contains(u"Suivant"),
                 qPrintable(wizard.buttonText(QWizard::NextButton)));
        QVERIFY2(wizard.buttonText(QWizard::CancelButton).contains(u"Annuler"),
                 qPrintable(wizard.buttonText(QWizard::CancelButton)));
    }

    void sshErrorsAreFrench()
    {
        const SshError error = SshError::make(SshError::Code::ConnectionRefused,
                                              QStringLiteral("srv.example.test"), 2222);
        QVERIFY2(error.message().contains(u"a refusé la connexion"), qPrintable(error.message()));
    }

    void sizesAndDatesFollowTheFrenchLocale()
    {
        QCOMPARE(DisplayFormat::size(1610612736), QStringLiteral("1,5 Go"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 23), QStringLiteral("d MMM yyyy")),
                 QStringLiteral("23 nov. 2026"));
    }
};

QTEST_MAIN(TestFrench)
#include "tst_french.moc"
