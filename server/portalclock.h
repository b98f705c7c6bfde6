#pragma once

#include <QDateTime>

namespace pass::portal {

// The server's notion of "now". Tests move it forward (test mode only) to expire tokens
// without sleeping.
class PortalClock
{
public:
    QDateTime now() const;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
    void advance(qint64 seconds) { m_offsetSecs += seconds; }

    // RFC 3339 UTC with milliseconds, as written on the wire.
    static QString format(const QDateTime &time);

private:
    qint64 m_offsetSecs = 0;
};

} // namespace pass::portal
