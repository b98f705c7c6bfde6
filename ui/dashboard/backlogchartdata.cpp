#include "backlogchartdata.h"

#include "core/indicators/indicatorengine.h"
#include "core/store/referencestore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pass {

QStringList BacklogChartData::semesterLabels() const
{
    QStringList labels;
    labels.reserve(semesters.size());
    for (const Semester &s : semesters)
        labels << s.label();
    return labels;
}

double BacklogChartData::maxValue() const
{
    double max = 0;
    for (const Series &s : series) {
        for (double v : s.values) {
            if (!std::isnan(v))
                max = std::max(max, v);
        }
    }
    for (const QPointF &p : targetPath)
        max = std::max(max, p.y());
    return max;
}

BacklogChartData BacklogChartData::load(QSqlDatabase db, const QString &taskForceCode,
                                        bool italianNames, const QString &region)
{
    BacklogChartData data;
    const IndicatorEngine engine(db);
    const TargetStore targets(db);
    data.target = targets.find(region, u"*"_s);
    data.baselineSemester = data.target ? data.target->baselineSemester : Target().baselineSemester;

    const auto first = engine.firstSemesterWithData({});
    if (!first)
        return data; // an empty store: nothing to draw
    const Semester current = Semester::current();
    const Semester from = std::min(*first, data.baselineSemester);
    Semester to = current;
    if (data.target && data.target->dueDate.isValid())
        to = std::max(to, Semester::containing(data.target->dueDate));
    for (Semester s = from; s <= to; s = s.next())
        data.semesters << s;

    IndicatorEngine::Query query;
    query.groupBy = IndicatorEngine::GroupBy::TaskForce;
    query.from = from;
    query.to = std::min(to, current); // no figures for semesters still to come
    query.taskForceCode = taskForceCode;
    QString error;
    const QList<IndicatorRow> rows = engine.compute(query, &error);
    if (!error.isEmpty()) {
        data.error = error;
        return data;
    }

    // One line per task force in catalogue order; semesters without figures stay NaN (no point).
    const QList<TaskForce> taskForces = ReferenceStore(db).taskForces();
    const qsizetype n = data.semesters.size();
    QHash<QString, QList<double>> values;
    for (const IndicatorRow &row : rows) {
        auto it = values.find(row.taskForce);
        if (it == values.end())
            it = values.insert(row.taskForce, QList<double>(n, std::nan("")));
        const qsizetype i = row.semester.index() - from.index();
        if (i >= 0 && i < n)
            (*it)[i] = double(row.backlog.value_or(0));
    }
    QList<double> total(n, std::nan(""));
    for (const TaskForce &tf : taskForces) {
        const auto it = values.constFind(tf.code);
        if (it == values.cend())
            continue;
        const bool allZero = std::all_of(it->cbegin(), it->cend(),
                                         [](double v) { return std::isnan(v) || v == 0; });
        for (qsizetype i = 0; i < n; ++i) {
            if (!std::isnan(it->at(i)))
                total[i] = (std::isnan(total[i]) ? 0 : total[i]) + it->at(i);
        }
        // With every task force shown, those without any backlog only clutter the legend.
        if (taskForceCode.isEmpty() && allZero)
            continue;
        data.series << Series{tf.code, italianNames ? tf.nameIt : tf.nameEn, *it};
    }
    if (taskForceCode.isEmpty()) {
        data.series << Series{QString(), QCoreApplication::translate("pass::BacklogChartData", "All task forces"), total};
        data.targetSeries = int(data.series.size() - 1);
    } else if (!data.series.isEmpty()) {
        data.targetSeries = 0;
    }

    data.baselineIndex = data.semesters.indexOf(data.baselineSemester);
    if (data.target && data.targetSeries >= 0 && data.baselineIndex >= 0) {
        const double baselineValue = data.series.at(data.targetSeries).values.at(data.baselineIndex);
        const Semester due = Semester::containing(data.target->dueDate);
        for (qsizetype i = data.baselineIndex; i < n && data.semesters.at(i) <= due; ++i) {
            const double y = TargetStore::targetPath(std::isnan(baselineValue) ? 0 : baselineValue,
                                                     data.target->backlogReductionPct,
                                                     data.baselineSemester, data.target->dueDate,
                                                     data.semesters.at(i));
            data.targetPath << QPointF(double(i), y);
        }
    }
    return data;
}

} // namespace pass
