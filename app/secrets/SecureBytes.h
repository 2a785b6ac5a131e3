#pragma once

#include <QByteArray>

namespace vigie {

// Overwrites a buffer that held secret bytes, then empties it. The wipe only happens when this
// QByteArray is the sole owner of its data: writing through a shared array would detach and
// wipe a fresh copy instead, so shared data is only released here.
void secureZero(QByteArray& bytes);

// Wipes on scope exit; for locals that hold key material on every return path.
class SecureBytesGuard
{
public:
    explicit SecureBytesGuard(QByteArray& bytes)
        : m_bytes(bytes)
    {}
    ~SecureBytesGuard() { secureZero(m_bytes); }
    SecureBytesGuard(const SecureBytesGuard&) = delete;
    SecureBytesGuard& operator=(const SecureBytesGuard&) = delete;

private:
    QByteArray& m_bytes;
};

} // namespace vigie
