#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pass {

struct DashboardSeries;
enum class ReportLanguage;

// What a chart shows, independent of where it is drawn (a view, a PNG, an SVG, a PDF page).
struct ChartModel
{
    struct Series
    {
        QString label;
        QList<std::optional<double>> values; // one per category; empty: no point
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        bool bars = false;
    };
    struct Band // a low-high range, drawn as a shaded area (the forecast's)
    {
        QString label;
        QList<std::optional<double>> low, high;
        QColor color;
    };

    QString title;
    QString unit; // on the value axis
    QStringList categories; // semester labels
    QList<Series> series;
    std::optional<Band> band;
    int baselineIndex = -1;  // marked with a vertical line
    int runningIndex = -1;   // the running semester, marked as partial
    QString runningLabel;    // "in corso al 03/12/2026"
    QString note;            // under the chart (the forecast's method)
    QStringList annotations; // per category, written above it (the clearance rate)
    // Set when the scope holds no case file in the period: written in place of the axes, so an
    // empty frame is never taken for a row of zeros.
    QString emptyText;

    bool isEmpty() const;
};

// The three charts of a dashboard series: backlog against the baseline and the target path
// (with the forecast dashed and its band), average duration against the legal term, and started
// against concluded with the clearance rate.
ChartModel backlogChart(const DashboardSeries &series, bool netOfSuspensions, int baselineIndex, ReportLanguage language);
ChartModel durationChart(const DashboardSeries &series, ReportLanguage language);
ChartModel flowChart(const DashboardSeries &series, ReportLanguage language);
// Whether any case file of the series started, concluded or waited in one of its semesters.
bool holdsCaseFiles(const DashboardSeries &series);
// The forecast's method in words, for a tooltip or a note.
QString forecastMethod(const DashboardSeries &series, ReportLanguage language);

} // namespace pass
