#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace vigie::test {

// The fixture server started by tests/fixtures/sshd-fixture.sh (read from VIGIE_FIXTURE_DIR/env).
struct Fixture
{
    QString dir;
    QString host;
    quint16 port = 0;
    QString user;
    QString keysDir;
    QString hostKeysDir;
    qint64 sshdPid = 0;
    QMap<QString, QString> env; // every line of the env file (VIGIE_FIXTURE_PG_SOCKET, …)

    QString file(const QString& relative) const { return dir + QLatin1Char('/') + relative; }
    // The server profile the fixture wrote (profile.json), empty when the full fixture is down.
    QJsonObject profile() const;
    // A copy of that profile changed by `edit`, written to `path`; false when it cannot be.
    bool writeProfile(const QString& path, const std::function<void(QJsonObject&)>& edit) const;
    QString keyPath(const QString& name) const { return keysDir + QLatin1Char('/') + name; }
    QByteArray readKey(const QString& name) const; // private key file contents
    QByteArray passphrase() const;                 // of id_ed25519_pass
    bool isValid() const { return port != 0; }

    static Fixture load(); // QFAIL-friendly: returns an invalid Fixture with a warning
    // The compose fixture (tests/fixtures/compose-fixture.sh, read from
    // VIGIE_COMPOSE_FIXTURE_DIR/env): user vigie-deploy, its key DIR/keys/id_ecdsa; `env` holds
    // the VIGIE_COMPOSE_* keys. Same warning when it is not up.
    static Fixture loadCompose();
};

// A fresh directory for the config, data and journal a test makes Vigie write. Under ctest
// (VIGIE_TEST_HOMES set to <build>/test-homes) it is made there and kept after the test, so
// the secrets scan that ends the suite reads everything the tests wrote; elsewhere it is an
// ordinary temporary directory, removed at the end.
class TestHomeDir
{
public:
    TestHomeDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Redirects Vigie's config and data dirs (XDG_CONFIG_HOME, XDG_DATA_HOME, HOME) to a fresh
// TestHomeDir for the lifetime of the object, so tests never touch real files.
class IsolatedHome
{
public:
    IsolatedHome();
    QString path() const { return m_dir.path(); }

private:
    TestHomeDir m_dir;
};

// One run of the real vigie-cli binary (VIGIE_CLI) with its config and data in `home`, in
// English, with `input` on stdin.
struct CliRun
{
    int code = -1; // -1: did not finish, or crashed
    QByteArray out;
    QByteArray err;
};
CliRun runCli(const QString& home, const QStringList& args, const QByteArray& input = {},
              int timeoutMs = 90000);

// A vigie-cli home that knows the fixture: its Ed25519 key imported as "fixture" and its host
// key trusted. Returns what went wrong, empty on success.
// `key`: which of the fixture's keys (the compose fixture's deploy user has id_ecdsa).
QString prepareCliHome(const QString& home, const Fixture& fixture,
                       const QString& key = QStringLiteral("id_ed25519"));
// `vigie-cli servers add NAME` for the fixture's sshd with the "fixture" key and that profile
// file. Returns what went wrong, empty on success.
QString addCliServer(const QString& home, const Fixture& fixture, const QString& name,
                     const QString& profileFile);

// A captured output kept under tests/unit/data/probe/ (VIGIE_SOURCE_DIR), with a warning when
// it is missing.
QByteArray probeSample(const char* name);

// Runs a local program and returns its stdout; fails the test (returns empty) on error.
QByteArray runProgram(const QString& program, const QStringList& args, int* exitCode = nullptr,
                      const QByteArray& stdinData = {});

} // namespace vigie::test
