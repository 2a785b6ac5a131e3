#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace vigie {

// What went wrong talking to the OS keychain. The message is translated and never contains
// the secret itself.
struct SecretError
{
    enum class Code
    {
        None,
        NoKeychain,
        AccessDenied,
        NotFound,
        Other
    };
    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
};

struct SecretReadResult
{
    QByteArray data;
    SecretError error;
};

// Asynchronous, chunked access to the OS keychain through QtKeychain (macOS Keychain, Windows
// Credential Manager, Secret Service / KWallet on Linux). There is no insecure fallback: when
// no keychain is available every call fails with NoKeychain and nothing is written anywhere.
//
// Secrets larger than ChunkSize are split over several items, because Windows Credential
// Manager stores at most 2560 bytes per item. Callbacks run on the calling thread, and are
// dropped if `context` is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int ChunkSize = 2048;

    explicit SecretStore(QString service = QStringLiteral("Vigie"), QObject* parent = nullptr);

    using DoneCallback = std::function<void(const SecretError&)>;
    using ReadCallback = std::function<void(const SecretReadResult&)>;

    void write(const QString& key, const QByteArray& secret, QObject* context, DoneCallback done);
    void read(const QString& key, QObject* context, ReadCallback done);
    // Removes every chunk; removing a key that does not exist is not an error.
    void remove(const QString& key, QObject* context, DoneCallback done);

    const QString& service() const { return m_service; }

    // The message of every NoKeychain error (also for callers that check for a keychain early).
    static QString noKeychainMessage();

private:
    QString m_service;
};

} // namespace vigie
