#include "PublicKey.h"

#include "SshWire.h"

#include <QCryptographicHash>
#include <QStringList>

namespace vigie {

namespace {

// Bit length of an SSH mpint (big-endian, possibly with a leading 0x00 sign byte).
int mpintBits(const QByteArray& mpint)
{
    qsizetype i = 0;
    while (i < mpint.size() && mpint.at(i) == 0)
        ++i;
    if (i == mpint.size())
        return 0;
    int bits = int(mpint.size() - i - 1) * 8;
    for (auto top = static_cast<unsigned char>(mpint.at(i)); top != 0; top >>= 1)
        ++bits;
    return bits;
}

int curveBits(const QByteArray& curve)
{
    if (curve == "nistp256")
        return 256;
    if (curve == "nistp384")
        return 384;
    if (curve == "nistp521")
        return 521;
    return 0;
}

} // namespace

PublicKey PublicKey::fromBlob(const QByteArray& blob)
{
    WireReader reader(blob);
    QByteArray type;
    if (!reader.readString(type))
        return {};
    PublicKey key;
    if (type == "ssh-ed25519") {
        QByteArray point;
        if (!reader.readString(point) || point.size() != 32 || !reader.atEnd())
            return {};
        key.m_bits = 256;
    } else if (type.startsWith("ecdsa-sha2-")) {
        QByteArray curve;
        QByteArray point;
        if (!reader.readString(curve) || !reader.readString(point) || !reader.atEnd())
            return {};
        if (type != "ecdsa-sha2-" + curve || curveBits(curve) == 0 || point.isEmpty())
            return {};
        key.m_bits = curveBits(curve);
    } else if (type == "ssh-rsa") {
        QByteArray exponent;
        QByteArray modulus;
        if (!reader.readString(exponent) || !reader.readString(modulus) || !reader.atEnd())
            return {};
        key.m_bits = mpintBits(modulus);
        if (key.m_bits < 512)
            return {};
    } else {
        return {}; // DSA and certificates are not supported
    }
    key.m_blob = blob;
    key.m_type = QString::fromLatin1(type);
    return key;
}

PublicKey PublicKey::fromAuthorizedKeysLine(const QString& line)
{
    const QStringList fields = line.simplified().split(QLatin1Char(' '));
    if (fields.size() < 2)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(fields.at(1).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    PublicKey key = fromBlob(*decoded);
    if (key.isValid() && key.type() != fields.at(0))
        return {};
    return key;
}

QString PublicKey::typeLabel() const
{
    if (m_type == QLatin1String("ssh-ed25519"))
        return QStringLiteral("ED25519");
    if (m_type.startsWith(QLatin1String("ecdsa-sha2-")))
        return QStringLiteral("ECDSA");
    if (m_type == QLatin1String("ssh-rsa"))
        return QStringLiteral("RSA");
    return m_type.toUpper();
}

QString PublicKey::fingerprintSha256() const
{
    const QByteArray digest = QCryptographicHash::hash(m_blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString PublicKey::fingerprintLine(const QString& comment) const
{
    return QStringLiteral("%1 %2 %3 (%4)")
        .arg(m_bits)
        .arg(fingerprintSha256(), comment.isEmpty() ? QStringLiteral("no comment") : comment,
             typeLabel());
}

QString PublicKey::authorizedKeysLine(const QString& comment) const
{
    QString line = m_type + QLatin1Char(' ') + QString::fromLatin1(m_blob.toBase64());
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    return line;
}

} // namespace vigie
