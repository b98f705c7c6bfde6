#include "syncclock.h"

#include <QDeadlineTimer>
#include <QThread>

namespace pass {

SyncClock::~SyncClock() = default;

QDateTime SyncClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

bool SyncClock::wait(qint64 ms, const std::atomic_bool *cancel)
{
    // Short slices so that cancel takes effect promptly during a long Retry-After.
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (cancel && cancel->load())
            return false;
        QThread::msleep(std::min<qint64>(50, std::max<qint64>(1, deadline.remainingTime())));
    }
    return !(cancel && cancel->load());
}

SyncClock *SyncClock::system()
{
    static SyncClock clock;
    return &clock;
}

bool FakeClock::wait(qint64 ms, const std::atomic_bool *cancel)
{
    m_waits << ms;
    advance(ms);
    return !(cancel && cancel->load());
}

qint64 FakeClock::totalWaited() const
{
    qint64 sum = 0;
    for (qint64 w : m_waits)
        sum += w;
    return sum;
}

} // namespace pass
