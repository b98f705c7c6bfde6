#include "loginlimiter.h"

#include "portalclock.h"

namespace pass::portal {

namespace {

void dropOlderThan(QList<qint64> &failures, qint64 since)
{
    while (!failures.isEmpty() && failures.first() <= since)
        failures.removeFirst();
}

} // namespace

qint64 LoginLimiter::waitFor(QList<qint64> &failures, int limit, qint64 now) const
{
    dropOlderThan(failures, now - WindowSecs);
    if (failures.size() < limit)
        return 0;
    // The attempt is allowed again when enough of the window's failures have aged out of it.
    return std::max<qint64>(1, failures.at(failures.size() - limit) + WindowSecs - now);
}

qint64 LoginLimiter::retryAfter(const QString &account, const QString &address)
{
    const qint64 now = m_clock->nowSecs();
    prune(now);
    qint64 wait = 0;
    if (auto it = m_byAccount.find(account.toCaseFolded()); it != m_byAccount.end())
        wait = waitFor(*it, AccountLimit, now);
    if (auto it = m_byAddress.find(address); it != m_byAddress.end())
        wait = std::max(wait, waitFor(*it, AddressLimit, now));
    return wait;
}

void LoginLimiter::recordFailure(const QString &account, const QString &address)
{
    const qint64 now = m_clock->nowSecs();
    m_byAccount[account.toCaseFolded()].append(now);
    m_byAddress[address].append(now);
}

void LoginLimiter::recordSuccess(const QString &account)
{
    m_byAccount.remove(account.toCaseFolded());
}

void LoginLimiter::prune(qint64 now)
{
    // Forget accounts and addresses with no failure left in the window, once a minute: a flood
    // of made-up user names must not grow the tables without bound.
    if (now - m_lastPrune < 60)
        return;
    m_lastPrune = now;
    for (auto *table : {&m_byAccount, &m_byAddress}) {
        for (auto it = table->begin(); it != table->end();) {
            dropOlderThan(*it, now - WindowSecs);
            it = it->isEmpty() ? table->erase(it) : std::next(it);
        }
    }
}

} // namespace pass::portal
