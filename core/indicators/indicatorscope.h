#pragma once

#include "core/domain/semester.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pass {

// What a dashboard, a bottleneck list or a report looks at: a part of the region (province,
// authority, small comuni, PAsS phase), a part of the catalogue (task force, procedure), a
// period, and the backlog variant. Empty fields mean "any". The one switch between the gross
// backlog (the DFP's figure) and the one net of suspension days lives here.
struct IndicatorScope
{
    QString region = QStringLiteral("LOM");
    QString provinceCode;
    QString authorityIstat;
    bool smallComuniOnly = false; // piccoli comuni: population up to 5,000
    std::optional<int> passPhase; // 1 pilot, 2, 3
    QString taskForceCode;
    QString procedureCode;
    std::optional<Semester> from;
    std::optional<Semester> to;
    bool netOfSuspensions = false;
    QDate asOf = QDate::currentDate(); // the running semester is counted as of this day

    bool filtersAuthorities() const
    {
        return !provinceCode.isEmpty() || !authorityIstat.isEmpty() || smallComuniOnly || passPhase.has_value();
    }
    friend bool operator==(const IndicatorScope &, const IndicatorScope &) = default;
};

// The authorities a scope selects: nullopt when it selects every authority (the engine then
// reads the all-authorities rows), else their ISTAT codes — empty when none matches.
// False with *error when the authority list cannot be read (a failed read must not turn into
// "no authority matches", whose figures are all zero).
bool scopeAuthorities(QSqlDatabase db, const IndicatorScope &scope, std::optional<QStringList> *authorities,
                      QString *error);

// For IndicatorEngine::Query::authorities: every authority is the empty list, and a scope that
// matches none gets a code no case file has, so that its figures are zeros and not the region's.
QStringList engineAuthorities(const std::optional<QStringList> &authorities);

} // namespace pass
