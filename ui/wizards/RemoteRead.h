#pragma once

#include "ssh/SshTypes.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace vigie {

class SshConnection;

// One read-only remote command for a wizard page: its output collected (bounded), `done`
// called once on the GUI thread, and never after `context` is gone (a closed wizard).
struct RemoteReadResult
{
    ExecResult result;
    QByteArray out;
    QByteArray err;
    // Translated: why the read failed (connection, exit status, stderr's last line); empty on
    // success.
    QString problem() const;
};

void readRemote(SshConnection* connection, const QString& command, QObject* context,
                std::function<void(const RemoteReadResult&)> done);

} // namespace vigie
