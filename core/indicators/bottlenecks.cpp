#include "bottlenecks.h"

#include "core/indicators/indicatorengine.h"
#include "core/indicators/opencases.h"
#include "core/store/referencestore.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pass {

qint64 BottleneckReport::AgeProfile::total() const
{
    qint64 sum = 0;
    for (qint64 c : counts)
        sum += c;
    return sum;
}

std::optional<double> BottleneckReport::conferenceSharePct() const
{
    if (concludedExpress == 0)
        return std::nullopt;
    return double(expressWithConference) / double(concludedExpress) * 100.0;
}

std::optional<double> BottleneckReport::suspensionSharePct() const
{
    if (concludedExpress == 0)
        return std::nullopt;
    return double(expressWithSuspension) / double(concludedExpress) * 100.0;
}

BottleneckReport::Band BottleneckReport::bandOf(qint64 ageDays, int legalTermDays)
{
    if (ageDays * 2 <= legalTermDays)
        return UpToHalfTerm;
    if (ageDays <= legalTermDays)
        return UpToTerm; // a term reached exactly is not yet exceeded
    const qint64 overdue = ageDays - legalTermDays;
    if (overdue < 30)
        return OverdueUnder30Days;
    return overdue <= 180 ? Overdue30To180Days : OverdueOver180Days;
}

BottleneckReport BottleneckAnalysis::build(const IndicatorScope &scope, std::optional<Semester> semester) const
{
    BottleneckReport report;
    report.semester = semester.value_or(Semester::containing(scope.asOf).previous());
    std::optional<QStringList> authorities;
    QList<ProcedureType> types;
    if (!scopeAuthorities(m_db, scope, &authorities, &report.error)
        || !ReferenceStore(m_db).procedureTypes(&types, &report.error))
        return report;
    if (authorities && authorities->isEmpty())
        return report;
    QHash<QString, const ProcedureType *> typeOf;
    for (const ProcedureType &t : types)
        typeOf.insert(t.code, &t);
    const auto inScope = [&](const QString &procedure) {
        const ProcedureType *t = typeOf.value(procedure);
        return t && (scope.procedureCode.isEmpty() || procedure == scope.procedureCode)
            && (scope.taskForceCode.isEmpty() || t->taskForceCode == scope.taskForceCode);
    };

    // Ages of the open case files on the scope's day.
    QHash<QString, BottleneckReport::AgeProfile> byProcedure, byAuthority;
    const bool net = scope.netOfSuspensions;
    const bool ok = OpenCaseScan(m_db, OpenCaseScan::Fields::CountsOnly).run(authorities.value_or(QStringList()), scope.asOf, [&](const OpenCase &c) {
        if (!c.legalTermDays || !inScope(c.procedureCode))
            return true;
        const qint64 age = c.startDate.daysTo(scope.asOf) - (net ? c.suspensionDays : 0);
        const auto band = BottleneckReport::bandOf(age, *c.legalTermDays);
        BottleneckReport::AgeProfile &p = byProcedure[c.procedureCode];
        p.key = c.procedureCode;
        ++p.counts[band];
        BottleneckReport::AgeProfile &a = byAuthority[c.authorityIstat];
        a.key = c.authorityIstat;
        ++a.counts[band];
        return true;
    }, &report.error);
    if (!ok)
        return report;
    for (const ProcedureType &t : types) {
        if (byProcedure.contains(t.code))
            report.byProcedure << byProcedure.value(t.code);
    }
    report.byAuthority = byAuthority.values();
    std::sort(report.byAuthority.begin(), report.byAuthority.end(), [](const auto &a, const auto &b) {
        return a.total() != b.total() ? a.total() > b.total() : a.key < b.key;
    });

    // Shares of the express decisions, from the indicator engine (the same figures as the DFP table).
    IndicatorEngine::Query query;
    query.authorities = engineAuthorities(authorities);
    query.from = query.to = report.semester;
    query.taskForceCode = scope.taskForceCode;
    query.procedureCode = scope.procedureCode;
    query.asOf = scope.asOf;
    const QList<IndicatorRow> expressRows = IndicatorEngine(m_db).compute(query, &report.error);
    if (!report.error.isEmpty())
        return report;
    for (const IndicatorRow &r : expressRows) {
        report.concludedExpress += r.concludedExpress;
        report.expressWithConference += r.expressWithConference;
        report.expressWithSuspension += r.expressWithSuspension;
    }

    // Pressure per authority × procedure, from the maintained aggregates in one pass.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT authority_istat, procedure_code, sum(%1), "
              "sum(CASE WHEN semester = :s THEN started ELSE 0 END), "
              "sum(CASE WHEN semester = :s THEN concluded_express ELSE 0 END), "
              "sum(CASE WHEN semester = :s THEN express_duration_sum ELSE 0 END) "
              "FROM case_stats WHERE authority_istat <> '*' AND semester <= :s GROUP BY authority_istat, procedure_code"_s
                  .arg(net ? u"backlog_net_delta"_s : u"backlog_delta"_s));
    q.bindValue(u":s"_s, report.semester.index());
    if (!q.exec()) {
        report.error = q.lastError().text();
        return report;
    }
    // Why a minimum and weights: over one semester most authority × procedure pairs have one or
    // two decisions, and a single case file decided after four years (1,414 days on a 60-day
    // term: 23.6) put a comune with one late permit above every comune with dozens of case files
    // at twice their term. Two rules, because neither is enough alone (tried on the demo store):
    // - a pair is ranked only with at least kMinimumCases case files behind its figures (express
    //   decisions of the semester plus backlog at its end): one or two case files say nothing
    //   about an office, and no weight keeps a 23-fold outlier from the top;
    // - each ratio is taken as if kCredibilityCases more case files had the procedure's average
    //   over every authority of the store (a credibility weight: the pair's own figure counts
    //   n ÷ (n + k), the average the rest), so that one slow case among five counts half, among
    //   forty 89 %. The average is the store's, not the filtered scope's, so that filtering down
    //   to one comune does not make its own case files the yardstick. A pair without decisions
    //   takes the procedure's average duration: nothing says it is faster.
    struct Raw
    {
        QString authority, procedure;
        qint64 backlog = 0, started = 0, express = 0;
        double durationSum = 0;
    };
    struct Totals
    {
        qint64 backlog = 0, started = 0, express = 0;
        double durationSum = 0;
    };
    QList<Raw> raws;
    QHash<QString, Totals> totals; // per procedure, every authority of the store
    while (q.next()) {
        Raw r{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
              q.value(4).toLongLong(), q.value(5).toDouble()};
        Totals &t = totals[r.procedure];
        t.backlog += r.backlog;
        t.started += r.started;
        t.express += r.express;
        t.durationSum += r.durationSum;
        raws << std::move(r);
    }
    constexpr double k = BottleneckReport::kCredibilityCases;
    const QSet<QString> chosen = authorities ? QSet<QString>(authorities->cbegin(), authorities->cend()) : QSet<QString>();
    for (const Raw &r : std::as_const(raws)) {
        BottleneckReport::Pressure p;
        p.authorityIstat = r.authority;
        p.procedureCode = r.procedure;
        if ((authorities && !chosen.contains(p.authorityIstat)) || !inScope(p.procedureCode))
            continue;
        const std::optional<int> term = typeOf.value(p.procedureCode)->termFor(report.semester.lastDay());
        if (!term)
            continue;
        if (r.backlog == 0 && r.express == 0)
            continue;
        if (r.backlog + r.express < BottleneckReport::kMinimumCases) {
            ++report.unrankedPairs;
            continue;
        }
        const Totals &t = totals[r.procedure];
        p.legalTermDays = *term;
        p.backlog = r.backlog;
        p.started = r.started;
        p.concludedExpress = r.express;
        if (r.express > 0) {
            p.averageDurationDays = std::round(r.durationSum / double(r.express) * 10.0) / 10.0;
            p.durationRatio = *p.averageDurationDays / double(p.legalTermDays);
        }
        if (t.express > 0) {
            const double procedureAverage = t.durationSum / double(t.express);
            p.procedureDurationRatio = procedureAverage / double(p.legalTermDays);
            p.weightedDurationRatio = (r.durationSum + k * procedureAverage) / (double(r.express) + k) / double(p.legalTermDays);
        }
        p.backlogRatio = double(p.backlog) / double(std::max<qint64>(1, p.started));
        p.procedureBacklogRatio = double(t.backlog) / double(std::max<qint64>(1, t.started));
        p.weightedBacklogRatio = (double(p.backlog) + k * p.procedureBacklogRatio) / (double(p.started) + k);
        p.pressure = std::hypot(p.weightedDurationRatio, p.weightedBacklogRatio);
        report.ranking << p;
    }
    std::sort(report.ranking.begin(), report.ranking.end(), [](const auto &a, const auto &b) {
        if (a.pressure != b.pressure)
            return a.pressure > b.pressure;
        return std::tie(a.authorityIstat, a.procedureCode) < std::tie(b.authorityIstat, b.procedureCode);
    });
    return report;
}

} // namespace pass
