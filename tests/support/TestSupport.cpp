#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace vigie::test {

namespace {

// Every KEY=VALUE line of DIR/env; false when the file cannot be read.
bool readFixtureEnv(const char* variable, QMap<QString, QString>* values)
{
    const QString dir = qEnvironmentVariable(variable);
    QFile env(dir + QStringLiteral("/env"));
    if (dir.isEmpty() || !env.open(QIODevice::ReadOnly)) {
        qWarning("fixture not running: %s/env not readable (%s)", qPrintable(dir), variable);
        return false;
    }
    while (!env.atEnd()) {
        const QString line = QString::fromUtf8(env.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).remove(QStringLiteral("export ")).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 &&
            (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        values->insert(key, value);
    }
    return true;
}

} // namespace

Fixture Fixture::load()
{
    Fixture fixture;
    if (!readFixtureEnv("VIGIE_FIXTURE_DIR", &fixture.env))
        return fixture;
    const auto& env = fixture.env;
    fixture.dir = env.value(QStringLiteral("VIGIE_FIXTURE_DIR"));
    fixture.host = env.value(QStringLiteral("VIGIE_FIXTURE_HOST"));
    fixture.port = quint16(env.value(QStringLiteral("VIGIE_FIXTURE_PORT")).toUInt());
    fixture.user = env.value(QStringLiteral("VIGIE_FIXTURE_USER"));
    fixture.keysDir = env.value(QStringLiteral("VIGIE_FIXTURE_KEYS"));
    fixture.hostKeysDir = env.value(QStringLiteral("VIGIE_FIXTURE_HOSTKEYS"));
    fixture.sshdPid = env.value(QStringLiteral("VIGIE_FIXTURE_SSHD_PID")).toLongLong();
    return fixture;
}

Fixture Fixture::loadCompose()
{
    Fixture fixture;
    if (!readFixtureEnv("VIGIE_COMPOSE_FIXTURE_DIR", &fixture.env))
        return fixture;
    const auto& env = fixture.env;
    fixture.dir = env.value(QStringLiteral("VIGIE_COMPOSE_DIR"));
    fixture.host = env.value(QStringLiteral("VIGIE_COMPOSE_HOST"));
    fixture.port = quint16(env.value(QStringLiteral("VIGIE_COMPOSE_PORT")).toUInt());
    fixture.user = env.value(QStringLiteral("VIGIE_COMPOSE_USER"));
    fixture.keysDir = fixture.dir + QStringLiteral("/keys");
    fixture.hostKeysDir = env.value(QStringLiteral("VIGIE_COMPOSE_HOSTKEYS"));
    fixture.sshdPid = env.value(QStringLiteral("VIGIE_COMPOSE_SSHD_PID")).toLongLong();
    return fixture;
}

QJsonObject Fixture::profile() const
{
    QFile profile(file(QStringLiteral("profile.json")));
    return profile.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(profile.readAll()).object()
                                             : QJsonObject();
}

bool Fixture::writeProfile(const QString& path, const std::function<void(QJsonObject&)>& edit) const
{
    QJsonObject json = profile();
    if (json.isEmpty())
        return false;
    edit(json);
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(json).toJson()) > 0;
}

QString prepareCliHome(const QString& home, const Fixture& fixture, const QString& keyName)
{
    const CliRun key =
        runCli(home, {QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("--name"),
                      QStringLiteral("fixture"), fixture.keyPath(keyName)});
    if (key.code != 0)
        return QStringLiteral("keys import: ") + QString::fromUtf8(key.err);
    const CliRun trust =
        runCli(home, {QStringLiteral("hosts"), QStringLiteral("trust"), QStringLiteral("--port"),
                      QString::number(fixture.port), QStringLiteral("--yes"), fixture.host});
    return trust.code == 0 ? QString()
                           : QStringLiteral("hosts trust: ") + QString::fromUtf8(trust.err);
}

QString addCliServer(const QString& home, const Fixture& fixture, const QString& name,
                     const QString& profileFile)
{
    const CliRun added =
        runCli(home, {QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("--name"),
                      name, QStringLiteral("--host"), fixture.host, QStringLiteral("--port"),
                      QString::number(fixture.port), QStringLiteral("--user"), fixture.user,
                      QStringLiteral("--key"), QStringLiteral("fixture"),
                      QStringLiteral("--profile-file"), profileFile});
    return added.code == 0 ? QString()
                           : QStringLiteral("servers add: ") + QString::fromUtf8(added.err);
}

QByteArray probeSample(const char* name)
{
    QFile file(qEnvironmentVariable("VIGIE_SOURCE_DIR") +
               QStringLiteral("/tests/unit/data/probe/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("missing sample %s", name);
    return file.readAll();
}

QByteArray Fixture::readKey(const QString& name) const
{
    QFile file(keyPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray Fixture::passphrase() const
{
    QFile file(keyPath(QStringLiteral("passphrase")));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

namespace {
QString testHomeTemplate()
{
    const QString kept = qEnvironmentVariable("VIGIE_TEST_HOMES");
    if (kept.isEmpty() || !QDir().mkpath(kept))
        return QDir::tempPath() + QStringLiteral("/vigie-test-XXXXXX");
    // The test's name first, so a leak found by the scan points at its test.
    return kept + QLatin1Char('/') + QCoreApplication::applicationName() +
           QStringLiteral("-XXXXXX");
}
} // namespace

TestHomeDir::TestHomeDir()
    : m_dir(testHomeTemplate())
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("VIGIE_TEST_HOMES"));
}

IsolatedHome::IsolatedHome()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/data")));
    QDir(m_dir.path()).mkpath(QStringLiteral("home/.ssh"));
    qputenv("HOME", QFile::encodeName(m_dir.path() + QStringLiteral("/home")));
    QStandardPaths::setTestModeEnabled(false);
}

CliRun runCli(const QString& home, const QStringList& args, const QByteArray& input, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("VIGIE_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("VIGIE_CLI"), args);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(timeoutMs))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray runProgram(const QString& program, const QStringList& args, int* exitCode,
                      const QByteArray& stdinData)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        qWarning("cannot start %s", qPrintable(program));
        return {};
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

} // namespace vigie::test
