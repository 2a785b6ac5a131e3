#pragma once

#include "Snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "vitals": "@@ <part>" headers followed by /proc/loadavg, nproc, /proc/meminfo,
// /proc/uptime and POSIX `df -P` (1-byte or 1024-byte blocks, told by its header).
class VitalsParser
{
    Q_DECLARE_TR_FUNCTIONS(VitalsParser)

public:
    // Fills load, CPUs, memory, swap, uptime and mounts; identity fields are left alone.
    static SectionStatus parse(QByteArrayView payload, int exitCode, HostVitals* vitals);

    static bool parseLoadAverage(QByteArrayView text, HostVitals* vitals);
    static bool parseMemInfo(QByteArrayView text, HostVitals* vitals);
    static bool parseUptime(QByteArrayView text, HostVitals* vitals);
    // Returns false with `error` set on a line that is not df's; skips pseudo filesystems.
    static bool parseDf(QByteArrayView text, QList<MountUsage>* mounts, QString* error,
                        QStringList* warnings);
};

} // namespace vigie
