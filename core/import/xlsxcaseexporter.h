#pragma once

#include "core/query/casefilefilter.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace pass {

// Writes case files to an XLSX workbook in the canonical columns of the CSV export
// (CaseCsvExporter::columns()): ISTAT codes as text (leading zeros kept), dates as real Excel
// dates, flags as booleans — so the file opens right in Excel and imports back unchanged.
// Streams the sheet XML into the ZIP through QuaZip as rows are read (inline strings, no
// shared-string table to hold); more rows than a sheet holds continue on another sheet.
class XlsxCaseExporter
{
public:
    explicit XlsxCaseExporter(QSqlDatabase db) : m_db(std::move(db)) { }

    // The case files the filter selects (a default filter: all). progress(rows) returning false cancels. Returns the number of
    // rows written, or -1 with *error set (a partial file is removed).
    qint64 write(const QString &path, const CaseFileFilter &filter, QString *error,
                 const std::function<bool(qint64)> &progress = {});

    static constexpr int kRowsPerSheet = 1048575; // Excel's limit, less the header row

private:
    QSqlDatabase m_db;
};

} // namespace pass
