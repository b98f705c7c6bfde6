#include "isodate.h"

#include <QString>

namespace pass {

QDate parseIsoDate(QByteArrayView text)
{
    const auto digits = [text](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char c = text.at(i);
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    if (text.size() == 10 && text.at(4) == '-' && text.at(7) == '-') {
        const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day); // invalid when the month or day is out of range
    }
    return QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
}

} // namespace pass
