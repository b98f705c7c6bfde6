#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace pass {

// Which case files a list shows. Empty fields mean "any".
struct CaseFileFilter
{
    QString authorityIstat;
    // A procedure, or the procedures of a task force; empty: all of them.
    QStringList procedureCodes;
    // Only case files still open whose legal term (gross calendar days) is already past on
    // `today`: the same rule as the backlog, applied to the current day.
    bool openOverdueOnly = false;
    QDate today = QDate::currentDate();

    friend bool operator==(const CaseFileFilter &, const CaseFileFilter &) = default;
};

// The orders a case-file list supports. Each one follows an index of case_files, so that a
// page anywhere in a million rows is read without sorting the table.
enum class CaseFileOrder {
    StartDate, // start_date, then rowid (index case_files_start)
    Authority, // authority ISTAT code, then protocol number (unique index case_files_protocol)
    Procedure, // procedure code, then start date (index case_files_procedure)
};

} // namespace pass
