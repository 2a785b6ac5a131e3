#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "mail" (resources/probe/sections/mail.sh): tab-separated records, one per line.
//   systemd  0|1
//   unit     NAME  systemd  LoadState  ActiveState  SubState
//   unit     NAME  pidfile  running|stopped|missing|denied|invalid  PID  PATH
//   unit     NAME  none
//   queue    CONFIG_DIR  postqueue|mailq|none  RC  TOTAL  DEFERRED  ACTIVE  HOLD  ERROR
//   dkim-key SELECTOR  DOMAIN  ok|missing|denied|invalid  BASE64
//   dkim-dns SELECTOR  DOMAIN  LINE (one per line dig +short printed)
//   dkim-dns-rc SELECTOR  DOMAIN  RC|not-installed
//   tls      NAME  HOST:PORT  MODE  served|disk  STATE  SHA256  NOT_AFTER  SUBJECT  ERROR
//   end
// The last three fields of a tls line are `openssl x509 -fingerprint -sha256 -enddate -subject`
// ("AB:CD:…", "Mar  7 23:00:00 2027 GMT", "CN = mail.example.test").
class MailParser
{
    Q_DECLARE_TR_FUNCTIONS(MailParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode, MailStatus* mail);

    // The p= tag of a DKIM TXT record as dig prints it ("v=DKIM1; k=rsa; " "p=MIIB…"), empty
    // when it is no DKIM record.
    static QByteArray dkimPublicKey(const QString& record);
    // openssl's "Mar  7 23:00:00 2027 GMT"; invalid when it is not that.
    static QDateTime opensslTime(QByteArrayView text);
};

} // namespace vigie
