#include "records.h"

namespace pass {

std::optional<int> ProcedureType::termFor(QDate startDate) const
{
    std::optional<int> term;
    bool found = false;
    for (const LegalTerm &t : terms) {
        if (!t.validFrom.isValid() || t.validFrom <= startDate) {
            term = t.days;
            found = true;
        }
    }
    if (!found && !terms.isEmpty())
        term = terms.first().days; // started before the first known term: use the oldest one
    return term;
}

int CaseFile::suspensionDays() const
{
    int days = 0;
    for (const Suspension &s : suspensions) {
        if (s.from.isValid() && s.to.isValid()) {
            if (s.to >= s.from)
                days += int(s.from.daysTo(s.to));
        } else {
            days += s.days;
        }
    }
    return days;
}

} // namespace pass
