#include "ServerStatus.h"

#include "widgets/StatusDot.h"

namespace vigie {

ServerStatus ServerStatus::from(SshState state, const SshError& lastError)
{
    ServerStatus status;
    status.state = state;
    switch (state) {
    case SshState::Disconnected:
        status.kind = Kind::NotConnected;
        break;
    case SshState::LoadingCredentials:
    case SshState::Resolving:
    case SshState::Connecting:
    case SshState::Handshaking:
    case SshState::AwaitingHostKeyDecision:
    case SshState::Authenticating:
    case SshState::AwaitingPassphrase:
        status.kind = Kind::Connecting;
        break;
    case SshState::Ready:
        status.kind = Kind::Connected;
        break;
    case SshState::Failed:
        status.kind = Kind::Failed;
        status.reason = lastError.message();
        break;
    }
    return status;
}

QString ServerStatus::text() const
{
    switch (kind) {
    case Kind::NotConnected:
        return tr("not connected");
    case Kind::Connecting:
        return tr("connecting…");
    case Kind::Connected:
        return tr("connected");
    case Kind::Failed:
        return reason.isEmpty() ? tr("failed") : tr("failed: %1").arg(reason);
    }
    return {};
}

QString ServerStatus::shortText() const
{
    return kind == Kind::Failed ? tr("failed") : text();
}

QString ServerStatus::details() const
{
    switch (state) {
    case SshState::LoadingCredentials:
        return tr("Connecting: reading the key from the keychain…");
    case SshState::Resolving:
        return tr("Connecting: looking up the host name…");
    case SshState::Connecting:
        return tr("Connecting…");
    case SshState::Handshaking:
        return tr("Connecting: SSH handshake…");
    case SshState::AwaitingHostKeyDecision:
        return tr("Connecting: waiting for you to check the server's host key.");
    case SshState::Authenticating:
        return tr("Connecting: logging in…");
    case SshState::AwaitingPassphrase:
        return tr("Connecting: waiting for the key's passphrase.");
    case SshState::Disconnected:
    case SshState::Ready:
    case SshState::Failed:
        break;
    }
    return text();
}

QColor ServerStatus::color() const
{
    switch (kind) {
    case Kind::NotConnected:
        return QColor(0x9a, 0x9a, 0x9a);
    case Kind::Connecting:
        return QColor(0xe0, 0x9b, 0x12);
    case Kind::Connected:
        return QColor(0x2e, 0x9d, 0x4f);
    case Kind::Failed:
        return QColor(0xd0, 0x35, 0x35);
    }
    return {};
}

QIcon ServerStatus::icon() const
{
    return StatusDot::icon(color());
}

} // namespace vigie
