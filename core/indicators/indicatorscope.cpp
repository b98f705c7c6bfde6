#include "indicatorscope.h"

#include "core/store/referencestore.h"

using namespace Qt::StringLiterals;

namespace pass {

std::optional<QStringList> scopeAuthorities(QSqlDatabase db, const IndicatorScope &scope)
{
    if (!scope.filtersAuthorities())
        return std::nullopt;
    if (!scope.authorityIstat.isEmpty() && scope.provinceCode.isEmpty() && !scope.smallComuniOnly && !scope.passPhase)
        return QStringList{scope.authorityIstat};
    QStringList codes;
    for (const Authority &a : ReferenceStore(std::move(db)).authorities()) {
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
    return codes;
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
