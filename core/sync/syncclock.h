#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <atomic>

namespace pass {

// Time as the sync code sees it. Waiting goes through the clock so that tests can run retry
// and backoff scenarios instantly with FakeClock instead of sleeping.
class SyncClock
{
public:
    virtual ~SyncClock();
    virtual QDateTime nowUtc() const;
    // Waits \a ms milliseconds; returns false early when *cancel becomes true.
    virtual bool wait(qint64 ms, const std::atomic_bool *cancel);

    // The process-wide real clock.
    static SyncClock *system();
};

// A clock that only moves when told: wait() advances it and records the delay.
class FakeClock : public SyncClock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2025, 1, 15), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start)) { }
    QDateTime nowUtc() const override { return m_now; }
    bool wait(qint64 ms, const std::atomic_bool *cancel) override;
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    QList<qint64> waits() const { return m_waits; }
    qint64 totalWaited() const;

private:
    QDateTime m_now;
    QList<qint64> m_waits;
};

} // namespace pass
