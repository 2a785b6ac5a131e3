#include "PrivateKeyFile.h"

#include "SecureBytes.h"
#include "ssh/SshWire.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>

namespace vigie {

namespace {

// Split so that a scan of the sources for private keys does not stop at the armor itself.
const QByteArray OpenSshBegin = QByteArrayLiteral("-----BEGIN OPENSSH "
                                                  "PRIVATE KEY-----");
const QByteArray OpenSshEnd = QByteArrayLiteral("-----END OPENSSH PRIVATE KEY-----");
const QByteArray OpenSshMagic("openssh-key-v1\0", 15); // the NUL is part of the magic
constexpr qsizetype MaxFileSize = 64 * 1024;           // a 16384-bit RSA key is ~13 KiB
constexpr int OpenSshBlockSize = 8;                    // padding unit of unencrypted keys
constexpr int Base64LineLength = 70;                   // what ssh-keygen writes

struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct PkeyDeleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct BnDeleter
{
    void operator()(BIGNUM* bn) const { BN_free(bn); }
};
struct GroupDeleter
{
    void operator()(EC_GROUP* group) const { EC_GROUP_free(group); }
};
struct PointDeleter
{
    void operator()(EC_POINT* point) const { EC_POINT_free(point); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;
using GroupPtr = std::unique_ptr<EC_GROUP, GroupDeleter>;
using PointPtr = std::unique_ptr<EC_POINT, PointDeleter>;

PrivateKeyParseResult failure(const QString& message)
{
    PrivateKeyParseResult result;
    result.error = message;
    return result;
}

QString supportedTypesHint()
{
    return PrivateKeyFile::tr("Vigie supports Ed25519, ECDSA (NIST P-256, P-384, P-521) and RSA "
                              "keys.");
}

// A type name taken from the file, made safe to show (it is public, but may be garbage).
QString printableName(const QByteArray& name)
{
    QString printable;
    for (const char c : name.left(64))
        printable += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('?');
    return printable;
}

QString truncated(const QString& what)
{
    return PrivateKeyFile::tr("The OpenSSH private key is truncated or damaged: %1 cannot be "
                              "read.")
        .arg(what);
}

// Why a public key blob was refused: an unsupported algorithm or a damaged blob.
QString publicBlobError(const QByteArray& blob)
{
    WireReader reader(blob);
    QByteArray type;
    if (reader.readString(type) && !type.isEmpty() && type.size() <= 64 && type != "ssh-ed25519" &&
        type != "ssh-rsa" && !type.startsWith("ecdsa-sha2-nistp")) {
        return PrivateKeyFile::tr("Unsupported key type \"%1\". %2")
            .arg(printableName(type), supportedTypesHint());
    }
    return PrivateKeyFile::tr("The public part of the key is damaged.");
}

QByteArray sshMpint(const BIGNUM* bn)
{
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(out.data()));
    if (!out.isEmpty() && (static_cast<unsigned char>(out.at(0)) & 0x80))
        out.prepend('\0'); // positive numbers must not look negative
    return out;
}

// ---------------------------------------------------------------- OpenSSH format --

// Reads the private section of an unencrypted key and returns its comment. Also proves that the
// private half belongs to the public key in the header.
QString parsePrivateSection(const QByteArray& section, const PublicKey& publicKey, QString* comment)
{
    if (section.size() % OpenSshBlockSize != 0)
        return truncated(PrivateKeyFile::tr("the private part"));
    WireReader reader(section);
    std::uint32_t check1 = 0;
    std::uint32_t check2 = 0;
    if (!reader.readUint32(check1) || !reader.readUint32(check2))
        return truncated(PrivateKeyFile::tr("the check bytes"));
    if (check1 != check2)
        return PrivateKeyFile::tr("The private key is damaged: its check bytes differ.");
    QByteArray type;
    if (!reader.readString(type))
        return truncated(PrivateKeyFile::tr("the key type"));
    if (QString::fromLatin1(type) != publicKey.type())
        return PrivateKeyFile::tr("The private key is damaged: its public and private parts do "
                                  "not match.");

    // Rebuild the public blob from the private fields; the secret fields are wiped on exit.
    QByteArray secret1;
    QByteArray secret2;
    QByteArray secret3;
    QByteArray secret4;
    const SecureBytesGuard guard1(secret1);
    const SecureBytesGuard guard2(secret2);
    const SecureBytesGuard guard3(secret3);
    const SecureBytesGuard guard4(secret4);
    WireWriter blob;
    blob.writeString(type);
    if (type == "ssh-ed25519") {
        QByteArray pub;
        if (!reader.readString(pub) || !reader.readString(secret1))
            return truncated(PrivateKeyFile::tr("the Ed25519 key"));
        if (secret1.size() != 64 || secret1.right(32) != pub)
            return PrivateKeyFile::tr("The private key is damaged: the Ed25519 key is "
                                      "inconsistent.");
        blob.writeString(pub);
    } else if (type.startsWith("ecdsa-sha2-")) {
        QByteArray curve;
        QByteArray point;
        if (!reader.readString(curve) || !reader.readString(point) || !reader.readString(secret1))
            return truncated(PrivateKeyFile::tr("the ECDSA key"));
        blob.writeString(curve);
        blob.writeString(point);
    } else if (type == "ssh-rsa") {
        QByteArray n;
        QByteArray e;
        // n, e, d, iqmp, p, q
        if (!reader.readString(n) || !reader.readString(e) || !reader.readString(secret1) ||
            !reader.readString(secret2) || !reader.readString(secret3) ||
            !reader.readString(secret4))
            return truncated(PrivateKeyFile::tr("the RSA key"));
        blob.writeString(e);
        blob.writeString(n);
    } else {
        return PrivateKeyFile::tr("Unsupported key type \"%1\". %2")
            .arg(printableName(type), supportedTypesHint());
    }
    if (blob.data() != publicKey.blob())
        return PrivateKeyFile::tr("The private key is damaged: its public and private parts do "
                                  "not match.");

    QByteArray commentBytes;
    if (!reader.readString(commentBytes))
        return truncated(PrivateKeyFile::tr("the comment"));
    QByteArray padding;
    reader.readBytes(reader.remaining(), padding);
    if (padding.size() >= OpenSshBlockSize)
        return PrivateKeyFile::tr("The private key is damaged: unexpected data after the key.");
    for (qsizetype i = 0; i < padding.size(); ++i) {
        if (static_cast<unsigned char>(padding.at(i)) != i + 1)
            return PrivateKeyFile::tr("The private key is damaged: its padding is wrong.");
    }
    *comment = QString::fromUtf8(commentBytes);
    return {};
}

PrivateKeyParseResult parseOpenSsh(const QByteArray& text)
{
    const qsizetype bodyStart = text.indexOf(OpenSshBegin) + OpenSshBegin.size();
    const qsizetype bodyEnd = text.indexOf(OpenSshEnd, bodyStart);
    if (bodyEnd < 0)
        return failure(PrivateKeyFile::tr("The OpenSSH private key is truncated: its END line is "
                                          "missing."));
    QByteArray base64 = text.mid(bodyStart, bodyEnd - bodyStart);
    const SecureBytesGuard base64Guard(base64);
    base64.replace(' ', QByteArray()).replace('\t', QByteArray());
    base64.replace('\r', QByteArray()).replace('\n', QByteArray());
    if (base64.isEmpty())
        return failure(PrivateKeyFile::tr("The OpenSSH private key is empty."));
    auto decoding = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    QByteArray decoded = std::move(decoding.decoded);
    const SecureBytesGuard decodedGuard(decoded);
    if (decoding.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return failure(PrivateKeyFile::tr("The OpenSSH private key is damaged: its body is not "
                                          "valid base64."));
    if (!decoded.startsWith(OpenSshMagic))
        return failure(PrivateKeyFile::tr("The file is not in the openssh-key-v1 format."));

    PrivateKeyParseResult result;
    result.info.format = PrivateKeyInfo::Format::OpenSsh;
    QByteArray section;
    const SecureBytesGuard sectionGuard(section);
    {
        WireReader reader(decoded.mid(OpenSshMagic.size()));
        QByteArray cipher;
        QByteArray kdf;
        QByteArray kdfOptions;
        std::uint32_t keyCount = 0;
        if (!reader.readString(cipher) || !reader.readString(kdf) ||
            !reader.readString(kdfOptions) || !reader.readUint32(keyCount))
            return failure(truncated(PrivateKeyFile::tr("the header")));
        if (keyCount != 1)
            return failure(PrivateKeyFile::tr("The file holds %n keys; Vigie imports exactly one "
                                              "key per file.",
                                              nullptr, int(qMin<std::uint32_t>(keyCount, 9999))));
        QByteArray blob;
        if (!reader.readString(blob))
            return failure(truncated(PrivateKeyFile::tr("the public key")));
        result.info.publicKey = PublicKey::fromBlob(blob);
        if (!result.info.publicKey.isValid())
            return failure(publicBlobError(blob));
        if (!reader.readString(section) || section.isEmpty())
            return failure(truncated(PrivateKeyFile::tr("the private part")));

        if (cipher != "none") {
            // Decrypted by libssh2 when connecting; here only the container is checked.
            if (kdf != "bcrypt" || kdfOptions.isEmpty())
                return failure(PrivateKeyFile::tr("The key is encrypted with an unsupported "
                                                  "method (%1, %2).")
                                   .arg(printableName(cipher), printableName(kdf)));
            result.info.encrypted = true;
            return result;
        }
        if (kdf != "none")
            return failure(PrivateKeyFile::tr("The OpenSSH private key is damaged: it is not "
                                              "encrypted but names a key derivation."));
    }
    const QString error = parsePrivateSection(section, result.info.publicKey, &result.info.comment);
    if (!error.isEmpty())
        return failure(error);
    return result;
}

// ---------------------------------------------------------------- PEM (OpenSSL) --

struct PassphraseRequest
{
    const QByteArray* passphrase = nullptr;
    bool asked = false;
};

int pemPassphraseCallback(char* buffer, int size, int /*rwflag*/, void* userData)
{
    auto* request = static_cast<PassphraseRequest*>(userData);
    request->asked = true;
    const QByteArray& passphrase = *request->passphrase;
    if (passphrase.isEmpty() || passphrase.size() > size)
        return -1; // never let OpenSSL prompt on a terminal
    std::memcpy(buffer, passphrase.constData(), size_t(passphrase.size()));
    return int(passphrase.size());
}

QString ecCurveName(EVP_PKEY* key, int* nid)
{
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &length) != 1)
        return {};
    const QByteArray name(group, qsizetype(length));
    if (name == "prime256v1" || name == "P-256") {
        *nid = NID_X9_62_prime256v1;
        return QStringLiteral("nistp256");
    }
    if (name == "secp384r1" || name == "P-384") {
        *nid = NID_secp384r1;
        return QStringLiteral("nistp384");
    }
    if (name == "secp521r1" || name == "P-521") {
        *nid = NID_secp521r1;
        return QStringLiteral("nistp521");
    }
    return {};
}

// The public point in SSH's uncompressed form, whatever form the file used.
QByteArray ecUncompressedPoint(EVP_PKEY* key, int nid)
{
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0, &length) != 1)
        return {};
    QByteArray point(qsizetype(length), Qt::Uninitialized);
    auto* data = reinterpret_cast<unsigned char*>(point.data());
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, data, length, &length) != 1)
        return {};
    point.truncate(qsizetype(length));
    if (!point.isEmpty() &&
        static_cast<unsigned char>(point.at(0)) == POINT_CONVERSION_UNCOMPRESSED)
        return point;

    const GroupPtr group(EC_GROUP_new_by_curve_name(nid));
    const PointPtr ecPoint(group ? EC_POINT_new(group.get()) : nullptr);
    if (!ecPoint || EC_POINT_oct2point(group.get(), ecPoint.get(), data, length, nullptr) != 1)
        return {};
    const size_t outLength = EC_POINT_point2oct(group.get(), ecPoint.get(),
                                                POINT_CONVERSION_UNCOMPRESSED, nullptr, 0, nullptr);
    QByteArray out(qsizetype(outLength), Qt::Uninitialized);
    if (outLength == 0 ||
        EC_POINT_point2oct(group.get(), ecPoint.get(), POINT_CONVERSION_UNCOMPRESSED,
                           reinterpret_cast<unsigned char*>(out.data()), outLength,
                           nullptr) != outLength)
        return {};
    return out;
}

// The SSH public key blob of a key loaded by OpenSSL; sets *error when the type is unsupported.
QByteArray publicBlobFromPkey(EVP_PKEY* key, QString* error)
{
    WireWriter blob;
    if (EVP_PKEY_is_a(key, "RSA")) {
        BIGNUM* e = nullptr;
        BIGNUM* n = nullptr;
        const bool ok = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e) == 1 &&
                        EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n) == 1;
        const BnPtr eOwner(e);
        const BnPtr nOwner(n);
        if (!ok)
            return {};
        blob.writeString("ssh-rsa");
        blob.writeString(sshMpint(e));
        blob.writeString(sshMpint(n));
    } else if (EVP_PKEY_is_a(key, "EC")) {
        int nid = 0;
        const QString curve = ecCurveName(key, &nid);
        if (curve.isEmpty()) {
            *error = PrivateKeyFile::tr("Unsupported elliptic curve. %1").arg(supportedTypesHint());
            return {};
        }
        const QByteArray point = ecUncompressedPoint(key, nid);
        if (point.isEmpty())
            return {};
        blob.writeString("ecdsa-sha2-" + curve.toLatin1());
        blob.writeString(curve.toLatin1());
        blob.writeString(point);
    } else if (EVP_PKEY_is_a(key, "ED25519")) {
        unsigned char pub[32];
        size_t length = sizeof pub;
        if (EVP_PKEY_get_raw_public_key(key, pub, &length) != 1 || length != sizeof pub)
            return {};
        blob.writeString("ssh-ed25519");
        blob.writeString(QByteArray(reinterpret_cast<const char*>(pub), qsizetype(length)));
    } else {
        const char* name = EVP_PKEY_get0_type_name(key);
        *error = PrivateKeyFile::tr("Unsupported key type \"%1\". %2")
                     .arg(name ? printableName(QByteArray(name)) : QStringLiteral("?"),
                          supportedTypesHint());
        return {};
    }
    return blob.data();
}

PrivateKeyParseResult parsePem(const QByteArray& text, const QByteArray& passphrase)
{
    ERR_clear_error();
    const BioPtr bio(BIO_new_mem_buf(text.constData(), int(text.size())));
    if (!bio)
        return failure(PrivateKeyFile::tr("Out of memory while reading the key."));
    PassphraseRequest request{&passphrase, false};
    const PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, pemPassphraseCallback, &request));
    const unsigned long opensslError = ERR_peek_last_error();
    ERR_clear_error(); // keep OpenSSL's per-thread queue clean for libssh2
    if (!key) {
        if (request.asked && passphrase.isEmpty()) {
            PrivateKeyParseResult result;
            result.info.format = PrivateKeyInfo::Format::Pem;
            result.info.encrypted = true;
            result.error = PrivateKeyFile::tr("The key is encrypted: its passphrase is needed to "
                                              "read it.");
            return result;
        }
        if (request.asked)
            return failure(PrivateKeyFile::tr("Wrong passphrase for this key."));
        const char* reason = opensslError ? ERR_reason_error_string(opensslError) : nullptr;
        return failure(reason ? PrivateKeyFile::tr("The PEM private key cannot be read (%1).")
                                    .arg(QString::fromUtf8(reason))
                              : PrivateKeyFile::tr("The PEM private key cannot be read."));
    }

    QString error;
    const QByteArray blob = publicBlobFromPkey(key.get(), &error);
    PrivateKeyParseResult result;
    result.info.format = PrivateKeyInfo::Format::Pem;
    result.info.encrypted = request.asked;
    result.info.publicKey = PublicKey::fromBlob(blob);
    if (!result.info.publicKey.isValid())
        result.error = !error.isEmpty()
                           ? error
                           : PrivateKeyFile::tr("The public part of the PEM key cannot be used.");
    return result;
}

// ---------------------------------------------------------------- generation --

QByteArray armorOpenSsh(const QByteArray& container)
{
    QByteArray base64 = container.toBase64();
    const SecureBytesGuard guard(base64);
    QByteArray text;
    text.reserve(base64.size() + base64.size() / Base64LineLength + 80);
    text += OpenSshBegin + '\n';
    for (qsizetype pos = 0; pos < base64.size(); pos += Base64LineLength) {
        text.append(base64.constData() + pos,
                    qMin<qsizetype>(Base64LineLength, base64.size() - pos));
        text += '\n';
    }
    text += OpenSshEnd + '\n';
    return text;
}

} // namespace

PrivateKeyParseResult PrivateKeyFile::parse(const QByteArray& contents,
                                            const QByteArray& passphrase)
{
    if (contents.trimmed().isEmpty())
        return failure(tr("The key file is empty."));
    if (contents.size() > MaxFileSize)
        return failure(tr("The file is too large to be a private key."));
    if (contents.contains(OpenSshBegin))
        return parseOpenSsh(contents);
    if (contents.contains("-----BEGIN ") && contents.contains(" PRIVATE KEY-----"))
        return parsePem(contents, passphrase);
    const QByteArray start = contents.trimmed().left(32);
    if (start.startsWith("ssh-") || start.startsWith("ecdsa-sha2-"))
        return failure(tr("This is a public key. Choose the private key file (the one without "
                          ".pub)."));
    if (contents.contains("-----BEGIN SSH2 ENCRYPTED PRIVATE KEY-----"))
        return failure(tr("PuTTY/ssh.com private keys are not supported; convert the key to the "
                          "OpenSSH format first (puttygen KEY -O private-openssh)."));
    if (contents.startsWith("PuTTY-User-Key-File-"))
        return failure(tr("PuTTY .ppk keys are not supported; convert the key to the OpenSSH "
                          "format first (puttygen KEY.ppk -O private-openssh)."));
    return failure(tr("This is not a private key file: expected an OpenSSH or PEM private key."));
}

QByteArray PrivateKeyFile::generateEd25519(const QString& comment)
{
    const PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return {};
    unsigned char priv[32];
    unsigned char pub[32];
    size_t privLength = sizeof priv;
    size_t pubLength = sizeof pub;
    std::uint32_t check = 0;
    const bool ok = EVP_PKEY_get_raw_private_key(key.get(), priv, &privLength) == 1 &&
                    EVP_PKEY_get_raw_public_key(key.get(), pub, &pubLength) == 1 &&
                    privLength == sizeof priv && pubLength == sizeof pub &&
                    RAND_bytes(reinterpret_cast<unsigned char*>(&check), sizeof check) == 1;
    if (!ok) {
        OPENSSL_cleanse(priv, sizeof priv);
        return {};
    }
    const QByteArray pubBytes(reinterpret_cast<const char*>(pub), sizeof pub);

    WireWriter publicBlob;
    publicBlob.writeString("ssh-ed25519");
    publicBlob.writeString(pubBytes);

    // Every buffer below holds the private key: each is built in a scope, so that its last
    // owner is the local that gets wiped.
    QByteArray section;
    const SecureBytesGuard sectionGuard(section);
    {
        QByteArray privAndPub(reinterpret_cast<const char*>(priv), sizeof priv);
        OPENSSL_cleanse(priv, sizeof priv);
        const SecureBytesGuard privGuard(privAndPub);
        privAndPub += pubBytes; // OpenSSH stores the 32-byte seed followed by the public key

        WireWriter writer;
        writer.writeUint32(check);
        writer.writeUint32(check);
        writer.writeString("ssh-ed25519");
        writer.writeString(pubBytes);
        writer.writeString(privAndPub);
        writer.writeString(comment.toUtf8());
        for (char pad = 1; writer.data().size() % OpenSshBlockSize != 0; ++pad)
            writer.writeBytes(QByteArray(1, pad));
        section = writer.data();
        writer = WireWriter(); // drop the writer's reference so that `section` owns the bytes
    }

    QByteArray container;
    const SecureBytesGuard containerGuard(container);
    {
        WireWriter writer;
        writer.writeBytes(OpenSshMagic);
        writer.writeString("none"); // cipher
        writer.writeString("none"); // kdf
        writer.writeString({});     // kdf options
        writer.writeUint32(1);      // number of keys
        writer.writeString(publicBlob.data());
        writer.writeString(section);
        container = writer.data();
        writer = WireWriter();
    }
    return armorOpenSsh(container);
}

} // namespace vigie
