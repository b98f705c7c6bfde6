#pragma once

#include <QByteArrayView>
#include <QDate>

namespace pass {

// A "YYYY-MM-DD" date as the store keeps it, read straight from its bytes: the bulk reads of
// open case files parse one per row, and QDate::fromString's general parser cost more than the
// rest of the row. Anything else goes through QDate::fromString (an invalid date if it fails).
QDate parseIsoDate(QByteArrayView text);

} // namespace pass
