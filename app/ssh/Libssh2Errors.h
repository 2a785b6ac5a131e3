#pragma once

#include <QString>

struct _LIBSSH2_SESSION;

namespace vigie {

// libssh2's last error as "libssh2 <code>: <text>", for SshError::detail.
QString libssh2LastError(_LIBSSH2_SESSION* session);
// True for errors after which the session itself is unusable (socket, crypto, protocol).
bool isLibssh2SessionError(int rc);

} // namespace vigie
