#pragma once

#include "core/TerminalSanitizer.h"
#include "fleet/Fleet.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"
#include "ssh/SshEngine.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace vigie::cli {

// What every vigie-cli command works with, and how it reports.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext();

    SshEngine& engine() { return m_engine; }
    KeyRing& keyRing() { return m_keyRing; }
    Fleet& fleet() { return m_fleet; }

    // Loads keys.json and servers.json; prints the error and returns false if corrupt.
    bool loadState();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    void printError(const QString& message);
    // Ends the program with this exit code once the event loop runs.
    static void finish(int code);
    static bool stdinIsTerminal();

    // Bytes from a server (logs, exec, a run's output) for stdout or stderr: terminal control
    // sequences are stripped when that stream is a terminal (TerminalSanitizer), unless --raw.
    void setRawOutput(bool raw) { m_rawOutput = raw; }
    void writeRemote(FILE* stream, const QByteArray& data);
    void finishRemote(); // what the sanitizers still hold (a final lone CR…)
    // Reads a line from the terminal without echo (for passphrases).
    static QByteArray readSecretLine(const QString& prompt);

private:
    SshEngine m_engine;
    SecretStore m_store;
    KeyRing m_keyRing;
    Fleet m_fleet;
    QTextStream m_out;
    QTextStream m_err;
    bool m_rawOutput = false;
    TerminalSanitizer m_outSanitizer;
    TerminalSanitizer m_errSanitizer;
};

// Each command group: parses its arguments and starts; returns -1 to keep the event loop
// running until finish() is called, or an exit code to stop at once.
int runKeysCommand(CliContext& context, const QStringList& args);
int runHostsCommand(CliContext& context, const QStringList& args);
int runExecCommand(CliContext& context, const QStringList& args);
int runServersCommand(CliContext& context, const QStringList& args);
int runStatusCommand(CliContext& context, const QStringList& args);
int runLogsCommand(CliContext& context, const QStringList& args);
int runDetectCommand(CliContext& context, const QStringList& args);
int runRunsCommand(CliContext& context, const QStringList& args);
int runDeployCommand(CliContext& context, const QStringList& args);
int runProvisionCommand(CliContext& context, const QStringList& args);
int runRestoreCommand(CliContext& context, const QStringList& args);

} // namespace vigie::cli
