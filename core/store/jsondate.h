#pragma once

#include <QDate>
#include <QJsonValue>

namespace pass {

// Dates on the wire: ISO "YYYY-MM-DD", or null when unknown. Shared by every record codec.
inline QJsonValue dateToJson(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

inline QDate dateFromJson(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

} // namespace pass
