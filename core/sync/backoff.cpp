#include "backoff.h"

#include <algorithm>

namespace pass {

Backoff::Backoff(qint64 baseMs, qint64 capMs, quint32 seed)
    : m_baseMs(baseMs), m_capMs(capMs),
      m_random(seed ? seed : QRandomGenerator::global()->generate())
{
}

qint64 Backoff::delayMs(int attempt, std::optional<qint64> retryAfterMs)
{
    const int shift = std::clamp(attempt, 0, 30);
    const qint64 ceiling = std::min(m_capMs, m_baseMs << shift);
    const qint64 jitter = ceiling > 0 ? qint64(m_random.bounded(quint64(ceiling) + 1)) : 0;
    if (retryAfterMs)
        return std::max(*retryAfterMs, jitter);
    return jitter;
}

} // namespace pass
