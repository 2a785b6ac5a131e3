#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "backups": per target "target<TAB>directory<TAB>name", then its files as
// "file<TAB>mtime epoch (may have a fraction)<TAB>size<TAB>path", or "missing" / "denied";
// then "others<TAB>count" (files that do not match the pattern) and up to three
// "other<TAB>path" lines naming some of them.
// Section "backuplog": the last lines of the backup log, shown as text.
class BackupParser
{
    Q_DECLARE_TR_FUNCTIONS(BackupParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode, QList<BackupFile>* files,
                               QList<BackupFolder>* folders = nullptr);
    static SectionStatus parseLog(QByteArrayView payload, int exitCode, QStringList* lines);
    static bool isEncrypted(const QString& path); // .gpg, .asc, .age
};

} // namespace vigie
