#include "VitalsParser.h"

#include "LineReader.h"
#include "ProbeText.h"

#include <QMap>

namespace vigie {

namespace {

// "@@ name" headers cut the payload into named parts (views, no copy).
bool splitParts(QByteArrayView payload, QMap<QByteArray, QByteArrayView>* parts,
                QByteArrayView* before)
{
    LineReader reader(payload);
    QByteArray current;
    const char* start = payload.data();
    const char* const origin = payload.data();
    bool inPart = false;
    auto close = [&](const char* end) {
        const QByteArrayView text(start, end - start);
        if (inPart)
            parts->insert(current, text);
        else
            *before = text;
    };
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.startsWith("@@ ") && line.size() < 40) {
            close(line.data());
            current = line.sliced(3).trimmed().toByteArray();
            inPart = true;
            const qsizetype after = (line.data() - origin) + line.size();
            // Skip the header's own line end ("\n" or "\r\n").
            qsizetype next = after;
            while (next < payload.size() && payload.at(next) != '\n')
                ++next;
            start = origin + qMin(next + 1, payload.size());
        }
    }
    close(origin + payload.size());
    return true;
}

} // namespace

bool VitalsParser::parseLoadAverage(QByteArrayView text, HostVitals* vitals)
{
    // "0.47 0.62 0.81 23/159 3167"
    const QList<QByteArrayView> parts = ProbeText::fields(text.trimmed());
    if (parts.size() < 3)
        return false;
    const auto l1 = ProbeText::toDouble(parts.at(0));
    const auto l5 = ProbeText::toDouble(parts.at(1));
    const auto l15 = ProbeText::toDouble(parts.at(2));
    if (!l1 || !l5 || !l15 || *l1 < 0 || *l5 < 0 || *l15 < 0)
        return false;
    vitals->load1 = *l1;
    vitals->load5 = *l5;
    vitals->load15 = *l15;
    return true;
}

bool VitalsParser::parseMemInfo(QByteArrayView text, HostVitals* vitals)
{
    // "MemTotal:       24684092 kB"
    QMap<QByteArray, qint64> values;
    LineReader reader(text);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QList<QByteArrayView> rest = ProbeText::fields(line.sliced(colon + 1));
        if (rest.isEmpty() || rest.size() > 2 || (rest.size() == 2 && rest.at(1) != "kB"))
            return false;
        const std::optional<qint64> value = ProbeText::toInt64(rest.at(0));
        if (!value || *value < 0)
            return false;
        values.insert(line.first(colon).toByteArray(),
                      rest.size() == 2 ? ProbeText::kibToBytes(*value) : *value);
    }
    if (!values.contains("MemTotal"))
        return false;
    vitals->memTotalBytes = values.value("MemTotal");
    // MemAvailable exists since Linux 3.14; before, free + buffers + page cache is the estimate.
    vitals->memAvailableBytes =
        values.contains("MemAvailable")
            ? values.value("MemAvailable")
            : values.value("MemFree") + values.value("Buffers") + values.value("Cached");
    vitals->swapTotalBytes = values.value("SwapTotal");
    vitals->swapFreeBytes = values.value("SwapFree");
    return true;
}

bool VitalsParser::parseUptime(QByteArrayView text, HostVitals* vitals)
{
    const QList<QByteArrayView> parts = ProbeText::fields(text.trimmed());
    if (parts.isEmpty())
        return false;
    const std::optional<double> seconds = ProbeText::toDouble(parts.at(0));
    // Bounded before the conversion: a float beyond qint64 would be undefined behaviour.
    if (!seconds || !(*seconds >= 0 && *seconds < 1e12))
        return false;
    vitals->uptimeSeconds = qint64(*seconds);
    return true;
}

bool VitalsParser::parseDf(QByteArrayView text, QList<MountUsage>* mounts, QString* error,
                           QStringList* warnings)
{
    static const QList<QByteArrayView> pseudo = {"tmpfs", "devtmpfs", "overlay", "squashfs",
                                                 "udev",  "none",     "shm",     "efivarfs"};
    LineReader reader(text);
    qint64 blockSize = 0;
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        if (ProbeText::isToolDiagnostic(line)) {
            warnings->append(ProbeText::excerpt(line));
            continue;
        }
        const QList<QByteArrayView> parts = ProbeText::fields(line);
        if (blockSize == 0) {
            // "Filesystem 1024-blocks Used Available Capacity Mounted on" (or 1-blocks, 1B-…)
            if (parts.size() < 6 || parts.at(0) != "Filesystem" ||
                !parts.at(1).endsWith("-blocks")) {
                *error = ProbeText::unexpectedLine(reader.lineNumber(), line);
                return false;
            }
            QByteArrayView unit = parts.at(1).chopped(7);
            if (unit.endsWith('B') || unit.endsWith('K'))
                unit = unit.endsWith('K') ? QByteArrayView("1024") : unit.chopped(1);
            const std::optional<qint64> size = ProbeText::toInt64(unit);
            if (!size || *size <= 0) {
                *error = ProbeText::unexpectedLine(reader.lineNumber(), line);
                return false;
            }
            blockSize = *size;
            continue;
        }
        // device size used available capacity% mount-point (the mount point may hold spaces)
        if (parts.size() < 6 || !parts.at(4).endsWith('%')) {
            *error = ProbeText::unexpectedLine(reader.lineNumber(), line);
            return false;
        }
        const auto size = ProbeText::toInt64(parts.at(1));
        const auto used = ProbeText::toInt64(parts.at(2));
        const auto available = ProbeText::toInt64(parts.at(3));
        if (!size || !used || !available) {
            *error = ProbeText::unexpectedLine(reader.lineNumber(), line);
            return false;
        }
        if (pseudo.contains(parts.at(0)))
            continue;
        MountUsage mount;
        mount.device = ProbeText::text(parts.at(0));
        const qsizetype mountStart = parts.at(5).data() - line.data();
        mount.mountPoint = ProbeText::text(line.sliced(mountStart).trimmed());
        if (mount.mountPoint.startsWith(QLatin1String("/snap/")))
            continue;
        mount.sizeBytes = *size * blockSize;
        mount.usedBytes = *used * blockSize;
        mount.availableBytes = *available * blockSize;
        mounts->append(mount);
    }
    if (blockSize == 0) {
        *error = tr("df printed no table.");
        return false;
    }
    return true;
}

SectionStatus VitalsParser::parse(QByteArrayView payload, int exitCode, HostVitals* vitals)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (payload.trimmed().isEmpty())
        return ProbeText::unparseable(ProbeText::noOutput());
    QMap<QByteArray, QByteArrayView> parts;
    QByteArrayView before;
    splitParts(payload, &parts, &before);
    if (!before.trimmed().isEmpty()) {
        LineReader reader(before);
        return ProbeText::unparseable(ProbeText::unexpectedLine(1, reader.next()));
    }
    HostVitals parsed = *vitals;
    if (!parseLoadAverage(parts.value("loadavg"), &parsed))
        return ProbeText::unparseable(tr("The load average could not be read."));
    if (!parseMemInfo(parts.value("meminfo"), &parsed))
        return ProbeText::unparseable(tr("The memory figures could not be read."));
    if (!parseUptime(parts.value("uptime"), &parsed))
        return ProbeText::unparseable(tr("The uptime could not be read."));
    const std::optional<qint64> cpus = ProbeText::toInt64(parts.value("nproc"));
    parsed.cpus = cpus && *cpus > 0 && *cpus < 100000 ? int(*cpus) : 0;
    QString error;
    QStringList warnings;
    parsed.mounts.clear();
    if (!parseDf(parts.value("df"), &parsed.mounts, &error, &warnings))
        return ProbeText::unparseable(tr("Disk usage: %1").arg(error));
    *vitals = parsed;
    if (exitCode != 0 && parsed.mounts.isEmpty())
        return ProbeText::failed(tr("Reading the host's vitals"), exitCode, payload);
    return ProbeText::ok(warnings.join(QLatin1String(" / ")));
}

} // namespace vigie
