#pragma once

// Small helpers shared by the bench binaries: JSON-ish output of samples and resident memory.

#include <QByteArray>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>

namespace vigie::bench {

// Nearest-rank percentile of `samples` (0..100); 0 for an empty list.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(p / 100.0 * double(samples.size()) + 0.999999) - 1;
    return samples[std::clamp<qsizetype>(rank, 0, samples.size() - 1)];
}

inline QByteArray jsonNumbers(const QList<double>& values)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += QByteArray::number(values[i], 'f', 3);
    }
    return out + ']';
}

// VmRSS or VmHWM of this process in MiB, from /proc (Linux only; 0 elsewhere).
inline double residentMiB(const char* field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() /
                   1024.0;
    }
    return 0;
}

inline void printLine(const QByteArray& json)
{
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace vigie::bench
