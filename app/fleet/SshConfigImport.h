#pragma once

#include "Server.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace vigie {

// Reads an OpenSSH client config (~/.ssh/config) into server candidates: one per concrete
// Host alias (patterns with * or ? are defaults, not servers). Supported: Host, HostName,
// Port, User, IdentityFile, and Match-less "Host *" defaults; ProxyJump/ProxyCommand and
// Include are reported as unsupported for that host instead of being silently dropped.
class SshConfigImport
{
    Q_DECLARE_TR_FUNCTIONS(SshConfigImport)
public:
    struct Candidate
    {
        Server server;             // name = alias; auth = key, keyName empty until imported
        QStringList identityFiles; // absolute paths, ~ expanded
        QStringList warnings;      // translated, e.g. "ProxyJump bastion is not supported"
        // Translated; non-empty when the host cannot be imported (e.g. a HostName with ',', a
        // space, '*' or a newline, which would corrupt known_hosts). The candidate is still
        // listed so the operator sees why; the reason is among the warnings too, and it has no
        // identity files, so no key is imported for it.
        QString error;
    };

    static QList<Candidate> parse(const QByteArray& contents, const QString& homeDir,
                                  const QString& localUser);
    static QList<Candidate> readFile(const QString& path, QString* error = nullptr);
};

} // namespace vigie
