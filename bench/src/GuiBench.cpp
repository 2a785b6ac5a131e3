// vigie-bench-gui: the real main window, wired as app/main.cpp wires it, measured. Runs inside
// a Secret Service session (tests/fixtures/with-secret-service.sh) with XDG_CONFIG_HOME and
// XDG_DATA_HOME pointing at a bench directory. Prints one JSON line.
//
//   vigie-bench-gui setup HOSTS KEY KNOWN_HOSTS USER   servers.json with one server per host,
//                                                      the key imported into the keychain
//   vigie-bench-gui startup                            exec -> first painted main window (from
//                                                      VIGIE_BENCH_T0_NS, CLOCK_MONOTONIC), then
//                                                      resident memory once every server has
//                                                      been refreshed and the window is idle
//   vigie-bench-gui window SECONDS LINES_PER_S         every server refreshed every 2 s, a log
//                                                      window following a command printing
//                                                      LINES_PER_S lines/s on the first server:
//                                                      event-loop stall (timer drift), memory
//   vigie-bench-gui idle SECONDS                       the same drift probe in an empty window:
//                                                      the machine's own share of the stall
//                                                      (scheduling), to subtract from `window`

#include "BenchStats.h"
#include "DashboardActions.h"
#include "MainWindow.h"
#include "core/AppPaths.h"
#include "core/ShellQuote.h"
#include "dashboards/LogTailWindow.h"
#include "fleet/Fleet.h"
#include "fleet/FleetMonitor.h"
#include "fleet/ProfileStore.h"
#include "fleet/ServerConnections.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"
#include "ssh/SshEngine.h"
#include "widgets/LogView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <chrono>

using namespace vigie;

namespace {

constexpr int RefreshSeconds = 2;
constexpr int TickMs = 5; // the drift probe: a precise 5 ms timer on the GUI thread

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The drift probe: a precise TickMs timer on the GUI thread; each sample is how late it fired.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const double stall = qMax(0.0, double(m_tick.nsecsElapsed()) / 1e6 - TickMs);
            m_stalls.append(stall);
            // To find what ran then (perf record -k CLOCK_MONOTONIC): when each long one ended.
            if (m_report && stall > 30)
                std::fprintf(stderr, "stall %.1f ms ending at %.6f s (CLOCK_MONOTONIC)\n", stall,
                             double(monotonicNs()) / 1e9);
            m_tick.restart();
        });
    }
    void start()
    {
        m_tick.start();
        m_timer.start(TickMs);
    }
    void stop() { m_timer.stop(); }
    QByteArray json() const
    {
        return "\"stall_p50_ms\":" + QByteArray::number(bench::percentile(m_stalls, 50), 'f', 2) +
               ",\"stall_p99_ms\":" + QByteArray::number(bench::percentile(m_stalls, 99), 'f', 2) +
               ",\"stall_max_ms\":" + QByteArray::number(bench::percentile(m_stalls, 100), 'f', 2) +
               ",\"ticks\":" + QByteArray::number(m_stalls.size());
    }

private:
    QList<double> m_stalls;
    QElapsedTimer m_tick;
    QTimer m_timer;
    bool m_report = qEnvironmentVariableIsSet("VIGIE_BENCH_STALLS");
};

// Everything app/main.cpp builds, in the same order (without the tray notifier and the
// profile detection, which add nothing to a refresh).
struct Stack
{
    SshEngine engine;
    SecretStore secretStore;
    KeyRing keyRing{&secretStore};
    Fleet fleet;
    ServerConnections connections{&engine, &keyRing};
    ProfileStore profiles;
    FleetMonitor monitor{&fleet, &connections, &profiles};
    MainWindow window{&fleet, &keyRing, &connections};
    int snapshots = 0;
    int failures = 0;

    Stack()
    {
        keyRing.load();
        fleet.load();
        window.setProfileResolver([this](const QString& serverId) {
            const auto server = fleet.find(serverId);
            return server ? profiles.profileFor(*server) : ServerProfile();
        });
        window.setRefreshHandler([this](const QString& id) { monitor.refresh(id); });
        QObject::connect(&monitor, &FleetMonitor::refreshStarted, &window,
                         &MainWindow::showRefreshStarted);
        QObject::connect(&monitor, &FleetMonitor::snapshotReady, &window,
                         &MainWindow::showSnapshot);
        QObject::connect(&monitor, &FleetMonitor::refreshFailed, &window,
                         &MainWindow::showRefreshError);
        QObject::connect(&monitor, &FleetMonitor::snapshotReady, &window, [this] { ++snapshots; });
        QObject::connect(&monitor, &FleetMonitor::refreshFailed, &window,
                         [this](const QString&, const SshError& e) {
                             if (++failures <= 3)
                                 qWarning("refresh failed: %s", qPrintable(e.message()));
                         });
        auto* actions = new DashboardActions(&fleet, &connections, &profiles, &monitor, &window);
        actions->attach(window.dashboards());
    }
};

int setup(const QStringList& args)
{
    if (args.size() != 4)
        return 2;
    AppPaths::ensureDir(AppPaths::dataDir());
    QFile::remove(AppPaths::knownHostsFile());
    if (!QFile::copy(args[2], AppPaths::knownHostsFile()))
        qFatal("cannot copy the known_hosts file");
    SecretStore store;
    KeyRing keyRing(&store);
    keyRing.load();
    bool done = false;
    bool ok = keyRing.find(QStringLiteral("bench")).has_value();
    if (!ok) {
        keyRing.importFile(QStringLiteral("bench"), args[1], {}, false, &keyRing,
                           [&](const KeyResult& result) {
                               ok = result.ok();
                               done = true;
                           });
        QElapsedTimer clock;
        clock.start();
        while (!done && clock.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }
    if (!ok)
        qFatal("the key could not be imported into the keychain");
    QFile::remove(AppPaths::configDir() + QStringLiteral("/servers.json"));
    Fleet fleet;
    fleet.load();
    QFile hosts(args[0]);
    if (!hosts.open(QIODevice::ReadOnly))
        qFatal("cannot read the hosts");
    int n = 0;
    for (const QByteArray& line : hosts.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() != 2)
            continue;
        Server server;
        server.name = QStringLiteral("bench-%1").arg(++n, 2, 10, QLatin1Char('0'));
        server.host = QString::fromLatin1(fields[0]);
        server.port = quint16(fields[1].toUInt());
        server.user = args[3];
        server.keyName = QStringLiteral("bench");
        server.group = QStringLiteral("bench");
        if (const QString error = fleet.add(server); !error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    bench::printLine("{\"setup\":" + QByteArray::number(n) + '}');
    return 0;
}

// Runs the event loop until `done` or the timeout.
void waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

// Notes the moment the window's first paint is over (its backing store flushed).
class FirstPaint : public QObject
{
public:
    qint64 paintedNs = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] { paintedNs = monotonicNs(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

int startup()
{
    const qint64 t0 = qEnvironmentVariable("VIGIE_BENCH_T0_NS").toLongLong();
    Stack stack;
    FirstPaint firstPaint;
    stack.window.installEventFilter(&firstPaint);
    stack.window.show();
    QTimer::singleShot(0, &stack.monitor, &FleetMonitor::refreshAll); // as main() does
    const int servers = int(stack.fleet.servers().size());
    waitFor([&] { return firstPaint.paintedNs != 0; }, 30000);
    waitFor([&] { return stack.snapshots + stack.failures >= servers; }, 60000);
    waitFor([] { return false; }, 2000); // idle
    const double firstPaintMs = t0 > 0 ? double(firstPaint.paintedNs - t0) / 1e6 : -1;
    bench::printLine("{\"first_paint_ms\":" + QByteArray::number(firstPaintMs, 'f', 1) +
                     ",\"idle_rss_mib\":" + QByteArray::number(bench::residentMiB(), 'f', 1) +
                     ",\"servers\":" + QByteArray::number(servers) +
                     ",\"snapshots\":" + QByteArray::number(stack.snapshots) +
                     ",\"failures\":" + QByteArray::number(stack.failures) + '}');
    return stack.failures == 0 ? 0 : 1;
}

int window(int seconds, int linesPerSecond)
{
    Stack stack;
    stack.window.resize(1280, 800);
    stack.window.show();
    const QList<Server> servers = stack.fleet.servers();
    if (servers.isEmpty())
        qFatal("no servers: run setup first");
    stack.window.selectServer(servers.first().id);
    stack.monitor.refreshAll();
    waitFor([&] { return stack.snapshots + stack.failures >= servers.size(); }, 60000);
    stack.monitor.setAutoRefreshSeconds(RefreshSeconds);

    // The log: an nginx-like line printed LINES_PER_S times a second, in 10 ms bursts, read
    // through the same ExecJob -> LogTailWindow path as the Logs row action.
    auto* logWindow = new LogTailWindow(servers.first().name, QStringLiteral("bench"));
    logWindow->resize(900, 600);
    logWindow->show();
    const QString generator = QStringLiteral(
        "import sys,time\n"
        "n=int(sys.argv[1])//100; end=time.monotonic()+int(sys.argv[2]); t=time.monotonic(); i=0\n"
        "while time.monotonic()<end:\n"
        "    sys.stdout.write(''.join('127.0.0.1 - - [01/Jan/2025:00:00:00 +0000] \"GET /api/"
        "patients/%d HTTP/1.1\" 200 512 \"-\" \"bench\" rt=0.004\\n' % (i+k) for k in range(n)))\n"
        "    sys.stdout.flush(); i+=n; t+=0.01; time.sleep(max(0,t-time.monotonic()))\n");
    const QString command =
        shellCommand({QStringLiteral("python3"), QStringLiteral("-c"), generator,
                      QString::number(linesPerSecond), QString::number(seconds + 2)});
    ExecJob* job = stack.connections.connectionFor(servers.first())->exec(command);
    QObject::connect(job, &ExecJob::stdoutReceived, logWindow, &LogTailWindow::appendOutput);

    StallProbe probe;
    const int snapshotsBefore = stack.snapshots;
    const qint64 linesBefore = logWindow->logView()->receivedLineCount();
    QElapsedTimer clock;
    clock.start();
    probe.start();
    waitFor([&] { return clock.elapsed() >= seconds * 1000; }, seconds * 1000 + 1000);
    probe.stop();
    const double elapsedS = double(clock.elapsed()) / 1000.0;
    const qint64 lines = logWindow->logView()->receivedLineCount() - linesBefore;
    bench::printLine(
        '{' + probe.json() + ",\"log_lines_per_s\":" +
        QByteArray::number(double(lines) / elapsedS, 'f', 0) + ",\"refreshes_per_s\":" +
        QByteArray::number(double(stack.snapshots - snapshotsBefore) / elapsedS, 'f', 1) +
        ",\"failures\":" + QByteArray::number(stack.failures) +
        ",\"rss_mib\":" + QByteArray::number(bench::residentMiB(), 'f', 1) +
        ",\"peak_rss_mib\":" + QByteArray::number(bench::residentMiB("VmHWM:"), 'f', 1) + '}');
    job->cancel();
    delete logWindow;
    return stack.failures == 0 ? 0 : 1;
}

int idle(int seconds)
{
    QWidget window;
    window.resize(1280, 800);
    window.show();
    waitFor([] { return false; }, 500);
    StallProbe probe;
    probe.start();
    waitFor([] { return false; }, seconds * 1000);
    probe.stop();
    bench::printLine('{' + probe.json() + ",\"idle\":true}");
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Vigie"));
    QApplication::setOrganizationName(QStringLiteral("Vigie"));
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == QLatin1String("setup"))
        return setup(args.mid(1));
    if (mode == QLatin1String("startup"))
        return startup();
    if (mode == QLatin1String("idle") && args.size() == 2)
        return idle(args[1].toInt());
    if (mode == QLatin1String("window") && args.size() == 3)
        return window(args[1].toInt(), args[2].toInt());
    std::fprintf(stderr,
                 "usage: vigie-bench-gui setup|startup|window SECONDS LINES_PER_S|idle SECONDS\n");
    return 2;
}
