#include "CertificateParser.h"

#include "LineReader.h"
#include "ProbeText.h"

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace vigie {

namespace {

struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct X509Free
{
    void operator()(X509* x509) const { X509_free(x509); }
};
struct GeneralNamesFree
{
    void operator()(GENERAL_NAMES* names) const { GENERAL_NAMES_free(names); }
};

QString asn1Text(const ASN1_STRING* string)
{
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, string);
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString commonName(const X509_NAME* name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    return asn1Text(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

// "CN=R11, O=Let's Encrypt, C=US": RFC 2253 escaping off, UTF-8 kept.
QString nameLine(const X509_NAME* name)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return {};
    const unsigned long flags =
        XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_FN_SN | ASN1_STRFLGS_UTF8_CONVERT | ASN1_STRFLGS_ESC_CTRL;
    if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
        return {};
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(length));
}

QDateTime asn1Time(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    const QDate date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
    const QTime clock(parts.tm_hour, parts.tm_min, parts.tm_sec);
    return QDateTime(date, clock, Qt::UTC);
}

QString keyType(X509* certificate)
{
    EVP_PKEY* key = X509_get0_pubkey(certificate);
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    case EVP_PKEY_EC: {
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1)
            return QStringLiteral("ECDSA %1").arg(EVP_PKEY_get_bits(key));
        const int nid = OBJ_sn2nid(group);
        const char* nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
        return QStringLiteral("ECDSA %1").arg(QString::fromLatin1(nist ? nist : group));
    }
    default:
        return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
    }
}

} // namespace

CertificateInfo CertificateParser::parsePem(QByteArrayView pem)
{
    CertificateInfo info;
    const qsizetype begin = pem.indexOf("-----BEGIN CERTIFICATE-----");
    const qsizetype end = begin < 0 ? -1 : pem.indexOf("-----END CERTIFICATE-----", begin);
    if (begin < 0 || end < 0) {
        info.error = tr("No PEM certificate in the file.");
        return info;
    }
    const QByteArrayView block = pem.sliced(begin, end + 25 - begin);
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(block.data(), int(block.size())));
    std::unique_ptr<X509, X509Free> certificate(
        bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!certificate) {
        info.error = tr("The certificate could not be decoded.");
        return info;
    }
    X509* x509 = certificate.get();
    info.subject = commonName(X509_get_subject_name(x509));
    info.issuer = nameLine(X509_get_issuer_name(x509));
    info.notBefore = asn1Time(X509_get0_notBefore(x509));
    info.notAfter = asn1Time(X509_get0_notAfter(x509));
    info.keyType = keyType(x509);

    std::unique_ptr<GENERAL_NAMES, GeneralNamesFree> names(static_cast<GENERAL_NAMES*>(
        X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr)));
    if (names) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
            if (name->type == GEN_DNS)
                info.dnsNames.append(asn1Text(name->d.dNSName));
        }
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (X509_digest(x509, EVP_sha256(), digest, &digestLength) == 1)
        info.sha256 = QByteArray(reinterpret_cast<const char*>(digest), int(digestLength));
    if (!info.notBefore.isValid() || !info.notAfter.isValid())
        info.error = tr("The certificate's validity dates could not be read.");
    return info;
}

SectionStatus CertificateParser::parse(QByteArrayView payload, int exitCode,
                                       QList<CertificateInfo>* certificates)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (exitCode != 0)
        return ProbeText::failed(tr("Reading the certificates"), exitCode, payload);

    QList<CertificateInfo> parsed;
    QStringList missing, denied, warnings;
    // Each "cert" header starts a block that runs to the next header line.
    QString directory, file;
    const char* blockStart = nullptr;
    auto closeBlock = [&](const char* blockEnd) {
        if (!blockStart)
            return;
        CertificateInfo info = parsePem(QByteArrayView(blockStart, blockEnd - blockStart));
        info.path = file;
        info.name = directory.section(QLatin1Char('/'), -1);
        if (info.name.endsWith(QLatin1String(".pem")))
            info.name.chop(4);
        parsed.append(info);
        blockStart = nullptr;
    };
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        const bool header = line.startsWith("cert\t") || line.startsWith("missing\t") ||
                            line.startsWith("denied\t");
        if (!header) {
            if (blockStart)
                continue; // PEM text (or whatever the file holds: parsePem decides)
            if (line.trimmed().isEmpty())
                continue;
            if (ProbeText::isToolDiagnostic(line)) {
                warnings.append(ProbeText::excerpt(line));
                continue;
            }
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        }
        closeBlock(line.data());
        const QList<QByteArrayView> parts = ProbeText::split(line, '\t', 3);
        if (parts.at(0) == "cert") {
            if (parts.size() != 3)
                return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
            directory = ProbeText::text(parts.at(1));
            file = ProbeText::text(parts.at(2));
            blockStart = line.data() + line.size();
        } else if (parts.at(0) == "missing") {
            missing.append(ProbeText::text(parts.value(1)));
        } else {
            denied.append(ProbeText::text(parts.value(1)));
        }
    }
    closeBlock(payload.data() + payload.size());

    if (parsed.isEmpty() && !denied.isEmpty()) {
        SectionStatus status;
        status.state = SectionStatus::State::NeedsPrivileges;
        status.message = tr("Cannot read %1: needs root or passwordless sudo.")
                             .arg(denied.join(QLatin1String(", ")));
        return status;
    }
    if (parsed.isEmpty() && !missing.isEmpty()) {
        SectionStatus status;
        status.state = SectionStatus::State::Failed;
        status.message = tr("Not found: %1").arg(missing.join(QLatin1String(", ")));
        return status;
    }
    QStringList notes;
    if (!missing.isEmpty())
        notes.append(tr("Not found: %1").arg(missing.join(QLatin1String(", "))));
    if (!denied.isEmpty())
        notes.append(tr("Cannot read: %1").arg(denied.join(QLatin1String(", "))));
    notes.append(warnings);
    *certificates = parsed;
    return ProbeText::ok(notes.join(QLatin1String(" / ")));
}

} // namespace vigie
