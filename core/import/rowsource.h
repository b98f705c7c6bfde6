#pragma once

#include "core/import/sourcerow.h"

#include <QString>

namespace pass {

// A stream of records read from an office file, one at a time, never the whole file.
class RowSource
{
public:
    virtual ~RowSource() = default;

    // Reads the next record. Returns false at the end of the data or on a fatal error, which
    // then is in errorString() (empty at a clean end).
    virtual bool next(SourceRow *row) = 0;
    virtual QString errorString() const = 0;

    // For progress: how far through the input the reader is, in the unit of size().
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

    // How the user names a column of this kind of file: "column 3" (CSV), "column C" (XLSX).
    virtual QString columnLabel(int index) const = 0;
    // How the user names a record: "line 12" (CSV), "sheet 'Pratiche' row 12" (XLSX).
    virtual QString rowLabel(qint64 line) const = 0;
    // What was detected (encoding, separator, sheet), for the report.
    virtual QString formatDescription() const = 0;
};

} // namespace pass
