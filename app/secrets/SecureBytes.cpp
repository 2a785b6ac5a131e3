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

SecretBytes::SecretBytes(QByteArray&& bytes)
{
    if (bytes.isDetached()) {
        m_bytes = std::move(bytes); // the buffer itself changes hands: no copy left behind
    } else {
        m_bytes = QByteArray(bytes.constData(), bytes.size());
        bytes = QByteArray();
    }
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    return SecretBytes(QByteArray(bytes.data(), bytes.size()));
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

void SecretBytes::clear()
{
    // Never shared (see the class comment), so data() does not detach: this is the buffer.
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes = QByteArray();
}

SharedSecret shareSecret(SecretBytes&& secret)
{
    return std::make_shared<const SecretBytes>(std::move(secret));
}

} // namespace vigie
