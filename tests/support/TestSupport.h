#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

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

    QString keyPath(const QString& name) const { return keysDir + QLatin1Char('/') + name; }
    QByteArray readKey(const QString& name) const; // private key file contents
    QByteArray passphrase() const;                 // of id_ed25519_pass
    bool isValid() const { return port != 0; }

    static Fixture load(); // QFAIL-friendly: returns an invalid Fixture with a warning
};

// Redirects Vigie's config and data dirs (XDG_CONFIG_HOME, XDG_DATA_HOME, HOME) to a fresh
// temporary directory for the lifetime of the object, so tests never touch real files.
class IsolatedHome
{
public:
    IsolatedHome();
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
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

// Runs a local program and returns its stdout; fails the test (returns empty) on error.
QByteArray runProgram(const QString& program, const QStringList& args, int* exitCode = nullptr,
                      const QByteArray& stdinData = {});

} // namespace vigie::test
