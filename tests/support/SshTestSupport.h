#pragma once

#include "TestSupport.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"
#include "ssh/SshEngine.h"

namespace vigie::test {

// Credentials straight from a fixture key file (the keychain path is tested on its own).
SshCredentials keyCredentials(const Fixture& fixture, const QString& keyFile,
                              const QByteArray& passphrase = {});

// Settings for the fixture sshd with a given key and known_hosts file.
ConnectionSettings fixtureSettings(const Fixture& fixture, const QString& keyFile,
                                   const QString& knownHostsFile);

// Copies the fixture's known_hosts (its three host keys, as OpenSSH writes them).
bool trustFixtureHostKeys(const Fixture& fixture, const QString& knownHostsFile);

struct ExecCapture
{
    QByteArray out;
    QByteArray err;
    int stdoutChunks = 0;
    ExecResult result;
    bool finished = false;
};

// Runs a command and spins the event loop until it finishes (or the timeout).
ExecCapture execAndWait(SshConnection& connection, const QString& command,
                        const QByteArray& stdinData = {}, int timeoutMs = 60000);

// Waits for connected() or connectionFailed(); returns the error (None when connected).
SshError openAndWait(SshConnection& connection, int timeoutMs = 30000);

// Counts lines of the fixture's sshd log containing `needle`.
int sshdLogCount(const Fixture& fixture, const QByteArray& needle);

} // namespace vigie::test
