#include "chartmodel.h"

#include "core/indicators/dashboardfigures.h"
#include "reports/reporttexts.h"

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QColor kActual(0x1f, 0x4e, 0x79);
const QColor kTarget(0x2e, 0x8b, 0x57);
const QColor kProjection(0xc0, 0x50, 0x1a);
const QColor kTerm(0x99, 0x99, 0x99);
const QColor kSecond(0x8f, 0xb8, 0xde);

// The semesters of the points, then those only the forecast reaches.
QList<Semester> semestersOf(const DashboardSeries &s, bool withForecast)
{
    QList<Semester> list;
    for (const SemesterPoint &p : s.points)
        list << p.semester;
    if (withForecast && s.forecast) {
        for (const BacklogForecast::Point &p : s.forecast->points) {
            if (list.isEmpty() || p.semester > list.last())
                list << p.semester;
        }
    }
    return list;
}

void frame(ChartModel &chart, const DashboardSeries &s, const QList<Semester> &semesters, ReportLanguage language)
{
    if (!holdsCaseFiles(s))
        chart.emptyText = reportText("chart.noCases", language);
    for (const Semester &sem : semesters)
        chart.categories << sem.label();
    for (qsizetype i = 0; i < s.points.size(); ++i) {
        if (s.points.at(i).asOf) {
            chart.runningIndex = int(i);
            chart.runningLabel = reportText("chart.running", language).arg(reportDate(*s.points.at(i).asOf, language));
        }
    }
}

// A chart with case files but not one value to draw says why in words.
void explainIfBlank(ChartModel &chart, const char *why, ReportLanguage language)
{
    if (chart.emptyText.isEmpty() && chart.isEmpty())
        chart.emptyText = reportText(why, language);
}

template<typename Fn>
QList<std::optional<double>> valuesOf(const DashboardSeries &s, const QList<Semester> &semesters, Fn value)
{
    QList<std::optional<double>> values(semesters.size());
    for (const SemesterPoint &p : s.points) {
        const qsizetype i = semesters.indexOf(p.semester);
        if (i >= 0)
            values[i] = value(p);
    }
    return values;
}

} // namespace

bool holdsCaseFiles(const DashboardSeries &s)
{
    for (const SemesterPoint &p : s.points) {
        if (p.started > 0 || p.concluded > 0 || p.backlog.value_or(0) > 0 || p.averageDurationDays)
            return true;
    }
    return false;
}

bool ChartModel::isEmpty() const
{
    for (const Series &s : series) {
        for (const auto &v : s.values) {
            if (v)
                return false;
        }
    }
    return true;
}

QString forecastMethod(const DashboardSeries &s, ReportLanguage language)
{
    if (!s.forecast)
        return reportText("forecast.none", language);
    const BacklogForecast &f = *s.forecast;
    return reportText("forecast.method", language)
        .arg(f.basisChanges)
        .arg(formatNumber(f.meanChange, 1, language), formatNumber(f.lowestChange, 1, language),
             formatNumber(f.highestChange, 1, language), f.lastActual.label());
}

ChartModel backlogChart(const DashboardSeries &s, bool net, int baselineIndex, ReportLanguage language)
{
    ChartModel chart;
    const QList<Semester> semesters = semestersOf(s, true);
    frame(chart, s, semesters, language);
    chart.title = s.label + u" — "_s + reportText(net ? "chart.backlog.net" : "chart.backlog.gross", language);
    chart.unit = reportText("chart.cases", language);
    chart.baselineIndex = baselineIndex;
    chart.series << ChartModel::Series{reportText(net ? "chart.backlog.net" : "chart.backlog.gross", language),
                                       valuesOf(s, semesters, [](const SemesterPoint &p) -> std::optional<double> {
                                           return p.backlog ? std::optional<double>(double(*p.backlog)) : std::nullopt;
                                       }),
                                       kActual, Qt::SolidLine, false};
    chart.series << ChartModel::Series{reportText("chart.targetPath", language),
                                       valuesOf(s, semesters, [](const SemesterPoint &p) { return p.targetBacklog; }),
                                       kTarget, Qt::DashDotLine, false};
    if (s.forecast) {
        const BacklogForecast &f = *s.forecast;
        ChartModel::Series projection{reportText("chart.projection", language), QList<std::optional<double>>(semesters.size()),
                                      kProjection, Qt::DashLine, false};
        ChartModel::Band band{reportText("chart.band", language), QList<std::optional<double>>(semesters.size()),
                              QList<std::optional<double>>(semesters.size()), kProjection.lighter(170)};
        const qsizetype start = semesters.indexOf(f.lastActual);
        if (start >= 0) {
            projection.values[start] = band.low[start] = band.high[start] = f.lastValue;
        }
        for (const BacklogForecast::Point &p : f.points) {
            const qsizetype i = semesters.indexOf(p.semester);
            if (i < 0)
                continue;
            projection.values[i] = p.expected;
            band.low[i] = p.low;
            band.high[i] = p.high;
        }
        chart.series << projection;
        chart.band = band;
    }
    chart.note = forecastMethod(s, language);
    explainIfBlank(chart, "chart.noBacklog", language);
    return chart;
}

ChartModel durationChart(const DashboardSeries &s, ReportLanguage language)
{
    ChartModel chart;
    const QList<Semester> semesters = semestersOf(s, false);
    frame(chart, s, semesters, language);
    chart.title = s.label + u" — "_s + reportText("chart.duration", language);
    chart.unit = reportText("chart.days", language);
    chart.series << ChartModel::Series{reportText("chart.avgDuration", language),
                                       valuesOf(s, semesters, [](const SemesterPoint &p) { return p.averageDurationDays; }),
                                       kActual, Qt::SolidLine, false};
    chart.series << ChartModel::Series{reportText("chart.legalTerm", language),
                                       valuesOf(s, semesters, [](const SemesterPoint &p) { return p.legalTermDays; }),
                                       kTerm, Qt::DashLine, false};
    chart.series << ChartModel::Series{reportText("chart.targetDuration", language),
                                       valuesOf(s, semesters, [](const SemesterPoint &p) { return p.targetDuration; }),
                                       kTarget, Qt::DashDotLine, false};
    explainIfBlank(chart, "chart.noDuration", language);
    return chart;
}

ChartModel flowChart(const DashboardSeries &s, ReportLanguage language)
{
    ChartModel chart;
    const QList<Semester> semesters = semestersOf(s, false);
    frame(chart, s, semesters, language);
    chart.title = s.label + u" — "_s + reportText("chart.flows", language);
    chart.unit = reportText("chart.cases", language);
    chart.series << ChartModel::Series{reportText("chart.started", language),
                                       valuesOf(s, semesters, [](const SemesterPoint &p) -> std::optional<double> { return double(p.started); }),
                                       kSecond, Qt::SolidLine, true};
    chart.series << ChartModel::Series{reportText("chart.concluded", language),
                                       valuesOf(s, semesters, [](const SemesterPoint &p) -> std::optional<double> { return double(p.concluded); }),
                                       kActual, Qt::SolidLine, true};
    for (const Semester &sem : semesters) {
        const auto p = s.at(sem);
        const auto rate = p ? p->clearanceRatePct() : std::nullopt;
        chart.annotations << (rate ? formatNumber(*rate, 0, language) + u"%"_s : QString());
    }
    return chart;
}

} // namespace pass
