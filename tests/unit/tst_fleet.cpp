// The fleet: validation before anything reaches SSH, servers.json round trip, no secrets.
#include "fleet/Fleet.h"

#include "TestSupport.h"

#include <QFile>
#include <QtTest>

using namespace vigie;

class TestFleet : public QObject
{
    Q_OBJECT

private:
    static Server sample()
    {
        Server server;
        server.name = QStringLiteral("clinic-prod");
        server.host = QStringLiteral("server.example.test");
        server.port = 2222;
        server.user = QStringLiteral("deploy");
        server.keyName = QStringLiteral("laptop");
        server.group = QStringLiteral("MedicalPro");
        return server;
    }

private slots:
    void validServer() { QCOMPARE(sample().validate(), QString()); }

    void invalidServers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << "name"
                                    << "";
        QTest::newRow("host with space") << "host"
                                         << "a b";
        QTest::newRow("host option injection") << "host"
                                               << "-oProxyCommand=x";
        QTest::newRow("host shell") << "host"
                                    << "h;rm -rf /";
        // A trailing newline slipped through a '$'-anchored pattern and would split a
        // known_hosts entry in two.
        QTest::newRow("host with final newline") << "host"
                                                 << "web1.example.test\n";
        QTest::newRow("host wildcard") << "host"
                                       << "*.example.test";
        QTest::newRow("host list") << "host"
                                   << "a.example.test,b.example.test";
        QTest::newRow("user with quote") << "user"
                                         << "de'ploy";
        QTest::newRow("user subst") << "user"
                                    << "$(id)";
        QTest::newRow("user too long") << "user" << QString(40, QLatin1Char('a'));
        QTest::newRow("user with final newline") << "user" << QStringLiteral("deploy\n");
        QTest::newRow("no key") << "key"
                                << "";
    }

    void invalidServers()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Server server = sample();
        if (field == QLatin1String("name"))
            server.name = value;
        else if (field == QLatin1String("host"))
            server.host = value;
        else if (field == QLatin1String("user"))
            server.user = value;
        else
            server.keyName = value;
        QVERIFY(!server.validate().isEmpty());
    }

    void saveAndReload()
    {
        test::IsolatedHome home;
        Fleet fleet;
        QVERIFY(fleet.load());
        QSignalSpy changed(&fleet, &Fleet::changed);
        QCOMPARE(fleet.add(sample()), QString());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!fleet.add(sample()).isEmpty()); // duplicate name
        Server agent = sample();
        agent.name = QStringLiteral("agent-box");
        agent.auth = Server::Auth::Agent;
        agent.keyName.clear();
        QCOMPARE(fleet.add(agent), QString());

        Fleet reloaded;
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.servers().size(), 2);
        const Server first = reloaded.servers().first();
        QCOMPARE(first.port, quint16(2222));
        QCOMPARE(first.user, QStringLiteral("deploy"));
        QCOMPARE(first.group, QStringLiteral("MedicalPro"));
        QCOMPARE(reloaded.servers().at(1).auth, Server::Auth::Agent);
        QVERIFY(!first.id.isEmpty());
        QCOMPARE(QFile::permissions(fleet.path()) & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());

        Server renamed = first;
        renamed.name = QStringLiteral("clinic-production");
        QCOMPARE(reloaded.update(renamed), QString());
        QCOMPARE(reloaded.remove(first.id), QString());
        QCOMPARE(reloaded.servers().size(), 1);
    }

    void corruptFileIsAnError()
    {
        test::IsolatedHome home;
        Fleet fleet;
        QDir().mkpath(QFileInfo(fleet.path()).absolutePath());
        QFile file(fleet.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QString error;
        QVERIFY(!fleet.load(&error));
        QVERIFY(error.contains(fleet.path()));
        // A file Vigie could not read is never overwritten: it may be repairable by hand.
        QVERIFY(!fleet.add(sample()).isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ not json"));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
