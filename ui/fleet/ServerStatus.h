#pragma once

#include "ssh/SshError.h"
#include "ssh/SshTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace vigie {

// What the fleet tree, the overview and the status bar say about one server's connection:
// a coloured dot and a text, never the colour alone.
struct ServerStatus
{
    Q_DECLARE_TR_FUNCTIONS(ServerStatus)
public:
    enum class Kind
    {
        NotConnected,
        Connecting,
        Connected,
        Failed
    };

    Kind kind = Kind::NotConnected;
    SshState state = SshState::Disconnected;
    QString reason; // Failed: the translated SshError message

    static ServerStatus from(SshState state, const SshError& lastError);

    QString text() const;      // "not connected", "connecting…", "connected", "failed: <reason>"
    QString shortText() const; // the same without the reason, for narrow places
    QString details() const;   // longer text for tooltips
    QColor color() const;
    QIcon icon() const;
};

} // namespace vigie
