#pragma once

#include "ssh/PublicKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigie {

// A private key file as the operator has it on disk: OpenSSH format
// (the "OPENSSH PRIVATE KEY" armor, ssh-keygen's default) or legacy PEM (PKCS#1 RSA,
// SEC1 EC, PKCS#8). Parsing reads only what is public: the key type, the public key and, for
// unencrypted keys, the comment. Encrypted OpenSSH keys are not decrypted here (libssh2 does
// it at connection time); encrypted PEM keys are checked with the passphrase when given.
struct PrivateKeyInfo
{
    enum class Format
    {
        OpenSsh,
        Pem
    };
    Format format = Format::OpenSsh;
    PublicKey publicKey;
    QString comment;
    bool encrypted = false;
};

struct PrivateKeyParseResult
{
    PrivateKeyInfo info;
    QString error; // translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

class PrivateKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKeyFile)

public:
    static PrivateKeyParseResult parse(const QByteArray& contents,
                                       const QByteArray& passphrase = {});

    // A new Ed25519 key made with OpenSSL, serialized in the unencrypted OpenSSH format
    // (it is stored in the keychain, which is the protection).
    static QByteArray generateEd25519(const QString& comment);
};

} // namespace vigie
