// vigie-bench: Vigie's SSH engine (vigie_core) measured the way the app uses it. Driven by
// bench/run, which runs OpenSSH and Ansible on the same servers with the same probe bytes.
//
//   vigie-bench script OUT NONCE_OUT            the probe stdin (default profile) and its nonce
//   vigie-bench cold|warm|stream [options]      one JSON line of samples (ms) on stdout
//     --hosts FILE       "host port" per line          --user NAME
//     --key FILE         private key (read in memory)  --known-hosts FILE
//     --script FILE      stdin of `sh -s` (cold, warm) --nonce TEXT
//     --rounds N         measured rounds (default 10)  --warmup N (default 1)
//     --command TEXT     the streaming command (stream)
//
// cold:   per round, new connections to every host: connect, authenticate, run the probe,
//         parse it; the sample is the time until the last host is done.
// warm:   connections opened once; per round one probe per host on the persistent sessions.
// stream: per round, a new connection running --command; reports the bytes received too.

#include "BenchStats.h"
#include "fleet/ServerProfile.h"
#include "probe/Probe.h"
#include "secrets/PrivateKeyFile.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"
#include "ssh/SshEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <memory>
#include <vector>

using namespace vigie;

namespace {

constexpr int RoundTimeoutMs = 180000;

struct Options
{
    QList<QPair<QString, quint16>> hosts;
    QString user;
    SshCredentials credentials;
    QString knownHosts;
    QByteArray script;
    QByteArray nonce;
    QString command;
    int rounds = 10;
    int warmup = 1;
    int pauseMs = 0; // warm: idle time between rounds, as between two refreshes of a fleet
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Counts down outstanding work and leaves the round's event loop when it reaches zero.
class Round
{
public:
    explicit Round(int pending)
        : m_pending(pending)
    {}
    void done(bool ok)
    {
        if (!ok)
            ++m_failed;
        if (--m_pending == 0)
            m_loop.quit();
    }
    // Returns the elapsed milliseconds of the whole round.
    double run(const std::function<void()>& start)
    {
        QElapsedTimer clock;
        clock.start();
        QTimer::singleShot(RoundTimeoutMs, &m_loop, [this] {
            m_failed += m_pending;
            m_loop.quit();
        });
        start();
        if (m_pending > 0)
            m_loop.exec();
        return double(clock.nsecsElapsed()) / 1e6;
    }
    int failed() const { return m_failed; }

private:
    int m_pending;
    int m_failed = 0;
    QEventLoop m_loop;
};

ConnectionSettings settingsFor(const Options& options, const QPair<QString, quint16>& host)
{
    ConnectionSettings settings;
    settings.host = host.first;
    settings.port = host.second;
    settings.user = options.user;
    settings.credentials = options.credentials;
    settings.knownHostsFile = options.knownHosts;
    settings.connectTimeoutMs = 60000;
    return settings;
}

// Runs the probe the way FleetMonitor does: `sh -s` with the script on stdin, output parsed.
void runProbe(SshConnection* connection, const Options& options, Round* round)
{
    ExecJob* job = connection->exec(QStringLiteral("sh -s"), options.script);
    auto output = std::make_shared<QByteArray>();
    QObject::connect(job, &ExecJob::stdoutReceived, job,
                     [output](const QByteArray& data) { output->append(data); });
    QObject::connect(
        job, &ExecJob::finished, job, [job, output, &options, round](const ExecResult& result) {
            const Snapshot snapshot = Probe::parse(*output, options.nonce, ServerProfile(),
                                                   QDateTime::currentDateTimeUtc());
            Q_UNUSED(snapshot);
            job->deleteLater();
            if (!result.succeeded() || output->isEmpty())
                qWarning("probe: %s, %lld bytes", qPrintable(result.describe()),
                         qint64(output->size()));
            round->done(result.succeeded() && !output->isEmpty());
        });
}

void report(const char* mode, const QList<double>& samples, int failed, qint64 bytes = -1)
{
    QByteArray line = QByteArray("{\"tool\":\"vigie\",\"mode\":\"") + mode +
                      "\",\"samples_ms\":" + bench::jsonNumbers(samples) +
                      ",\"failed\":" + QByteArray::number(failed);
    if (bytes >= 0)
        line += ",\"bytes\":" + QByteArray::number(bytes);
    bench::printLine(line + '}');
}

int runCold(SshEngine* engine, const Options& options)
{
    QList<double> samples;
    int failed = 0;
    for (int r = 0; r < options.warmup + options.rounds; ++r) {
        std::vector<std::unique_ptr<SshConnection>> connections;
        Round round(int(options.hosts.size()));
        const double ms = round.run([&] {
            for (const auto& host : options.hosts) {
                connections.push_back(
                    std::make_unique<SshConnection>(engine, settingsFor(options, host)));
                SshConnection* connection = connections.back().get();
                QObject::connect(connection, &SshConnection::connectionFailed, connection,
                                 [&round](const SshError&) { round.done(false); });
                runProbe(connection, options, &round); // queued until authenticated
                connection->open();
            }
        });
        if (r >= options.warmup) {
            samples.append(ms);
            failed += round.failed();
        }
    }
    report("cold", samples, failed);
    return failed == 0 ? 0 : 1;
}

int runWarm(SshEngine* engine, const Options& options)
{
    std::vector<std::unique_ptr<SshConnection>> connections;
    for (const auto& host : options.hosts)
        connections.push_back(std::make_unique<SshConnection>(engine, settingsFor(options, host)));
    QList<double> samples;
    int failed = 0;
    // The first round connects (not counted); warm-up rounds settle the sessions.
    for (int r = 0; r < 1 + options.warmup + options.rounds; ++r) {
        Round round(int(connections.size()));
        const double ms = round.run([&] {
            for (const auto& connection : connections) {
                runProbe(connection.get(), options, &round);
                connection->open();
            }
        });
        if (r > options.warmup) {
            samples.append(ms);
            failed += round.failed();
        }
        if (options.pauseMs > 0) { // not measured; the event loop keeps running
            QEventLoop pause;
            QTimer::singleShot(options.pauseMs, &pause, &QEventLoop::quit);
            pause.exec();
        }
    }
    report("warm", samples, failed);
    return failed == 0 ? 0 : 1;
}

int runStream(SshEngine* engine, const Options& options)
{
    QList<double> samples;
    int failed = 0;
    qint64 bytes = 0;
    for (int r = 0; r < options.warmup + options.rounds; ++r) {
        SshConnection connection(engine, settingsFor(options, options.hosts.value(0)));
        Round round(1);
        qint64 received = 0;
        const double ms = round.run([&] {
            ExecJob* job = connection.exec(options.command);
            QObject::connect(job, &ExecJob::stdoutReceived, job,
                             [&received](const QByteArray& data) { received += data.size(); });
            QObject::connect(job, &ExecJob::finished, job, [job, &round](const ExecResult& res) {
                job->deleteLater();
                round.done(res.succeeded());
            });
            connection.open();
        });
        if (r >= options.warmup) {
            samples.append(ms);
            failed += round.failed();
            bytes = received;
        }
    }
    report("stream", samples, failed, bytes);
    return failed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("script|cold|warm|stream"));
    const QCommandLineOption hostsOpt(QStringLiteral("hosts"), {}, QStringLiteral("file"));
    const QCommandLineOption userOpt(QStringLiteral("user"), {}, QStringLiteral("name"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), {}, QStringLiteral("file"));
    const QCommandLineOption knownOpt(QStringLiteral("known-hosts"), {}, QStringLiteral("file"));
    const QCommandLineOption scriptOpt(QStringLiteral("script"), {}, QStringLiteral("file"));
    const QCommandLineOption nonceOpt(QStringLiteral("nonce"), {}, QStringLiteral("text"));
    const QCommandLineOption commandOpt(QStringLiteral("command"), {}, QStringLiteral("text"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), {}, QStringLiteral("n"),
                                       QStringLiteral("10"));
    const QCommandLineOption warmupOpt(QStringLiteral("warmup"), {}, QStringLiteral("n"),
                                       QStringLiteral("1"));
    const QCommandLineOption pauseOpt(QStringLiteral("pause-ms"), {}, QStringLiteral("ms"),
                                      QStringLiteral("0"));
    parser.addOptions({hostsOpt, userOpt, keyOpt, knownOpt, scriptOpt, nonceOpt, commandOpt,
                       roundsOpt, warmupOpt, pauseOpt});
    parser.addHelpOption();
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    const QString mode = positional.value(0);

    if (mode == QLatin1String("script")) {
        if (positional.size() != 3)
            parser.showHelp(2);
        const QByteArray nonce = Probe::newNonce();
        QFile out(positional[1]);
        QFile nonceOut(positional[2]);
        if (!out.open(QIODevice::WriteOnly) || !nonceOut.open(QIODevice::WriteOnly))
            qFatal("cannot write the probe script");
        out.write(Probe::script(ServerProfile(), nonce));
        nonceOut.write(nonce);
        return 0;
    }

    Options options;
    for (const QByteArray& line : readFile(parser.value(hostsOpt)).split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 2)
            options.hosts.append({QString::fromLatin1(fields[0]), quint16(fields[1].toUInt())});
    }
    if (options.hosts.isEmpty())
        qFatal("no hosts");
    options.user = parser.value(userOpt);
    options.credentials.method = SshCredentials::Method::Key;
    options.credentials.keyName = QStringLiteral("bench");
    QByteArray keyBytes = readFile(parser.value(keyOpt));
    const PrivateKeyParseResult parsed = PrivateKeyFile::parse(keyBytes);
    options.credentials.privateKey = shareSecret(std::move(keyBytes));
    if (!parsed.ok())
        qFatal("the key does not parse: %s", qPrintable(parsed.error));
    options.credentials.publicKey = parsed.info.publicKey;
    options.knownHosts = parser.value(knownOpt);
    if (parser.isSet(scriptOpt))
        options.script = readFile(parser.value(scriptOpt));
    options.nonce = parser.value(nonceOpt).toLatin1();
    options.command = parser.value(commandOpt);
    options.rounds = parser.value(roundsOpt).toInt();
    options.warmup = parser.value(warmupOpt).toInt();
    options.pauseMs = parser.value(pauseOpt).toInt();

    SshEngine engine;
    if (mode == QLatin1String("cold"))
        return runCold(&engine, options);
    if (mode == QLatin1String("warm"))
        return runWarm(&engine, options);
    if (mode == QLatin1String("stream"))
        return runStream(&engine, options);
    parser.showHelp(2);
}
