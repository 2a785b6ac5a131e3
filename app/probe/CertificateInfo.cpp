// CertificateInfo is declared in Snapshot.h (a plain value); its one rule lives here.
#include "Snapshot.h"

namespace vigie {

bool CertificateInfo::covers(const QString& hostName) const
{
    // RFC 6125 §6.4.3, as browsers apply it: an exact name, or "*." + the parent of a name that
    // has exactly one more label. "*.example.test" covers "a.example.test", never
    // "example.test" nor "a.b.example.test". Case-insensitive; a trailing dot is ignored.
    QString host = hostName.trimmed().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return false;
    for (const QString& dnsName : dnsNames) {
        QString san = dnsName.trimmed().toLower();
        if (san.endsWith(u'.'))
            san.chop(1);
        if (san == host)
            return true;
        if (!san.startsWith(QLatin1String("*.")) || san.size() < 3)
            continue;
        const qsizetype dot = host.indexOf(u'.');
        if (dot <= 0)
            continue;
        // The wildcard replaces one whole, non-empty left-most label.
        if (QStringView(host).sliced(dot + 1) == QStringView(san).sliced(2))
            return true;
    }
    return false;
}

} // namespace vigie
