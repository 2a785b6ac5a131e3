#include "SecureBytes.h"

#include <openssl/crypto.h>

namespace vigie {

void secureZero(QByteArray& bytes)
{
    // OPENSSL_cleanse cannot be optimised away, unlike a memset before free.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace vigie
