#pragma once

#include <QByteArray>
#include <QFile>

namespace pass::bench {

// A memory figure of this process from /proc/self/status, in MiB: "VmRSS:" (resident now) or
// "VmHWM:" (peak resident). -1 where it cannot be read (not Linux).
inline double processMemoryMiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace pass::bench
