#include "backlogforecast.h"

#include <algorithm>

namespace pass {

std::optional<BacklogForecast::Point> BacklogForecast::at(Semester semester) const
{
    for (const Point &p : points) {
        if (p.semester == semester)
            return p;
    }
    return std::nullopt;
}

std::optional<BacklogForecast> forecastBacklog(Semester first, const QList<double> &actual, Semester until)
{
    if (actual.size() < kForecastMinimumSemesters)
        return std::nullopt;
    BacklogForecast f;
    f.lastActual = Semester::fromIndex(first.index() + int(actual.size()) - 1);
    if (until <= f.lastActual)
        return std::nullopt;
    f.lastValue = actual.last();
    const qsizetype changes = std::min<qsizetype>(kForecastWindow, actual.size() - 1);
    f.basisChanges = int(changes);
    f.lowestChange = f.highestChange = actual.last() - actual.at(actual.size() - 2);
    double sum = 0;
    for (qsizetype i = actual.size() - changes; i < actual.size(); ++i) {
        const double change = actual.at(i) - actual.at(i - 1);
        sum += change;
        f.lowestChange = std::min(f.lowestChange, change);
        f.highestChange = std::max(f.highestChange, change);
    }
    f.meanChange = sum / double(changes);
    for (Semester s = f.lastActual.next(); s <= until; s = s.next()) {
        const double h = s.index() - f.lastActual.index();
        f.points.append({s, std::max(0.0, f.lastValue + h * f.meanChange), std::max(0.0, f.lastValue + h * f.lowestChange),
                         std::max(0.0, f.lastValue + h * f.highestChange)});
    }
    return f;
}

} // namespace pass
