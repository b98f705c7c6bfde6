#include "dashboardfigures.h"

#include "core/indicators/indicatorengine.h"
#include "core/indicators/opencases.h"
#include "core/store/referencestore.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// Sums procedure rows of one semester into a point: counts add up, the duration is weighted by
// the express decisions, the term by the express decisions too (by the started case files when
// none was decided; none when nothing happened).
class PointSum
{
public:
    void add(const IndicatorRow &r, bool net)
    {
        m_point.semester = r.semester;
        if (r.asOf)
            m_point.asOf = r.asOf;
        m_point.started += r.started;
        m_point.concluded += r.concluded();
        if (const auto b = r.backlogFor(net))
            m_point.backlog = m_point.backlog.value_or(0) + *b;
        m_express += r.concludedExpress;
        m_durationSum += r.expressDurationSum;
        if (r.legalTermDays) {
            m_termWeighted += double(*r.legalTermDays) * double(r.concludedExpress);
            m_termWeight += double(r.concludedExpress);
            m_termByStarted += double(*r.legalTermDays) * double(r.started);
            m_started += double(r.started);
        }
    }
    SemesterPoint point() const
    {
        SemesterPoint p = m_point;
        if (m_express > 0)
            p.averageDurationDays = std::round(double(m_durationSum) / double(m_express) * 10.0) / 10.0;
        if (m_termWeight > 0)
            p.legalTermDays = m_termWeighted / m_termWeight;
        else if (m_started > 0)
            p.legalTermDays = m_termByStarted / m_started;
        return p;
    }

private:
    SemesterPoint m_point;
    qint64 m_express = 0, m_durationSum = 0;
    double m_termWeighted = 0, m_termWeight = 0, m_termByStarted = 0, m_started = 0;
};

QList<SemesterPoint> sumBySemester(const QList<IndicatorRow> &rows, bool net, Semester from, Semester to,
                                   const std::function<bool(const IndicatorRow &)> &include)
{
    QList<PointSum> sums(to.index() - from.index() + 1);
    for (const IndicatorRow &r : rows) {
        if (include(r) && r.semester >= from && r.semester <= to)
            sums[r.semester.index() - from.index()].add(r, net);
    }
    QList<SemesterPoint> points;
    for (qsizetype i = 0; i < sums.size(); ++i) {
        SemesterPoint p = sums.at(i).point();
        p.semester = Semester::fromIndex(from.index() + int(i)); // also where no row fell
        points << p;
    }
    return points;
}

// The target path and the forecast of a series, from its own baseline value.
void completeSeries(DashboardSeries &series, const std::optional<Target> &target, Semester running)
{
    if (target) {
        const auto base = series.at(target->baselineSemester);
        for (SemesterPoint &p : series.points) {
            if (!base || p.semester < target->baselineSemester)
                continue;
            const QDate end = p.semester.lastDay(); // the path at the semester end, running or not
            if (base->backlog)
                p.targetBacklog = target->pathValueOn(Target::Measure::Backlog, double(*base->backlog), end);
            if (base->averageDurationDays)
                p.targetDuration = target->pathValueOn(Target::Measure::Duration, *base->averageDurationDays, end);
        }
    }
    // The projection starts from complete semesters only: the running one is still moving.
    QList<double> actual;
    std::optional<Semester> first;
    for (const SemesterPoint &p : std::as_const(series.points)) {
        if (p.semester >= running || !p.backlog) {
            if (p.semester < running) {
                actual.clear(); // a gap: only consecutive semesters count
                first.reset();
            }
            continue;
        }
        if (!first)
            first = p.semester;
        actual << double(*p.backlog);
    }
    Semester until = running.next();
    if (target && target->dueDate.isValid())
        until = std::max(until, Semester::containing(target->dueDate));
    if (first)
        series.forecast = forecastBacklog(*first, actual, until);
}

Headline headlineOf(const DashboardSeries &total, const std::optional<Target> &target, Semester baselineSemester,
                    Semester running)
{
    Headline h;
    h.target = target;
    h.baselineSemester = baselineSemester;
    h.durationSemester = running.previous();
    const auto base = total.at(baselineSemester);
    const auto now = total.at(running);
    const auto lastComplete = total.at(h.durationSemester);
    if (base) {
        h.baselineBacklog = base->backlog;
        h.baselineDuration = base->averageDurationDays;
    }
    if (now)
        h.backlogNow = now->backlog;
    if (lastComplete)
        h.durationNow = lastComplete->averageDurationDays;
    if (h.baselineBacklog && h.backlogNow && *h.baselineBacklog > 0)
        h.backlogClearedPct = double(*h.baselineBacklog - *h.backlogNow) / double(*h.baselineBacklog) * 100.0;
    if (h.baselineDuration && h.durationNow && *h.baselineDuration > 0)
        h.durationChangePct = (*h.durationNow - *h.baselineDuration) / *h.baselineDuration * 100.0;
    if (!target)
        return h;
    if (h.baselineBacklog)
        h.targetBacklog = target->pathValueOn(Target::Measure::Backlog, double(*h.baselineBacklog), target->dueDate);
    if (h.baselineDuration)
        h.targetDuration = target->pathValueOn(Target::Measure::Duration, *h.baselineDuration, target->dueDate);
    const Semester due = Semester::containing(target->dueDate);
    if (due < running) {
        if (const auto atDue = total.at(due); atDue && atDue->backlog)
            h.backlogAtDue = double(*atDue->backlog);
    } else if (total.forecast) {
        if (const auto p = total.forecast->at(due)) {
            h.backlogAtDue = p->expected;
            h.backlogAtDueIsProjected = true;
        }
    }
    if (h.backlogAtDue && h.targetBacklog)
        h.meetsBacklogTarget = *h.backlogAtDue <= *h.targetBacklog + 1e-9;
    return h;
}

} // namespace

std::optional<double> SemesterPoint::clearanceRatePct() const
{
    if (started == 0)
        return std::nullopt;
    return double(concluded) / double(started) * 100.0;
}

std::optional<SemesterPoint> DashboardSeries::at(Semester semester) const
{
    for (const SemesterPoint &p : points) {
        if (p.semester == semester)
            return p;
    }
    return std::nullopt;
}

DashboardBuilder::DashboardBuilder(QSqlDatabase db) : m_db(std::move(db)) { }

Semester DashboardBuilder::defaultFrom(const std::optional<Semester> &firstWithData, const std::optional<Target> &target)
{
    const Semester baseline = target ? target->baselineSemester : Target().baselineSemester;
    return firstWithData ? std::min(*firstWithData, baseline) : baseline;
}

DashboardFigures DashboardBuilder::build(const IndicatorScope &scope, bool italianNames, int maxAuthorities) const
{
    DashboardFigures f;
    f.scope = scope;
    std::optional<QStringList> authorities;
    if (!scopeAuthorities(m_db, scope, &authorities, &f.error))
        return f;
    const QStringList engineScope = engineAuthorities(authorities);
    const IndicatorEngine engine(m_db);
    std::optional<Target> target;
    if (!TargetStore(m_db).find(scope.region, scope.procedureCode.isEmpty() ? u"*"_s : scope.procedureCode, &target,
                                &f.error))
        return f;
    const Semester baseline = target ? target->baselineSemester : Target().baselineSemester;
    const Semester running = Semester::containing(scope.asOf);
    const Semester to = scope.to.value_or(running);
    // The region's first semester, whatever the filter: every filter's charts share one time axis.
    std::optional<Semester> first;
    if (!scope.from && !engine.firstSemesterWithData({}, &first, &f.error))
        return f;
    const Semester from = scope.from.value_or(defaultFrom(first, target));
    if (from > to) {
        f.error = QObject::tr("The period starts after it ends");
        return f;
    }

    IndicatorEngine::Query query;
    query.authorities = engineScope;
    // From the baseline at the latest: the headline compares with it.
    query.from = std::min(from, baseline);
    query.to = to;
    query.taskForceCode = scope.taskForceCode;
    query.procedureCode = scope.procedureCode;
    query.asOf = scope.asOf;
    const QList<IndicatorRow> rows = engine.compute(query, &f.error);
    if (!f.error.isEmpty())
        return f;
    const bool net = scope.netOfSuspensions;
    const auto all = [](const IndicatorRow &) { return true; };

    f.total.label = QObject::tr("Total");
    f.total.points = sumBySemester(rows, net, *query.from, to, all);
    completeSeries(f.total, target, running);
    f.headline = headlineOf(f.total, target, baseline, running);
    const auto clip = [from](DashboardSeries &s) {
        s.points.erase(std::remove_if(s.points.begin(), s.points.end(), [from](const SemesterPoint &p) { return p.semester < from; }),
                       s.points.end());
    };
    clip(f.total);

    ReferenceStore reference(m_db);
    if (!scope.procedureCode.isEmpty()) {
        f.level = DashboardFigures::Level::Authority;
        // The authorities with the largest backlog of the procedure as of the scope's day, from
        // the open case files in one pass (a ranking; each series is then the engine's).
        QHash<QString, qint64> backlogByAuthority;
        QString scanError;
        OpenCaseScan(m_db, OpenCaseScan::Fields::CountsOnly).run(authorities.value_or(QStringList()), scope.asOf, [&](const OpenCase &c) {
            if (c.procedureCode == scope.procedureCode) {
                const auto overdue = c.daysOverdue(scope.asOf, net);
                backlogByAuthority[c.authorityIstat] += overdue && *overdue > 0 ? 1 : 0;
            }
            return true;
        }, &scanError);
        QList<Authority> authorityList;
        if (!scanError.isEmpty() || !reference.authorities(&authorityList, &f.error)) {
            if (f.error.isEmpty())
                f.error = scanError;
            return f;
        }
        QList<std::pair<qint64, Authority>> ranked;
        for (const Authority &a : std::as_const(authorityList)) {
            const auto it = backlogByAuthority.constFind(a.istat);
            if (it != backlogByAuthority.cend())
                ranked.append({*it, a});
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype i = 0; i < ranked.size() && i < maxAuthorities; ++i) {
            IndicatorEngine::Query one = query;
            one.authorities = {ranked.at(i).second.istat};
            DashboardSeries s{ranked.at(i).second.istat, ranked.at(i).second.name, {}, {}};
            const QList<IndicatorRow> rowsOfOne = engine.compute(one, &f.error);
            if (!f.error.isEmpty())
                return f;
            s.points = sumBySemester(rowsOfOne, net, *query.from, to, all);
            completeSeries(s, target, running);
            clip(s);
            f.groups << s;
        }
    } else if (!scope.taskForceCode.isEmpty()) {
        f.level = DashboardFigures::Level::Procedure;
        QList<ProcedureType> types;
        if (!reference.procedureTypes(&types, &f.error))
            return f;
        for (const ProcedureType &type : std::as_const(types)) {
            if (type.taskForceCode != scope.taskForceCode)
                continue;
            DashboardSeries s{type.code, type.name, {}, {}};
            s.points = sumBySemester(rows, net, *query.from, to, [&](const IndicatorRow &r) { return r.procedureCode == type.code; });
            completeSeries(s, target, running);
            clip(s);
            f.groups << s;
        }
    } else {
        f.level = DashboardFigures::Level::TaskForce;
        QList<TaskForce> taskForces;
        if (!reference.taskForces(&taskForces, &f.error))
            return f;
        for (const TaskForce &tf : std::as_const(taskForces)) {
            DashboardSeries s{tf.code, italianNames ? tf.nameIt : tf.nameEn, {}, {}};
            s.points = sumBySemester(rows, net, *query.from, to, [&](const IndicatorRow &r) { return r.taskForce == tf.code; });
            completeSeries(s, target, running);
            clip(s);
            f.groups << s;
        }
    }
    return f;
}

} // namespace pass
