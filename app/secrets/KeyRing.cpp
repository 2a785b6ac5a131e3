#include "KeyRing.h"

#include "PrivateKeyFile.h"
#include "SecureBytes.h"
#include "core/AppPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace vigie {

namespace {

constexpr int MetadataVersion = 1;
constexpr qint64 MaxKeyFileSize = 1024 * 1024; // anything bigger is not a key file

// Keychain item names use the stable id, so renaming a key never touches the keychain.
QString privateKeyItem(const QString& id)
{
    return QStringLiteral("ssh-key/") + id;
}
QString passphraseItem(const QString& id)
{
    return QStringLiteral("ssh-key/%1/passphrase").arg(id);
}

QJsonObject toJson(const KeyInfo& key)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), key.id);
    object.insert(QStringLiteral("name"), key.name);
    object.insert(QStringLiteral("type"), key.publicKey.type());
    object.insert(QStringLiteral("publicKey"), key.authorizedKeysLine());
    object.insert(QStringLiteral("comment"), key.comment);
    object.insert(QStringLiteral("encrypted"), key.encrypted);
    object.insert(QStringLiteral("passphraseStored"), key.passphraseStored);
    object.insert(QStringLiteral("created"), key.created.toUTC().toString(Qt::ISODate));
    return object;
}

std::optional<KeyInfo> fromJson(const QJsonObject& object)
{
    KeyInfo key;
    key.id = object.value(QStringLiteral("id")).toString();
    key.name = object.value(QStringLiteral("name")).toString();
    key.publicKey =
        PublicKey::fromAuthorizedKeysLine(object.value(QStringLiteral("publicKey")).toString());
    key.comment = object.value(QStringLiteral("comment")).toString();
    key.encrypted = object.value(QStringLiteral("encrypted")).toBool();
    key.passphraseStored = object.value(QStringLiteral("passphraseStored")).toBool();
    key.created =
        QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (QUuid::fromString(key.id).isNull() || !KeyRing::isValidName(key.name) ||
        !key.publicKey.isValid() ||
        key.publicKey.type() != object.value(QStringLiteral("type")).toString())
        return std::nullopt;
    return key;
}

// keys.json stores seconds; keeping the same precision in memory makes reloads compare equal.
QDateTime nowToTheSecond()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

// The comment field of an authorized_keys / .pub line ("type base64 comment with spaces").
QString pubFileComment(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString line = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
    const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
    return fields.size() > 2 ? fields.mid(2).join(QLatin1Char(' ')) : QString();
}

} // namespace

KeyRing::KeyRing(SecretStore* store, QString metadataPath, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_metadataPath(metadataPath.isEmpty() ? AppPaths::configDir() + QStringLiteral("/keys.json")
                                            : std::move(metadataPath))
{}

bool KeyRing::load(QString* error)
{
    QFile file(m_metadataPath);
    m_unreadable = false;
    if (!file.exists()) {
        m_keys.clear();
        emit keysChanged();
        return true;
    }
    const auto fail = [&](const QString& message) {
        // Never overwrite a file that could not be understood: it may be repairable.
        m_unreadable = true;
        if (error)
            *error = message;
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(m_metadataPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(tr("%1 is damaged: %2").arg(m_metadataPath, parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != MetadataVersion)
        return fail(tr("%1 was written by an unsupported version of Vigie.").arg(m_metadataPath));

    QList<KeyInfo> keys;
    const QJsonArray entries = root.value(QStringLiteral("keys")).toArray();
    for (const QJsonValue& entry : entries) {
        const std::optional<KeyInfo> key = fromJson(entry.toObject());
        if (!key)
            return fail(
                tr("%1 is damaged: entry %2 is invalid.").arg(m_metadataPath).arg(keys.size() + 1));
        keys.append(*key);
    }
    m_keys = keys;
    emit keysChanged();
    return true;
}

QString KeyRing::blockedReason() const
{
    if (!m_unreadable)
        return {};
    return tr("%1 could not be read, so Vigie will not change it. Repair it or move it away, "
              "then restart Vigie.")
        .arg(m_metadataPath);
}

bool KeyRing::save(QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString blocked = blockedReason(); !blocked.isEmpty())
        return fail(blocked);
    const QString dir = QFileInfo(m_metadataPath).absolutePath();
    if (!AppPaths::ensureDir(dir))
        return fail(tr("Cannot create the folder %1.").arg(dir));

    QJsonArray entries;
    for (const KeyInfo& key : std::as_const(m_keys))
        entries.append(toJson(key));
    QJsonObject root;
    root.insert(QStringLiteral("version"), MetadataVersion);
    root.insert(QStringLiteral("keys"), entries);

    // QSaveFile: a crash mid-write leaves the previous keys.json, never half a file.
    QSaveFile file(m_metadataPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(m_metadataPath, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(m_metadataPath, file.errorString()));
    QFile::setPermissions(m_metadataPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

std::optional<KeyInfo> KeyRing::find(const QString& name) const
{
    for (const KeyInfo& key : m_keys) {
        if (key.name == name)
            return key;
    }
    return std::nullopt;
}

bool KeyRing::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

QString KeyRing::checkNewName(const QString& name) const
{
    if (const QString blocked = blockedReason(); !blocked.isEmpty())
        return blocked;
    if (!isValidName(name))
        return tr("Invalid key name \"%1\": use 1 to 64 letters, digits, '-', '_', '.' or '@'.")
            .arg(name.left(80));
    if (find(name) || m_pendingNames.contains(name))
        return tr("A key named \"%1\" already exists.").arg(name);
    return {};
}

void KeyRing::deliverLater(QObject* context, std::function<void()> call)
{
    // Callbacks never run before the call that asked for them returns, and die with context.
    QTimer::singleShot(0, context ? context : this, std::move(call));
}

void KeyRing::importKey(const QString& name, const QByteArray& fileContents,
                        const QByteArray& passphrase, bool rememberPassphrase,
                        const QString& commentFallback, QObject* context, KeyCallback done)
{
    const auto fail = [&](const QString& message) {
        deliverLater(context, [done, message] {
            if (done)
                done(KeyResult{{}, message});
        });
    };
    if (const QString error = checkNewName(name); !error.isEmpty())
        return fail(error);
    const PrivateKeyParseResult parsed = PrivateKeyFile::parse(fileContents, passphrase);
    if (!parsed.ok())
        return fail(parsed.error);
    const QString fingerprint = parsed.info.publicKey.fingerprintSha256();
    for (const KeyInfo& existing : std::as_const(m_keys)) {
        if (existing.publicKey == parsed.info.publicKey)
            return fail(tr("This key is already imported as \"%1\".").arg(existing.name));
    }
    if (m_pendingFingerprints.contains(fingerprint))
        return fail(tr("This key is already being imported."));

    KeyInfo key;
    key.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    key.name = name;
    key.publicKey = parsed.info.publicKey;
    key.comment = parsed.info.comment.isEmpty() ? commentFallback : parsed.info.comment;
    key.encrypted = parsed.info.encrypted;
    key.passphraseStored = key.encrypted && rememberPassphrase && !passphrase.isEmpty();
    key.created = nowToTheSecond();
    storeNewKey(key, fileContents, key.passphraseStored ? passphrase : QByteArray(), context,
                std::move(done));
}

void KeyRing::importFile(const QString& name, const QString& path, const QByteArray& passphrase,
                         bool rememberPassphrase, QObject* context, KeyCallback done)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxKeyFileSize) {
        const QString message = file.isOpen()
                                    ? tr("%1 is too large to be a private key.").arg(path)
                                    : tr("Cannot read %1: %2").arg(path, file.errorString());
        deliverLater(context, [done, message] {
            if (done)
                done(KeyResult{{}, message});
        });
        return;
    }
    QByteArray contents = file.readAll();
    file.close();
    // Encrypted OpenSSH keys and PEM keys keep their comment only in FILE.pub.
    importKey(name, contents, passphrase, rememberPassphrase,
              pubFileComment(path + QStringLiteral(".pub")), context, std::move(done));
    secureZero(contents); // the keychain write has its own copy by now
}

void KeyRing::generateEd25519(const QString& name, QObject* context, KeyCallback done)
{
    const auto fail = [&](const QString& message) {
        deliverLater(context, [done, message] {
            if (done)
                done(KeyResult{{}, message});
        });
    };
    if (const QString error = checkNewName(name); !error.isEmpty())
        return fail(error);
    const QString comment = QStringLiteral("vigie-%1@%2").arg(name, QSysInfo::machineHostName());
    QByteArray contents = PrivateKeyFile::generateEd25519(comment);
    const SecureBytesGuard guard(contents);
    const PrivateKeyParseResult parsed = PrivateKeyFile::parse(contents);
    if (contents.isEmpty() || !parsed.ok())
        return fail(tr("The key could not be generated (OpenSSL failed)."));

    KeyInfo key;
    key.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    key.name = name;
    key.publicKey = parsed.info.publicKey;
    key.comment = parsed.info.comment;
    key.created = nowToTheSecond();
    storeNewKey(key, contents, {}, context, std::move(done));
}

void KeyRing::storeNewKey(const KeyInfo& key, const QByteArray& privateKey,
                          const QByteArray& passphrase, QObject* context, KeyCallback done)
{
    const QString fingerprint = key.fingerprint();
    m_pendingNames.insert(key.name);
    m_pendingFingerprints.insert(fingerprint);
    const QPointer<QObject> guardedContext(context);
    const bool hasContext = context != nullptr;
    const auto finish = [this, key, fingerprint, guardedContext, hasContext,
                         done](const KeyResult& result) {
        m_pendingNames.remove(key.name);
        m_pendingFingerprints.remove(fingerprint);
        if (done && (!hasContext || guardedContext))
            done(result);
    };
    const auto failWith = [this, key, finish](const SecretError& error) {
        forgetSecrets(key.id); // a half-stored key must not linger in the keychain
        finish(KeyResult{{}, tr("The key was not imported: %1").arg(error.message)});
    };
    // Wiped once the passphrase is handed to the keychain (or the import fails).
    auto pendingPassphrase = std::make_shared<QByteArray>(passphrase);

    // The keychain first, keys.json last: a failed import leaves no trace on disk.
    m_store->write(privateKeyItem(key.id), privateKey, this,
                   [this, key, finish, failWith, pendingPassphrase](const SecretError& error) {
                       if (error.isError()) {
                           secureZero(*pendingPassphrase);
                           return failWith(error);
                       }
                       if (pendingPassphrase->isEmpty())
                           return commitNewKey(key, finish);
                       m_store->write(passphraseItem(key.id), *pendingPassphrase, this,
                                      [this, key, finish, failWith](const SecretError& error2) {
                                          if (error2.isError())
                                              return failWith(error2);
                                          commitNewKey(key, finish);
                                      });
                       secureZero(*pendingPassphrase);
                   });
}

void KeyRing::commitNewKey(const KeyInfo& key, const std::function<void(const KeyResult&)>& finish)
{
    m_keys.append(key);
    QString error;
    if (!save(&error)) {
        m_keys.removeLast();
        forgetSecrets(key.id);
        return finish(KeyResult{{}, tr("The key was not imported: %1").arg(error)});
    }
    emit keysChanged();
    finish(KeyResult{key, {}});
}

void KeyRing::forgetSecrets(const QString& id)
{
    m_store->remove(passphraseItem(id), this, {});
    m_store->remove(privateKeyItem(id), this, {});
}

bool KeyRing::rename(const QString& oldName, const QString& newName, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    auto it = std::find_if(m_keys.begin(), m_keys.end(),
                           [&](const KeyInfo& key) { return key.name == oldName; });
    if (it == m_keys.end())
        return fail(tr("There is no key named \"%1\".").arg(oldName));
    if (newName == oldName)
        return true;
    if (const QString message = checkNewName(newName); !message.isEmpty())
        return fail(message);
    it->name = newName;
    QString saveError;
    if (!save(&saveError)) {
        // Look the entry up again: save() does not touch m_keys, but stay safe.
        for (KeyInfo& key : m_keys) {
            if (key.name == newName)
                key.name = oldName;
        }
        return fail(saveError);
    }
    emit keysChanged();
    return true;
}

void KeyRing::remove(const QString& name, QObject* context, DoneCallback done)
{
    const std::optional<KeyInfo> key = find(name);
    if (!key || !blockedReason().isEmpty()) {
        const QString message =
            key ? blockedReason() : tr("There is no key named \"%1\".").arg(name);
        deliverLater(context, [done, message] {
            if (done)
                done(message);
        });
        return;
    }
    const QPointer<QObject> guardedContext(context);
    const bool hasContext = context != nullptr;
    const auto finish = [guardedContext, hasContext, done](const QString& error) {
        if (done && (!hasContext || guardedContext))
            done(error);
    };
    const QString id = key->id;
    const auto removed = [this, id, finish](const SecretError& error) {
        // NotFound: the keychain lost it already; the metadata must go anyway.
        if (error.isError() && error.code != SecretError::Code::NotFound)
            return finish(tr("The key was not removed: %1").arg(error.message));
        const auto it = std::find_if(m_keys.cbegin(), m_keys.cend(),
                                     [&](const KeyInfo& k) { return k.id == id; });
        if (it == m_keys.cend())
            return finish({}); // removed meanwhile by another call
        const KeyInfo removedKey = *it;
        m_keys.erase(it);
        QString saveError;
        if (!save(&saveError)) {
            m_keys.append(removedKey);
            return finish(saveError);
        }
        emit keysChanged();
        finish({});
    };
    m_store->remove(passphraseItem(id), this, [this, id, removed](const SecretError& error) {
        if (error.isError() && error.code != SecretError::Code::NotFound)
            return removed(error);
        m_store->remove(privateKeyItem(id), this, removed);
    });
}

void KeyRing::loadPrivateKey(const QString& name, QObject* context, MaterialCallback done)
{
    const std::optional<KeyInfo> key = find(name);
    if (!key) {
        PrivateKeyMaterial material;
        material.error = tr("There is no key named \"%1\".").arg(name);
        deliverLater(context, [done, material] {
            if (done)
                done(material);
        });
        return;
    }
    const QPointer<QObject> guardedContext(context);
    const bool hasContext = context != nullptr;
    // Whoever needs the material keeps a SharedSecret; the last one to go wipes it.
    const auto finish = [guardedContext, hasContext, done](PrivateKeyMaterial& material) {
        if (done && (!hasContext || guardedContext))
            done(material);
        material.privateKey.reset();
        material.passphrase.reset();
    };
    const KeyInfo info = *key;
    m_store->read(
        privateKeyItem(info.id), this, [this, info, finish](const SecretReadResult& keyRead) {
            PrivateKeyMaterial material;
            material.key = info;
            if (keyRead.error.isError()) {
                material.error = keyRead.error.code == SecretError::Code::NotFound
                                     ? tr("The keychain no longer holds the private key \"%1\". "
                                          "Remove it from Vigie and import it again.")
                                           .arg(info.name)
                                     : tr("Cannot read the private key \"%1\" from the keychain: "
                                          "%2")
                                           .arg(info.name, keyRead.error.message);
                return finish(material);
            }
            material.privateKey = shareSecret(SecretBytes::copyOf(keyRead.data));
            if (!info.passphraseStored)
                return finish(material);
            m_store->read(passphraseItem(info.id), this,
                          [info, finish, material](const SecretReadResult& read) mutable {
                              // A lost passphrase is not fatal: it can be asked for.
                              if (!read.error.isError())
                                  material.passphrase = shareSecret(SecretBytes::copyOf(read.data));
                              else if (read.error.code != SecretError::Code::NotFound) {
                                  material.error = tr("Cannot read the passphrase of \"%1\" from "
                                                      "the keychain: %2")
                                                       .arg(info.name, read.error.message);
                                  material.privateKey.reset();
                              }
                              finish(material);
                          });
        });
}

} // namespace vigie
