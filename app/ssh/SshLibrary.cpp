#include "SshLibrary.h"

#include <libssh2.h>

#include <atomic>
#include <csignal>

namespace vigie {

namespace {
std::atomic_bool s_initialized{false};
}

bool SshLibrary::init()
{
    if (s_initialized)
        return true;
#ifndef _WIN32
    // A peer that vanishes must give an error from send(), not kill the process.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    if (libssh2_init(0) != 0)
        return false;
    s_initialized = true;
    return true;
}

bool SshLibrary::isInitialized()
{
    return s_initialized;
}

QString SshLibrary::versionText()
{
    return QString::fromLatin1(libssh2_version(0));
}

bool SshLibrary::canSignRsaSha2()
{
    return libssh2_version(0x010b00) != nullptr;
}

} // namespace vigie
