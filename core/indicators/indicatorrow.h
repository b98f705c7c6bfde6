#pragma once

#include "core/domain/semester.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pass {

// One row of the DFP semester table (DPCM 12.11.2021, Allegato B, Appendice 2) for a procedure
// type or a task force, for one authority or all of them ('*').
struct IndicatorRow
{
    Semester semester;
    QString taskForce;
    QString procedureCode; // '*' on task-force rows
    QString authorityIstat; // '*' for all authorities in the selection
    qint64 started = 0;
    qint64 concludedTacit = 0;
    qint64 concludedExpress = 0;
    qint64 expressWithConference = 0;
    qint64 expressWithSuspension = 0;
    qint64 expressDurationSum = 0;
    qint64 withdrawn = 0;
    std::optional<int> legalTermDays;  // empty: no statutory term (or several, on task-force rows)
    std::optional<qint64> backlog;      // gross; empty when no procedure in the row has a term
    std::optional<qint64> backlogNet;   // net of suspension days (the term extended by them)
    std::optional<qint64> concludedLate;
    // Set on the running semester: its figures are counted as of this day, not at its end.
    std::optional<QDate> asOf;

    bool isRunning() const { return asOf.has_value(); }
    std::optional<qint64> backlogFor(bool netOfSuspensions) const { return netOfSuspensions ? backlogNet : backlog; }
    qint64 concluded() const { return concludedTacit + concludedExpress; }
    // Mean duration of the express decisions concluded in the semester, one decimal.
    std::optional<double> averageDurationDays() const;
};

} // namespace pass
