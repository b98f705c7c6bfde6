#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace pass::portal {

class PortalClock;

// Failed sign-ins per account and per client address, in a sliding window: past the limit the
// portal answers 429 with Retry-After before it spends any time on a password hash. A success
// clears the account's count. In memory, on the server's thread (a restart forgets the counts).
//
// The per-account limit lets anyone slow down one account's sign-ins for the window: the price
// of keeping its password from being guessed; the per-address limit slows a guesser that tries
// many accounts.
class LoginLimiter
{
public:
    static constexpr int AccountLimit = 5;
    static constexpr int AddressLimit = 20;
    static constexpr qint64 WindowSecs = 15 * 60;

    explicit LoginLimiter(const PortalClock *clock) : m_clock(clock) { }

    // Seconds to wait before another attempt for this account from this address; 0 when one
    // may be made now.
    qint64 retryAfter(const QString &account, const QString &address);
    void recordFailure(const QString &account, const QString &address);
    void recordSuccess(const QString &account);

private:
    qint64 waitFor(QList<qint64> &failures, int limit, qint64 now) const;
    void prune(qint64 now);

    const PortalClock *m_clock;
    QHash<QString, QList<qint64>> m_byAccount; // failure times (epoch seconds), oldest first
    QHash<QString, QList<qint64>> m_byAddress;
    qint64 m_lastPrune = 0;
};

} // namespace pass::portal
