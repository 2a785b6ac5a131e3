// Section "compose": real captured output of the probe against a real Docker 20.10 daemon with
// docker-compose 1.29 (compose_v1_real.txt: a healthy PostgreSQL, a worker restarting in a
// loop, a stopped backend; compose_daemon_down_v1_real.txt: the daemon's socket gone), a
// sample written by hand from Docker's documented `docker ps` format for the Compose v2 plugin
// (not installable here: compose_ps_handwritten.txt), then the health judged from it.
#include "TestSupport.h"
#include "probe/Assessment.h"
#include "probe/ComposeParser.h"

#include <QFile>
#include <QtTest>

using namespace vigie;
using State = SectionStatus::State;

namespace {

QByteArray sample(const char* name)
{
    return vigie::test::probeSample(name);
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

const ComposeService* find(const QList<ComposeService>& services, const char* name)
{
    for (const ComposeService& service : services)
        if (service.service == QLatin1String(name))
            return &service;
    return nullptr;
}

} // namespace

class TestProbeCompose : public QObject
{
    Q_OBJECT

private slots:
    void realComposeV1()
    {
        QList<ComposeService> services;
        ComposeEngine engine;
        const SectionStatus status =
            ComposeParser::parse(sample("compose_v1_real.txt"), 0, {}, &services, &engine);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(engine.tool, QStringLiteral("docker-compose"));
        QVERIFY(engine.daemonError.isEmpty());
        QCOMPARE(services.size(), 3);

        const ComposeService* postgres = find(services, "postgres");
        QVERIFY(postgres);
        QCOMPARE(postgres->project, QStringLiteral("flotteq"));
        QCOMPARE(postgres->container, QStringLiteral("flotteq_postgres_1"));
        QCOMPARE(postgres->image, QStringLiteral("vigie-fx-base:1"));
        QCOMPARE(postgres->state, QStringLiteral("running"));
        QCOMPARE(postgres->health, QStringLiteral("healthy"));
        QCOMPARE(postgres->restarts, 0);
        QCOMPARE(postgres->startedAt, utc("2026-12-07T23:23:42.273Z"));
        QCOMPARE(postgres->workingDirectory, QStringLiteral("/tmp/dk/proj"));
        QCOMPARE(postgres->configFiles, QStringList{QStringLiteral("docker-compose.yml")});

        const ComposeService* worker = find(services, "worker");
        QVERIFY(worker);
        QCOMPARE(worker->state, QStringLiteral("restarting"));
        QCOMPARE(worker->restarts, 10);
        QCOMPARE(worker->exitCode, 1);

        const ComposeService* backend = find(services, "backend");
        QVERIFY(backend);
        QCOMPARE(backend->state, QStringLiteral("exited"));
        QCOMPARE(backend->exitCode, 137);
    }

    void realComposeV1_health()
    {
        QList<ComposeService> services;
        QVERIFY(ComposeParser::parse(sample("compose_v1_real.txt"), 0, {}, &services).usable());
        const QDateTime now = utc("2026-12-07T23:28:00Z");
        QCOMPARE(Assessment::composeHealth(*find(services, "postgres"), now), Health::Ok);
        QCOMPARE(Assessment::composeHealth(*find(services, "worker"), now), Health::Critical);
        QVERIFY(Assessment::composeDetail(*find(services, "worker"), now)
                    .contains(QLatin1String("loop")));
        QCOMPARE(Assessment::composeHealth(*find(services, "backend"), now), Health::Critical);
        QCOMPARE(Assessment::composeDetail(*find(services, "backend"), now),
                 QStringLiteral("exited with code 137"));
    }

    void restartCountsJudgedAgainstTheServerClock()
    {
        // Between two crashes a looping container reads "running": only its restart count and
        // start time tell. Long ago, the same count is history.
        ComposeService service;
        service.project = QStringLiteral("flotteq");
        service.service = QStringLiteral("worker");
        service.state = QStringLiteral("running");
        service.startedAt = utc("2026-12-07T23:27:00Z");
        service.restarts = 1;
        QCOMPARE(Assessment::composeHealth(service, utc("2026-12-07T23:28:00Z")), Health::Warning);
        QVERIFY(Assessment::composeDetail(service, utc("2026-12-07T23:28:00Z"))
                    .contains(QLatin1String("60 s ago")));
        service.restarts = 5;
        QCOMPARE(Assessment::composeHealth(service, utc("2026-12-07T23:28:00Z")), Health::Critical);
        QCOMPARE(Assessment::composeHealth(service, utc("2026-12-08T23:28:00Z")), Health::Ok);
        service.restarts = -1; // not read: no finding either way
        QCOMPARE(Assessment::composeHealth(service, utc("2026-12-07T23:28:00Z")), Health::Ok);
    }

    void realDaemonDown()
    {
        QList<ComposeService> services;
        ComposeEngine engine;
        const SectionStatus status = ComposeParser::parse(sample("compose_daemon_down_v1_real.txt"),
                                                          1, {}, &services, &engine);
        QCOMPARE(status.state, State::Failed);
        QVERIFY(status.message.contains(QLatin1String("Docker daemon does not answer")));
        QCOMPARE(engine.tool, QStringLiteral("docker-compose"));
        QVERIFY(
            engine.daemonError.startsWith(QLatin1String("Cannot connect to the Docker daemon")));
        // An older probe's output (no tool line) says the same.
        QVERIFY(
            ComposeParser::parse(sample("compose_daemon_down_real.txt"), 1, {}, &services, &engine)
                .message.contains(QLatin1String("does not answer")));
    }

    void daemonDownIsCriticalWhereTheProfileExpectsCompose()
    {
        Snapshot snapshot;
        snapshot.serverTime = utc("2026-12-07T23:28:00Z");
        const SectionStatus status =
            ComposeParser::parse(sample("compose_daemon_down_v1_real.txt"), 1, {},
                                 &snapshot.compose, &snapshot.composeEngine);
        snapshot.sections.insert(QStringLiteral("compose"), status);
        ServerProfile profile;
        profile.certificatePaths.clear();
        profile.composeProjects = {QStringLiteral("flotteq")};
        const Assessment expected = Assessment::of(snapshot, profile);
        QCOMPARE(expected.worst(Area::Services), Health::Critical);
        QVERIFY(expected.isWatched(Area::Services));
        // Where no project is expected, a client without a daemon is no finding.
        profile.composeProjects.clear();
        QCOMPARE(Assessment::of(snapshot, profile).worst(Area::Services), Health::NotWatched);
    }

    void handWrittenComposeV2()
    {
        // Hand-written: the Compose v2 plugin is not packaged for Debian 12. Format of
        // `docker ps --format '{{json .}}'` (Docker 20.10+ fields) and `docker compose ls`.
        QList<ComposeService> services;
        const SectionStatus status =
            ComposeParser::parse(sample("compose_ps_handwritten.txt"), 0, {}, &services);
        QCOMPARE(status.state, State::Ok);
        QCOMPARE(services.size(), 4);
        QCOMPARE(services.at(0).project, QStringLiteral("flotteq"));
        QCOMPARE(services.at(0).service, QStringLiteral("api"));
        QCOMPARE(services.at(0).container, QStringLiteral("flotteq-api-1"));
        QCOMPARE(services.at(0).state, QStringLiteral("running"));
        QCOMPARE(services.at(0).health, QStringLiteral("healthy"));
        QCOMPARE(services.at(0).restarts, -1); // no inspect part in that sample
        QCOMPARE(services.at(1).health, QStringLiteral("unhealthy"));
        QCOMPARE(services.at(2).state, QStringLiteral("restarting"));
        QCOMPARE(services.at(3).state, QStringLiteral("exited"));
    }

    void onlyConfiguredProjects()
    {
        QList<ComposeService> services;
        const QStringList projects = {QStringLiteral("flotteq"), QStringLiteral("chrona")};
        QCOMPARE(ComposeParser::parse(sample("compose_ps_handwritten.txt"), 0, projects, &services)
                     .state,
                 State::Ok);
        QCOMPARE(services.size(), 4); // three flotteq containers + chrona reported missing
        QCOMPARE(services.last().project, QStringLiteral("chrona"));
        QCOMPARE(services.last().state, QStringLiteral("missing"));
    }

    void permissionDenied()
    {
        // Docker's documented message for a user outside the docker group.
        QList<ComposeService> services;
        const SectionStatus status = ComposeParser::parse(
            "@@ ps\npermission denied while trying to connect to the Docker daemon socket at "
            "unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/"
            "containers/json\": dial unix /var/run/docker.sock: connect: permission denied\n",
            1, {}, &services);
        QCOMPARE(status.state, State::NeedsPrivileges);
    }

    void inspectLinesAreChecked()
    {
        QList<ComposeService> services;
        QByteArray text = sample("compose_v1_real.txt");
        text.append("not-an-id 1 2026-12-07T23:23:42Z 0\n");
        QCOMPARE(ComposeParser::parse(text, 0, {}, &services).state, State::Unparseable);
        text = sample("compose_v1_real.txt");
        text.replace(" 10 2026", " -4 2026");
        QCOMPARE(ComposeParser::parse(text, 0, {}, &services).state, State::Unparseable);
    }
};

QTEST_GUILESS_MAIN(TestProbeCompose)
#include "tst_probe_compose.moc"
