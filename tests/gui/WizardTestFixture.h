#pragma once
// What the wizard and Runs tab GUI tests share: the engine objects wired as main() wires them,
// a server of the fleet pointing at the fixture with its own profile, one refresh done (the
// wizards prefill their lists from it), and psql / shell helpers to check and clean up.

#include "TestSupport.h"
#include "core/AppPaths.h"
#include "core/ShellQuote.h"
#include "fleet/Fleet.h"
#include "fleet/FleetMonitor.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "ssh/SshEngine.h"
#include "wizards/OperationEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace vigie::test {

class WizardTestFixture
{
public:
    IsolatedHome home; // before any Vigie object
    Fixture fixture;
    QMap<QString, QString> env;
    std::unique_ptr<SshEngine> engine;
    std::unique_ptr<SecretStore> store;
    std::unique_ptr<KeyRing> keyRing;
    std::unique_ptr<Fleet> fleet;
    std::unique_ptr<ServerConnections> connections;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<FleetMonitor> monitor;
    std::unique_ptr<OperationEnvironment> environment;
    QString serverId;
    ServerProfile profile;

    // QVERIFY-style: returns false (with a warning) when something is missing.
    bool setUp()
    {
        fixture = Fixture::load();
        if (!fixture.isValid())
            return false;
        QFile envFile(fixture.dir + QStringLiteral("/env"));
        if (!envFile.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray& line : envFile.readAll().split('\n')) {
            const int equals = line.indexOf('=');
            if (equals > 0)
                env.insert(QString::fromUtf8(line.left(equals)),
                           QString::fromUtf8(line.mid(equals + 1)));
        }
        QDir().mkpath(AppPaths::dataDir());
        if (!QFile::copy(fixture.dir + QStringLiteral("/known_hosts"), AppPaths::knownHostsFile()))
            return false;
        engine = std::make_unique<SshEngine>();
        store = std::make_unique<SecretStore>();
        keyRing = std::make_unique<KeyRing>(store.get());
        if (!keyRing->load())
            return false;
        bool imported = false;
        QObject context;
        keyRing->importFile(QStringLiteral("fixture"),
                            fixture.keyPath(QStringLiteral("id_ed25519")), {}, false, &context,
                            [&](const KeyResult& r) { imported = r.ok(); });
        if (!QTest::qWaitFor([&] { return imported; }, 20000))
            return false;
        fleet = std::make_unique<Fleet>();
        if (!fleet->load())
            return false;
        Server server;
        server.name = QStringLiteral("medicalpro");
        server.host = fixture.host;
        server.port = fixture.port;
        server.user = fixture.user;
        server.keyName = QStringLiteral("fixture");
        server.profileId = QStringLiteral("custom");
        if (!fleet->add(server).isEmpty())
            return false;
        serverId = fleet->servers().first().id;
        QFile profileFile(fixture.dir + QStringLiteral("/profile.json"));
        if (!profileFile.open(QIODevice::ReadOnly))
            return false;
        profile = ServerProfile::fromJson(QJsonDocument::fromJson(profileFile.readAll()).object());
        profiles = std::make_unique<ProfileStore>();
        if (!profiles->save(fleet->servers().first(), profile))
            return false;
        connections = std::make_unique<ServerConnections>(engine.get(), keyRing.get());
        monitor = std::make_unique<FleetMonitor>(fleet.get(), connections.get(), profiles.get());
        environment = std::make_unique<OperationEnvironment>(fleet.get(), connections.get(),
                                                             profiles.get(), monitor.get());
        return refresh();
    }

    // One probe of the server, as F5 does: the wizards read tenants and databases from it.
    bool refresh()
    {
        QSignalSpy ready(monitor.get(), &FleetMonitor::snapshotReady);
        QSignalSpy failed(monitor.get(), &FleetMonitor::refreshFailed);
        monitor->refresh(serverId);
        return QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 60000) &&
               failed.isEmpty();
    }

    void tearDown()
    {
        environment.reset();
        monitor.reset();
        connections.reset();
    }

    // psql as the superuser on the fixture's socket; unaligned, tuples only.
    QString sql(const QString& database, const QString& query) const
    {
        int rc = -1;
        const QByteArray out =
            runProgram(QStringLiteral("psql"),
                       {QStringLiteral("-X"), QStringLiteral("-qAt"), QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                        env.value(QStringLiteral("VIGIE_FIXTURE_PG_SOCKET")), QStringLiteral("-p"),
                        env.value(QStringLiteral("VIGIE_FIXTURE_PG_PORT")), QStringLiteral("-U"),
                        QStringLiteral("postgres"), QStringLiteral("-d"), database,
                        QStringLiteral("-c"), query},
                       &rc);
        return rc == 0 ? QString::fromUtf8(out).trimmed() : QStringLiteral("psql failed");
    }

    // A fixture helper script (bin/app-repo …), run locally: the fixture is on this machine.
    QString fixtureTool(const QStringList& args) const
    {
        int rc = -1;
        const QByteArray out =
            runProgram(fixture.dir + QLatin1Char('/') + args.first(), args.mid(1), &rc);
        return rc == 0 ? QString::fromUtf8(out).trimmed() : QStringLiteral("failed");
    }
};

} // namespace vigie::test
