#pragma once

#include <QRandomGenerator>

#include <optional>

namespace pass {

// Capped exponential backoff with full jitter (a uniformly random delay between zero and
// min(cap, base * 2^attempt)), so that many clients retrying after an outage spread out.
// A server's Retry-After is a floor: the client never comes back earlier than asked.
class Backoff
{
public:
    explicit Backoff(qint64 baseMs = 500, qint64 capMs = 60'000, quint32 seed = 0);

    // The delay before retry number \a attempt (0 for the first retry).
    qint64 delayMs(int attempt, std::optional<qint64> retryAfterMs = std::nullopt);
    qint64 capMs() const { return m_capMs; }

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    QRandomGenerator m_random;
};

} // namespace pass
