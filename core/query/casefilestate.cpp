#include "casefilestate.h"

#include <algorithm>

namespace pass {

CaseFileState caseFileStateOn(QDate startDate, const std::optional<Outcome> &outcome, std::optional<int> legalTerm,
                              QDate today, int dueWithinDays)
{
    if (outcome)
        return *outcome == Outcome::Withdrawn ? CaseFileState::Withdrawn : CaseFileState::Concluded;
    if (!legalTerm || !startDate.isValid())
        return CaseFileState::Open;
    const qint64 passed = startDate.daysTo(today);
    if (passed > *legalTerm)
        return CaseFileState::Overdue;
    if (passed >= qint64(*legalTerm) - std::max(dueWithinDays, 0))
        return CaseFileState::DueSoon;
    return CaseFileState::Open;
}

} // namespace pass
