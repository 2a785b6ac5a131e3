#pragma once

#include <QByteArray>
#include <QString>

namespace vigie {

// An SSH public key as its wire blob (what known_hosts and authorized_keys hold in base64).
// Host keys and the operator's own keys are both PublicKeys.
class PublicKey
{
public:
    PublicKey() = default;
    // Returns an invalid key when the blob does not parse.
    static PublicKey fromBlob(const QByteArray& blob);
    // "ssh-ed25519 AAAA... comment" -> key (comment ignored).
    static PublicKey fromAuthorizedKeysLine(const QString& line);

    bool isValid() const { return !m_type.isEmpty(); }
    const QByteArray& blob() const { return m_blob; }
    // Wire type name, e.g. "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa".
    const QString& type() const { return m_type; }
    int bits() const { return m_bits; }
    // "ED25519", "ECDSA", "RSA": the label ssh-keygen -l prints in parentheses.
    QString typeLabel() const;
    bool isRsa() const { return m_type == QLatin1String("ssh-rsa"); }

    // "SHA256:<base64 without padding>", exactly as `ssh-keygen -lf` prints it.
    QString fingerprintSha256() const;
    // "256 SHA256:... comment (ED25519)", the whole `ssh-keygen -lf` line.
    QString fingerprintLine(const QString& comment) const;
    // "ssh-ed25519 AAAA... comment" for authorized_keys.
    QString authorizedKeysLine(const QString& comment) const;

    friend bool operator==(const PublicKey& a, const PublicKey& b) { return a.m_blob == b.m_blob; }

private:
    QByteArray m_blob;
    QString m_type;
    int m_bits = 0;
};

} // namespace vigie
