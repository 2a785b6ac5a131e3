#include "SshAllocator.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace vigie {

namespace {
// Keeps the block as aligned as malloc's own.
constexpr std::size_t HeaderSize = alignof(std::max_align_t);
static_assert(HeaderSize >= sizeof(std::size_t));

std::size_t blockSize(void* pointer)
{
    std::size_t size = 0;
    std::memcpy(&size, static_cast<unsigned char*>(pointer) - HeaderSize, sizeof(size));
    return size;
}
} // namespace

void* sshAlloc(std::size_t count, void**)
{
    auto* raw = static_cast<unsigned char*>(std::malloc(count + HeaderSize));
    if (!raw)
        return nullptr;
    std::memcpy(raw, &count, sizeof(count));
    return raw + HeaderSize;
}

void sshFree(void* pointer, void**)
{
    if (!pointer)
        return;
    OPENSSL_cleanse(pointer, blockSize(pointer));
    std::free(static_cast<unsigned char*>(pointer) - HeaderSize);
}

void* sshRealloc(void* pointer, std::size_t count, void** abstract)
{
    if (pointer && count == 0) {
        sshFree(pointer, abstract);
        return nullptr;
    }
    // Never realloc() in place: the old block would be released unwiped when it moves.
    void* fresh = sshAlloc(count, abstract);
    if (!fresh || !pointer)
        return fresh;
    std::memcpy(fresh, pointer, std::min(count, blockSize(pointer)));
    sshFree(pointer, abstract);
    return fresh;
}

namespace {

// libssh2 hands a key given from memory to OpenSSL's PEM reader first, which frees the base64
// lines it read without wiping them. OpenSSL takes replacement allocators only before its
// first allocation, hence a static initializer; it wipes every block OpenSSL frees.
void* cryptoMalloc(std::size_t count, const char*, int)
{
    return sshAlloc(count, nullptr);
}
void* cryptoRealloc(void* pointer, std::size_t count, const char*, int)
{
    return sshRealloc(pointer, count, nullptr);
}
void cryptoFree(void* pointer, const char*, int)
{
    sshFree(pointer, nullptr);
}
const bool s_cryptoWipes = CRYPTO_set_mem_functions(cryptoMalloc, cryptoRealloc, cryptoFree) == 1;

} // namespace

bool openSslFreesAreWiped()
{
    return s_cryptoWipes;
}

} // namespace vigie
