#pragma once

#include "core/domain/semester.h"

#include <QList>
#include <QString>

#include <optional>

namespace pass {

// The backlog projected semester by semester from the recent flows. Each semester the backlog
// changes by the open case files reaching their term less the overdue ones concluded; the
// projection carries the mean of the last semesters' changes forward, and the low-high band
// carries their smallest and largest change (the recent variation) forward. Never below zero.
struct BacklogForecast
{
    struct Point
    {
        Semester semester;
        double expected = 0;
        double low = 0;
        double high = 0;
    };

    Semester lastActual;        // the last complete semester the projection starts from
    double lastValue = 0;
    int basisChanges = 0;       // how many semesters' changes the mean is taken over
    double meanChange = 0;      // per semester
    double lowestChange = 0;
    double highestChange = 0;
    QList<Point> points;        // lastActual.next() ... until

    std::optional<Point> at(Semester semester) const;
};

// Minimum semesters of data (hence two changes) before anything is projected.
constexpr int kForecastMinimumSemesters = 3;
// How many of the latest changes the projection takes into account.
constexpr int kForecastWindow = 4;

// actual: the backlog at the end of consecutive complete semesters, oldest first. Projects up
// to and including `until`. nullopt with fewer than kForecastMinimumSemesters values or when
// `until` is not after the last one.
std::optional<BacklogForecast> forecastBacklog(Semester first, const QList<double> &actual, Semester until);

} // namespace pass
