#include "indicatorscope.h"

#include "core/store/referencestore.h"

using namespace Qt::StringLiterals;

namespace pass {

bool scopeAuthorities(QSqlDatabase db, const IndicatorScope &scope, std::optional<QStringList> *authorities,
                      QString *error)
{
    authorities->reset();
    if (!scope.filtersAuthorities())
        return true;
    if (!scope.authorityIstat.isEmpty() && scope.provinceCode.isEmpty() && !scope.smallComuniOnly && !scope.passPhase) {
        *authorities = QStringList{scope.authorityIstat};
        return true;
    }
    QList<Authority> all;
    if (!ReferenceStore(std::move(db)).authorities(&all, error))
        return false;
    QStringList codes;
    for (const Authority &a : std::as_const(all)) {
        if (!scope.authorityIstat.isEmpty() && a.istat != scope.authorityIstat)
            continue;
        if (!scope.provinceCode.isEmpty() && a.provinceCode != scope.provinceCode)
            continue;
        if (scope.smallComuniOnly && !a.isSmall())
            continue;
        if (scope.passPhase && a.passPhase != scope.passPhase)
            continue;
        codes << a.istat;
    }
    *authorities = codes;
    return true;
}

QStringList engineAuthorities(const std::optional<QStringList> &authorities)
{
    if (!authorities)
        return {};
    if (authorities->isEmpty())
        return {u"-"_s}; // no ISTAT code is "-": nothing matches
    return *authorities;
}

} // namespace pass
