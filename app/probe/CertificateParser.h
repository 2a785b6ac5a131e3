#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "certificates": for each certificate found,
//   cert<TAB>directory<TAB>file    then the file's PEM text
// and "missing<TAB>path" / "denied<TAB>path" for configured paths that are absent / unreadable.
// Each PEM is parsed here, on the desktop, with OpenSSL.
class CertificateParser
{
    Q_DECLARE_TR_FUNCTIONS(CertificateParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode,
                               QList<CertificateInfo>* certificates);

    // The first certificate of a PEM text. On failure `error` is set (translated).
    static CertificateInfo parsePem(QByteArrayView pem);
};

} // namespace vigie
