#include "SshTestSupport.h"

#include "secrets/PrivateKeyFile.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

namespace vigie::test {

SshCredentials keyCredentials(const Fixture& fixture, const QString& keyFile,
                              const QByteArray& passphrase)
{
    SshCredentials credentials;
    credentials.method = SshCredentials::Method::Key;
    credentials.keyName = keyFile;
    credentials.privateKey = shareSecret(fixture.readKey(keyFile));
    if (!passphrase.isEmpty())
        credentials.passphrase = shareSecret(SecretBytes::copyOf(passphrase));
    const PrivateKeyParseResult parsed = PrivateKeyFile::parse(QByteArray::fromRawData(
        credentials.privateKey->constData(), credentials.privateKey->size()));
    credentials.publicKey = parsed.info.publicKey;
    credentials.encrypted = parsed.info.encrypted;
    if (!parsed.ok())
        qWarning("fixture key %s does not parse: %s", qPrintable(keyFile),
                 qPrintable(parsed.error));
    return credentials;
}

ConnectionSettings fixtureSettings(const Fixture& fixture, const QString& keyFile,
                                   const QString& knownHostsFile)
{
    ConnectionSettings settings;
    settings.host = fixture.host;
    settings.port = fixture.port;
    settings.user = fixture.user;
    settings.knownHostsFile = knownHostsFile;
    if (!keyFile.isEmpty())
        settings.credentials = keyCredentials(fixture, keyFile);
    settings.connectTimeoutMs = 20000;
    return settings;
}

bool trustFixtureHostKeys(const Fixture& fixture, const QString& knownHostsFile)
{
    QFile::remove(knownHostsFile);
    return QFile::copy(fixture.dir + QStringLiteral("/known_hosts"), knownHostsFile);
}

ExecCapture execAndWait(SshConnection& connection, const QString& command,
                        const QByteArray& stdinData, int timeoutMs)
{
    ExecCapture capture;
    ExecJob* job = connection.exec(command, stdinData);
    QObject::connect(job, &ExecJob::stdoutReceived, job, [&capture](const QByteArray& data) {
        capture.out += data;
        ++capture.stdoutChunks;
    });
    QObject::connect(job, &ExecJob::stderrReceived, job,
                     [&capture](const QByteArray& data) { capture.err += data; });
    QObject::connect(job, &ExecJob::finished, job, [&capture](const ExecResult& result) {
        capture.result = result;
        capture.finished = true;
    });
    if (!QTest::qWaitFor([&capture] { return capture.finished; }, timeoutMs))
        qWarning("command did not finish within %d ms: %s", timeoutMs, qPrintable(command));
    job->deleteLater();
    return capture;
}

SshError openAndWait(SshConnection& connection, int timeoutMs)
{
    bool done = false;
    SshError error;
    QMetaObject::Connection ok = QObject::connect(&connection, &SshConnection::connected,
                                                  &connection, [&done] { done = true; });
    QMetaObject::Connection ko = QObject::connect(&connection, &SshConnection::connectionFailed,
                                                  &connection, [&](const SshError& e) {
                                                      error = e;
                                                      done = true;
                                                  });
    connection.open();
    (void)QTest::qWaitFor([&done] { return done; }, timeoutMs);
    QObject::disconnect(ok);
    QObject::disconnect(ko);
    if (!done)
        error = SshError::make(SshError::Code::Timeout, QStringLiteral("test"), 0,
                               QStringLiteral("openAndWait timed out"));
    return error;
}

int sshdLogCount(const Fixture& fixture, const QByteArray& needle)
{
    QFile log(fixture.dir + QStringLiteral("/sshd.log"));
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    return int(log.readAll().count(needle));
}

} // namespace vigie::test
