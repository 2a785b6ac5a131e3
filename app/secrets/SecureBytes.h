#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace vigie {

// Overwrites a buffer that held secret bytes, then empties it. The wipe only happens when this
// QByteArray is the sole owner of its data: writing through a shared array would detach and
// wipe a fresh copy instead, so shared data is only released here. For secrets that travel
// (key material, passphrases) use SecretBytes, which never shares.
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

// A secret with exactly one owner: move-only, never implicitly shared, wiped by its
// destructor. secureZero() cannot wipe a QByteArray whose data is shared, and with implicit
// sharing the copy that dies last (in a lambda capture, a queued call to another thread...)
// is freed unwiped. SecretBytes hands out no QByteArray, only views, so its buffer is never
// shared; where a secret must be copied around (a std::function, a queued call, a struct that
// is copied), pass a SharedSecret: the SecretBytes it points to is destroyed, and wiped, with
// whichever holder goes last.
class SecretBytes
{
public:
    SecretBytes() = default;
    // Takes the bytes over. A QByteArray that shares its data with others is copied, and the
    // given one only released (its other owners are theirs to wipe).
    explicit SecretBytes(QByteArray&& bytes);
    static SecretBytes copyOf(QByteArrayView bytes);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes() { clear(); }

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const char* constData() const { return m_bytes.constData(); } // NUL-terminated
    QByteArrayView view() const { return m_bytes; }
    bool operator==(QByteArrayView other) const { return view() == other; }
    void clear(); // wipes

private:
    QByteArray m_bytes; // always detached
};

using SharedSecret = std::shared_ptr<const SecretBytes>;

// Null stays null-free: an empty secret is shared as an empty SecretBytes.
SharedSecret shareSecret(SecretBytes&& secret);
inline SharedSecret shareSecret(QByteArray&& bytes)
{
    return shareSecret(SecretBytes(std::move(bytes)));
}
inline bool isEmptySecret(const SharedSecret& secret)
{
    return !secret || secret->isEmpty();
}

} // namespace vigie
