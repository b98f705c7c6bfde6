#include "authoritysummary.h"

#include "core/indicators/indicatorengine.h"
#include "core/indicators/targets.h"
#include "core/query/casefilewhere.h"
#include "core/store/referencestore.h"
#include "core/store/sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// Case files per authority in one state, by the list's own condition (caseFileWhere).
bool countByAuthority(QSqlDatabase &db, const QList<ProcedureType> &catalogue, CaseFileState state, QDate today,
                      const std::function<void(const QString &, qint64)> &take, QString *error)
{
    CaseFileFilter filter;
    filter.state = state;
    filter.today = today;
    QVariantList binds;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT authority_istat, count(*) FROM case_files"_s + caseFileWhere(filter, catalogue, &binds)
              + u" GROUP BY authority_istat"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        take(q.value(0).toString(), q.value(1).toLongLong());
    return sql::finished(q, error);
}

std::optional<qint64> backlogOf(const QList<IndicatorRow> &rows, Semester semester)
{
    std::optional<qint64> sum;
    for (const IndicatorRow &row : rows) {
        if (row.semester == semester && row.backlog)
            sum = sum.value_or(0) + *row.backlog;
    }
    return sum;
}

} // namespace

AuthoritySummaries::Result AuthoritySummaries::read(QSqlDatabase db, QDate today)
{
    Result result;
    result.now = Semester::containing(today);
    std::optional<Target> target;
    QString readError;
    if (!TargetStore(db).find(u"LOM"_s, u"*"_s, &target, &readError)) {
        result.error = tr("Cannot read the targets: %1").arg(readError);
        return result;
    }
    result.baseline = target.value_or(Target()).baselineSemester;

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT authority_istat FROM case_stats WHERE authority_istat <> '*' "
                "UNION SELECT authority_istat FROM support_requests"_s)) {
        result.error = tr("Cannot read the authorities: %1").arg(q.lastError().text());
        return result;
    }
    QSet<QString> inScope;
    while (q.next())
        inScope.insert(q.value(0).toString());
    if (!sql::finished(q, &readError)) {
        result.error = tr("Cannot read the authorities: %1").arg(readError);
        return result;
    }

    ReferenceStore reference(db);
    QList<Authority> authorities;
    QList<ProcedureType> catalogue;
    if (!reference.authorities(&authorities, &readError) || !reference.procedureTypes(&catalogue, &readError)) {
        result.error = tr("Cannot read the authorities: %1").arg(readError);
        return result;
    }
    QHash<QString, AuthoritySummary> byIstat;
    for (const Authority &a : std::as_const(authorities)) {
        if (inScope.contains(a.istat))
            byIstat.insert(a.istat, AuthoritySummary{a, 0, 0, 0, 0, std::nullopt, std::nullopt});
    }

    const struct
    {
        CaseFileState state;
        qint64 AuthoritySummary::*count;
    } counts[] = {{CaseFileState::Open, &AuthoritySummary::open},
                  {CaseFileState::Overdue, &AuthoritySummary::overdue},
                  {CaseFileState::Concluded, &AuthoritySummary::concluded},
                  {CaseFileState::Withdrawn, &AuthoritySummary::withdrawn}};
    for (const auto &c : counts) {
        QString error;
        const bool ok = countByAuthority(db, catalogue, c.state, today, [&](const QString &istat, qint64 n) {
            if (auto it = byIstat.find(istat); it != byIstat.end())
                (*it).*(c.count) = n;
        }, &error);
        if (!ok) {
            result.error = tr("Cannot count the case files: %1").arg(error);
            return result;
        }
    }

    // The backlog is an indicator: the engine's figure, never a second computation of it.
    const IndicatorEngine engine(db);
    for (AuthoritySummary &s : byIstat) {
        IndicatorEngine::Query query;
        query.groupBy = IndicatorEngine::GroupBy::Procedure;
        query.authorities = {s.authority.istat};
        query.from = std::min(result.baseline, result.now);
        query.to = result.now;
        QString error;
        const QList<IndicatorRow> rows = engine.compute(query, &error);
        if (!error.isEmpty()) {
            result.error = tr("Cannot compute the backlog of %1: %2").arg(s.authority.name, error);
            return result;
        }
        s.backlogBaseline = backlogOf(rows, result.baseline);
        s.backlogNow = backlogOf(rows, result.now);
    }

    result.rows = byIstat.values();
    std::sort(result.rows.begin(), result.rows.end(), [](const AuthoritySummary &a, const AuthoritySummary &b) {
        return QString::localeAwareCompare(a.authority.name, b.authority.name) < 0;
    });
    return result;
}

} // namespace pass
