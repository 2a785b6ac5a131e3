#pragma once

#include <cstddef>

namespace vigie {

// The allocator of every libssh2 session Vigie opens. libssh2 parses the private key given
// from memory into buffers it frees without wiping (the PEM lines it gathers with realloc, the
// decoded key), so each block freed through these is overwritten first. free() is not told
// a block's size: it is kept in a header in front of the block.
void* sshAlloc(std::size_t count, void** abstract);
void* sshRealloc(void* pointer, std::size_t count, void** abstract);
void sshFree(void* pointer, void** abstract);
// OpenSSL allocates through the same functions, set before its first allocation (libssh2 has
// OpenSSL read the key first). False if something allocated through OpenSSL before.
bool openSslFreesAreWiped();

} // namespace vigie
