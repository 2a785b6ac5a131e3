#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "fail2ban": `fail2ban-client status` then `fail2ban-client status <jail>` for each
// jail, in fail2ban's tree layout ("|- Number of jail:\t2", "`- Jail list:\tsshd, recidive",
// "Status for the jail: sshd", "   |- Currently banned:\t1" …).
class Fail2banParser
{
    Q_DECLARE_TR_FUNCTIONS(Fail2banParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode, QList<Fail2banJail>* jails);
};

} // namespace vigie
