#pragma once

#include "secrets/SecretStore.h"
#include "secrets/SecureBytes.h"
#include "ssh/PublicKey.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace vigie {

// What Vigie remembers about a key outside the keychain (keys.json in the config dir).
// Never the private key nor the passphrase.
struct KeyInfo
{
    QString id;   // stable keychain item name, independent of renames
    QString name; // operator-chosen, unique
    PublicKey publicKey;
    QString comment;
    bool encrypted = false;        // the private key needs a passphrase
    bool passphraseStored = false; // ... and the keychain holds it
    QDateTime created;

    QString fingerprint() const { return publicKey.fingerprintSha256(); }
    QString authorizedKeysLine() const { return publicKey.authorizedKeysLine(comment); }
};

struct KeyResult
{
    KeyInfo key;
    QString error; // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

// The private key material handed to an SSH session. Lives only in memory.
struct PrivateKeyMaterial
{
    KeyInfo key;
    SharedSecret privateKey; // file contents as imported
    SharedSecret passphrase; // null when none stored
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The operator's SSH keys: metadata in keys.json, secrets in the keychain via SecretStore.
// All operations that touch the keychain are asynchronous; metadata is written only after the
// keychain accepted the secret, so a failed import leaves no trace.
class KeyRing : public QObject
{
    Q_OBJECT
public:
    using KeyCallback = std::function<void(const KeyResult&)>;
    using DoneCallback = std::function<void(const QString& error)>;
    using MaterialCallback = std::function<void(const PrivateKeyMaterial&)>;

    // metadataPath defaults to AppPaths::configDir() + "/keys.json".
    explicit KeyRing(SecretStore* store, QString metadataPath = {}, QObject* parent = nullptr);

    // Reads keys.json. A missing file is an empty key ring; a corrupt one is an error.
    bool load(QString* error = nullptr);
    QList<KeyInfo> keys() const { return m_keys; }
    std::optional<KeyInfo> find(const QString& name) const;

    // Name rules: 1-64 chars of letters, digits, '-', '_', '.', '@'; unique.
    static bool isValidName(const QString& name);

    void importKey(const QString& name, const QByteArray& fileContents,
                   const QByteArray& passphrase, bool rememberPassphrase,
                   const QString& commentFallback, QObject* context, KeyCallback done);
    // Convenience: reads FILE and FILE.pub (for the comment of encrypted keys).
    void importFile(const QString& name, const QString& path, const QByteArray& passphrase,
                    bool rememberPassphrase, QObject* context, KeyCallback done);
    void generateEd25519(const QString& name, QObject* context, KeyCallback done);
    bool rename(const QString& oldName, const QString& newName, QString* error = nullptr);
    void remove(const QString& name, QObject* context, DoneCallback done);
    void loadPrivateKey(const QString& name, QObject* context, MaterialCallback done);

signals:
    void keysChanged();

private:
    bool save(QString* error);
    QString blockedReason() const;
    QString checkNewName(const QString& name) const;
    void storeNewKey(const KeyInfo& key, const QByteArray& privateKey, const QByteArray& passphrase,
                     QObject* context, KeyCallback done);
    void commitNewKey(const KeyInfo& key, const std::function<void(const KeyResult&)>& finish);
    void forgetSecrets(const QString& id);
    void deliverLater(QObject* context, std::function<void()> call);

    SecretStore* m_store; // not owned; must outlive the key ring
    QString m_metadataPath;
    QList<KeyInfo> m_keys;
    bool m_unreadable = false; // keys.json exists but could not be read: never overwrite it
    // Imports waiting for the keychain: their names and keys count as taken.
    QSet<QString> m_pendingNames;
    QSet<QString> m_pendingFingerprints;
};

} // namespace vigie
