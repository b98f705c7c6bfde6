#include "portalclock.h"

using namespace Qt::StringLiterals;

namespace pass::portal {

QDateTime PortalClock::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_offsetSecs);
}

QString PortalClock::format(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace pass::portal
