#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace pass {

// Readers of the values offices type into their registries. Each returns what it understood
// and says why when it did not, so the report can name the reason.

enum class DateStatus {
    Ok,
    Empty,       // blank cell: no date
    Placeholder, // 29/12/0000, 00/00/0000: "no date" in several SUE products
    Invalid,     // not a date (13/03/025, 15/042025, 31/02/2023, words)
};

// Italian dates (31/12/2023, 31-12-2023, 31.12.2023, 1/2/23), ISO dates with or without a
// time, ddmmyyyy without separators, and Excel serial numbers when allowSerial is set
// (always for XLSX cells; in CSV only plain numbers in the plausible range 1950–2100).
QDate parseImportDate(QStringView text, DateStatus *status, bool allowSerial);

// The date of an Excel serial number (days since 1899-12-30, the 1900 leap-year bug included).
QDate excelSerialToDate(double serial);

// sì / si / s / x / vero / true / yes / 1 → true; no / n / falso / false / 0 / blank → false.
std::optional<bool> parseFlag(QStringView text);

// How a case ends, read from a status or outcome word (import-formats.md, "Outcome values").
enum class OutcomeWord { Express, Tacit, Withdrawn, Open, Unknown };
OutcomeWord classifyOutcome(QStringView text);
QString outcomeWordName(OutcomeWord w); // express | tacit | withdrawn | open
std::optional<OutcomeWord> outcomeWordFromName(QStringView name);

// Excel turns codes into numbers: "1234.0" → "1234"; other text is trimmed.
QString cleanCode(QStringView text);

} // namespace pass
