#pragma once

#include "core/indicators/backlogforecast.h"
#include "core/indicators/indicatorrow.h"
#include "core/indicators/indicatorscope.h"
#include "core/indicators/targets.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pass {

// One semester of a dashboard series, with the chosen backlog variant already applied.
struct SemesterPoint
{
    Semester semester;
    std::optional<QDate> asOf; // the running semester: counted as of this day
    qint64 started = 0;
    qint64 concluded = 0;
    std::optional<qint64> backlog;
    std::optional<double> averageDurationDays;
    // The legal term to compare the duration with: the procedure's, or on a group of procedures
    // the mean of their terms weighted by their express decisions in the semester (by the
    // started case files when none was decided).
    std::optional<double> legalTermDays;
    std::optional<double> targetBacklog;  // the target path, from the baseline semester on
    std::optional<double> targetDuration;

    // Concluded ÷ started, percent; under 100 the backlog grows. Empty when nothing started.
    std::optional<double> clearanceRatePct() const;
};

// A series per task force, procedure or authority (the level below the scope) and the total.
struct DashboardSeries
{
    QString key;   // task force or procedure code, ISTAT code; empty for the total
    QString label;
    QList<SemesterPoint> points;
    std::optional<BacklogForecast> forecast;

    std::optional<SemesterPoint> at(Semester semester) const;
};

// The figures regions report, for the total of the scope.
struct Headline
{
    Semester baselineSemester;
    std::optional<qint64> baselineBacklog;
    std::optional<qint64> backlogNow;          // as of the scope's day
    std::optional<double> backlogClearedPct;   // (baseline - now) ÷ baseline
    Semester durationSemester;                 // the last complete semester
    std::optional<double> baselineDuration;
    std::optional<double> durationNow;
    std::optional<double> durationChangePct;   // (now - baseline) ÷ baseline; negative is better
    std::optional<Target> target;
    std::optional<double> targetBacklog;       // at the due date
    std::optional<double> targetDuration;
    // The backlog at the due date: actual when it has passed, else projected (central value).
    std::optional<double> backlogAtDue;
    bool backlogAtDueIsProjected = false;
    std::optional<bool> meetsBacklogTarget;    // empty: no target, or nothing to project from
};

struct DashboardFigures
{
    IndicatorScope scope;
    enum class Level { TaskForce, Procedure, Authority } level = Level::TaskForce; // of `groups`
    QList<DashboardSeries> groups;
    DashboardSeries total;
    Headline headline;
    QString error;
};

// Builds the dashboard of a scope from the indicator engine: the one computation of every
// figure on screen and in reports. Groups are the task forces; with a task force in the scope,
// its procedures; with a procedure, the authorities with the largest backlog (maxAuthorities).
class DashboardBuilder
{
public:
    explicit DashboardBuilder(QSqlDatabase db);

    DashboardFigures build(const IndicatorScope &scope, bool italianNames = true, int maxAuthorities = 12) const;

    // The semesters a dashboard covers by default: from the earlier of the first with data and
    // the baseline, to the one containing the scope's day.
    static Semester defaultFrom(const std::optional<Semester> &firstWithData, const std::optional<Target> &target);

private:
    QSqlDatabase m_db;
};

} // namespace pass
