#pragma once

#include "core/domain/enums.h"
#include "core/query/casefilefilter.h"

#include <QDate>

#include <optional>

namespace pass {

// Where one case file stands on `today`, by the one rule the case list uses both to filter
// (caseFileWhere's Overdue and DueSoon) and to mark its rows: with a legal term of d days in
// gross calendar days from the start date, an open case file is overdue once more than d days
// have passed, and due soon when it is not overdue and its term ends within `dueWithinDays`
// days (d - dueWithinDays <= days passed <= d). Never Any.
CaseFileState caseFileStateOn(QDate startDate, const std::optional<Outcome> &outcome, std::optional<int> legalTerm,
                              QDate today, int dueWithinDays);

} // namespace pass
