#pragma once

#include <QString>

namespace vigie {

// Process-wide libssh2 set-up. init() must run once in main(), before any thread starts
// (libssh2_init is not thread safe); the destructor-free design lets the OS reclaim it at exit.
class SshLibrary
{
public:
    static bool init();
    static bool isInitialized();
    // Runtime version of the linked libssh2, e.g. "1.10.0".
    static QString versionText();
    // libssh2 < 1.11 signs RSA user keys only with ssh-rsa (SHA-1), which OpenSSH >= 8.8 refuses.
    static bool canSignRsaSha2();
};

} // namespace vigie
