#pragma once

#include "core/domain/semester.h"
#include "core/indicators/targets.h"

#include <QList>
#include <QPointF>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pass {

// The figures behind the backlog chart: backlog (gross, at each semester's end) per task force
// per semester, the baseline semester and the target path. Plain data, computed on a worker
// thread from IndicatorEngine and TargetStore and drawn by BacklogChartView.
struct BacklogChartData
{
    struct Series
    {
        QString taskForceCode; // empty for the total of all task forces
        QString name;
        QList<double> values; // one per semester
    };

    QList<Semester> semesters;
    QList<Series> series;
    // Index into `series` of the line the target applies to (a task force, or the total).
    int targetSeries = -1;
    int baselineIndex = -1; // index into `semesters`, -1 when outside the range
    Semester baselineSemester;
    std::optional<Target> target;   // empty: no target configured
    QList<QPointF> targetPath;      // x = index into `semesters`
    QString error;

    QStringList semesterLabels() const;
    double maxValue() const;

    // Computes the chart for one task force (empty code: every task force and their total).
    // `region` selects the target; names are Italian unless `italianNames` is false.
    static BacklogChartData load(QSqlDatabase db, const QString &taskForceCode,
                                 bool italianNames = true,
                                 const QString &region = QStringLiteral("LOM"));
};

} // namespace pass
