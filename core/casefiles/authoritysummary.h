#pragma once

#include "core/domain/records.h"
#include "core/domain/semester.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace pass {

// One authority as the authorities view lists it: who it is, where its case files stand today,
// and its backlog now against the baseline.
struct AuthoritySummary
{
    Authority authority;
    // Where its case files stand today, with the case list's own rules (CaseFileState): a
    // click on a count shows exactly those case files.
    qint64 open = 0;
    qint64 overdue = 0;
    qint64 concluded = 0;
    qint64 withdrawn = 0;
    // The DFP backlog (IndicatorEngine, all procedures summed) at the end of the baseline
    // semester and in the running semester; empty when no procedure of it has a legal term.
    std::optional<qint64> backlogBaseline;
    std::optional<qint64> backlogNow;
};

// Reads the summaries of the authorities in the user's scope: those the store holds case files
// or support requests of (the portal sends only what the user may see; the shipped list of all
// comuni is reference data, not scope). Reads the whole case table: call it on a worker thread
// with a read connection of its own.
class AuthoritySummaries
{
    Q_DECLARE_TR_FUNCTIONS(AuthoritySummaries)

public:
    struct Result
    {
        QList<AuthoritySummary> rows; // by name
        Semester baseline;             // the region's baseline semester (targets)
        Semester now;                  // the running semester
        QString error;                 // empty on success
    };

    static Result read(QSqlDatabase db, QDate today = QDate::currentDate());
};

} // namespace pass
