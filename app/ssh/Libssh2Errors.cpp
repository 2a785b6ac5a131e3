#include "Libssh2Errors.h"

#include <libssh2.h>

namespace vigie {

QString libssh2LastError(LIBSSH2_SESSION* session)
{
    if (!session)
        return {};
    char* message = nullptr;
    int length = 0;
    const int code = libssh2_session_last_error(session, &message, &length, 0);
    return QStringLiteral("libssh2 %1: %2").arg(code).arg(QString::fromUtf8(message, length));
}

bool isLibssh2SessionError(int rc)
{
    switch (rc) {
    case LIBSSH2_ERROR_SOCKET_SEND:
    case LIBSSH2_ERROR_SOCKET_RECV:
    case LIBSSH2_ERROR_SOCKET_DISCONNECT:
    case LIBSSH2_ERROR_SOCKET_TIMEOUT:
    case LIBSSH2_ERROR_BAD_SOCKET:
    case LIBSSH2_ERROR_INVALID_MAC:
    case LIBSSH2_ERROR_DECRYPT:
    case LIBSSH2_ERROR_PROTO:
    case LIBSSH2_ERROR_KEX_FAILURE:
    case LIBSSH2_ERROR_TIMEOUT:
        return true;
    default:
        return false;
    }
}

} // namespace vigie
