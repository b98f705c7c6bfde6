#include "deadlinewatch.h"

#include "core/store/referencestore.h"
#include "core/store/sql.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {

QDate DeadlineWatch::enteredWatchOn(const DeadlineEntry &entry, int withinDays)
{
    return std::max(entry.caseFile.startDate, entry.deadline.addDays(-withinDays));
}

DeadlineWatchResult DeadlineWatch::list(const Options &options, QString *error) const
{
    DeadlineWatchResult result;
    const IndicatorScope &scope = options.scope;
    std::optional<QStringList> authorities;
    QList<ProcedureType> types;
    QString readError;
    if (!scopeAuthorities(m_db, scope, &authorities, &readError)
        || !ReferenceStore(m_db).procedureTypes(&types, &readError)) {
        sql::readFailed(u"the deadline watch"_s, readError, error);
        return {};
    }
    if (authorities && authorities->isEmpty())
        return result;
    QHash<QString, QString> taskForceOf;
    for (const ProcedureType &type : std::as_const(types))
        taskForceOf.insert(type.code, type.taskForceCode);
    const QDate today = scope.asOf;
    QHash<std::pair<QString, QString>, DeadlineGroup> groups;
    const bool ok = OpenCaseScan(m_db).run(authorities.value_or(QStringList()), today, [&](const OpenCase &c) {
        if (!c.legalTermDays)
            return true;
        if (!scope.procedureCode.isEmpty() && c.procedureCode != scope.procedureCode)
            return true;
        if (!scope.taskForceCode.isEmpty() && taskForceOf.value(c.procedureCode) != scope.taskForceCode)
            return true;
        DeadlineEntry e{c, c.deadline(scope.netOfSuspensions), 0, false};
        e.daysLeft = today.daysTo(e.deadline);
        if (e.daysLeft > options.withinDays || (e.isOverdue() && !options.includeOverdue))
            return true;
        e.isNew = options.lastSeen && enteredWatchOn(e, options.withinDays) > *options.lastSeen;
        DeadlineGroup &g = groups[{c.authorityIstat, c.responsible}];
        g.authorityIstat = c.authorityIstat;
        g.responsible = c.responsible;
        if (e.isOverdue()) {
            ++result.overdue;
            ++g.overdue;
        } else {
            ++result.dueSoon;
            ++g.dueSoon;
        }
        if (e.isNew)
            ++result.newSinceLastSeen;
        result.entries << e;
        return true;
    }, error);
    if (!ok)
        return {};
    // Still preventable first (fewest days left), then overdue (longest first); ties by start.
    const auto urgency = [](const DeadlineEntry &a, const DeadlineEntry &b) {
        if (a.isOverdue() != b.isOverdue())
            return !a.isOverdue();
        if (a.daysLeft != b.daysLeft)
            return a.daysLeft < b.daysLeft;
        return a.caseFile.protocolNumber < b.caseFile.protocolNumber;
    };
    if (options.limit >= 0 && options.limit < result.entries.size()) {
        std::partial_sort(result.entries.begin(), result.entries.begin() + options.limit, result.entries.end(), urgency);
        result.entries.resize(options.limit);
    } else {
        std::sort(result.entries.begin(), result.entries.end(), urgency);
    }
    result.groups = groups.values();
    std::sort(result.groups.begin(), result.groups.end(), [](const DeadlineGroup &a, const DeadlineGroup &b) {
        if (a.authorityIstat != b.authorityIstat)
            return a.authorityIstat < b.authorityIstat;
        if (a.dueSoon + a.overdue != b.dueSoon + b.overdue)
            return a.dueSoon + a.overdue > b.dueSoon + b.overdue;
        return a.responsible < b.responsible;
    });
    return result;
}

} // namespace pass
