#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace pass {

// Where a case file stands on a given day, as a list filters it. Overdue and due-soon use the
// backlog's rule: the legal term in gross calendar days from the start date.
enum class CaseFileState {
    Any,
    Open,      // no outcome yet
    Overdue,   // open and past its legal term
    DueSoon,   // open, not overdue, and its term ends within dueWithinDays
    Concluded, // express decision or tacit approval
    Withdrawn, // archived on withdrawal: closed but not concluded
};

// Which case files a list shows. Empty fields mean "any"; the conditions add up.
struct CaseFileFilter
{
    QString authorityIstat;
    // A procedure, or the procedures of a task force; empty: all of them.
    QStringList procedureCodes;
    // The procedures of one task force (intersected with procedureCodes when both are set).
    QString taskForceCode;
    CaseFileState state = CaseFileState::Any;
    // For CaseFileState::DueSoon, and the list's yellow rows (caseFileStateOn). Fifteen days: the
    // second half of a 30-day term, the last sixth of a 90-day one.
    int dueWithinDays = 15;
    // Protocol numbers starting with this text, exactly as typed (case matters: "PG/" ≠ "pg/").
    QString protocolPrefix;
    // Responsible officers whose name contains this text, in any case.
    QString responsible;
    // Kept for the older views: the same as state == Overdue.
    bool openOverdueOnly = false;
    QDate today = QDate::currentDate();

    // True when any condition narrows the list.
    bool isFiltered() const
    {
        return !authorityIstat.isEmpty() || !procedureCodes.isEmpty() || !taskForceCode.isEmpty()
            || state != CaseFileState::Any || !protocolPrefix.isEmpty() || !responsible.isEmpty()
            || openOverdueOnly;
    }

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
