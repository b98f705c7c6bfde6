#include "targets.h"

#include "core/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

Target fromQuery(const QSqlQuery &q)
{
    Target t;
    t.region = q.value(0).toString();
    t.procedureCode = q.value(1).toString();
    t.baselineSemester = Semester::parse(q.value(2).toString()).value_or(Semester(2021, 2));
    t.backlogReductionPct = q.value(3).toDouble();
    t.durationReductionPct = q.value(4).toDouble();
    t.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    t.milestones = TargetStore::milestonesFromJson(q.value(6).toString().toUtf8());
    return t;
}

const auto kColumns = u"region, procedure_code, baseline_semester, backlog_reduction_pct, "
                      "duration_reduction_pct, due_date, milestones"_s;

} // namespace

bool TargetStore::find(const QString &region, const QString &procedureCode, std::optional<Target> *target,
                       QString *error) const
{
    return sql::first(m_db,
                      u"SELECT "_s + kColumns
                          + u" FROM targets WHERE region = ? AND procedure_code IN (?, '*') "
                            "ORDER BY procedure_code = '*' LIMIT 1"_s,
                      {region, procedureCode}, target, error, fromQuery);
}

bool TargetStore::all(QList<Target> *targets, QString *error) const
{
    return sql::list(m_db, u"SELECT "_s + kColumns + u" FROM targets ORDER BY region, procedure_code"_s, {}, targets,
                     error, fromQuery);
}

bool TargetStore::save(const Target &t, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO targets ("_s + kColumns
              + u") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (region, procedure_code) DO UPDATE SET "
                "baseline_semester = excluded.baseline_semester, "
                "backlog_reduction_pct = excluded.backlog_reduction_pct, "
                "duration_reduction_pct = excluded.duration_reduction_pct, due_date = excluded.due_date, "
                "milestones = excluded.milestones"_s);
    q.addBindValue(t.region);
    q.addBindValue(t.procedureCode);
    q.addBindValue(t.baselineSemester.label());
    q.addBindValue(t.backlogReductionPct);
    q.addBindValue(t.durationReductionPct);
    q.addBindValue(t.dueDate.toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(milestonesToJson(t.milestones)));
    if (const QString problem = t.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return sql::exec(q, error);
}

double Target::reductionPctOn(Measure measure, QDate day) const
{
    const auto pct = [measure](double backlog, double duration) { return measure == Measure::Backlog ? backlog : duration; };
    // The path's corners: (end of the baseline semester, 0 %), the milestones, (due date, final).
    QList<std::pair<QDate, double>> corners{{baselineSemester.lastDay(), 0.0}};
    for (const TargetMilestone &m : milestones)
        corners.append({m.due, pct(m.backlogReductionPct, m.durationReductionPct)});
    corners.append({dueDate, pct(backlogReductionPct, durationReductionPct)});
    if (day <= corners.first().first)
        return 0.0;
    for (qsizetype i = 1; i < corners.size(); ++i) {
        const auto &[to, toPct] = corners.at(i);
        if (day > to)
            continue;
        const auto &[from, fromPct] = corners.at(i - 1);
        const qint64 span = from.daysTo(to);
        return span <= 0 ? toPct : fromPct + (toPct - fromPct) * double(from.daysTo(day)) / double(span);
    }
    return corners.last().second;
}

QString Target::validate() const
{
    if (!dueDate.isValid() || dueDate <= baselineSemester.lastDay())
        return QObject::tr("The due date must come after the baseline semester %1").arg(baselineSemester.label());
    const auto inRange = [](double pct) { return pct >= 0 && pct <= 100; };
    if (!inRange(backlogReductionPct) || !inRange(durationReductionPct))
        return QObject::tr("Reductions are percentages between 0 and 100");
    QDate previous = baselineSemester.lastDay();
    for (const TargetMilestone &m : milestones) {
        if (!m.due.isValid() || m.due <= previous || m.due >= dueDate)
            return QObject::tr("Milestone %1: milestones must be in date order, after the baseline semester and "
                               "before the due date %2")
                .arg(m.due.toString(Qt::ISODate), dueDate.toString(Qt::ISODate));
        if (!inRange(m.backlogReductionPct) || !inRange(m.durationReductionPct))
            return QObject::tr("Milestone %1: reductions are percentages between 0 and 100").arg(m.due.toString(Qt::ISODate));
        previous = m.due;
    }
    return {};
}

QByteArray TargetStore::milestonesToJson(const QList<TargetMilestone> &milestones)
{
    QJsonArray array;
    for (const TargetMilestone &m : milestones)
        array.append(QJsonObject{{u"due"_s, m.due.toString(Qt::ISODate)},
                                 {u"backlog_reduction_pct"_s, m.backlogReductionPct},
                                 {u"duration_reduction_pct"_s, m.durationReductionPct}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<TargetMilestone> TargetStore::milestonesFromJson(const QByteArray &json)
{
    QList<TargetMilestone> result;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        result.append({QDate::fromString(o.value(u"due"_s).toString(), Qt::ISODate),
                       o.value(u"backlog_reduction_pct"_s).toDouble(), o.value(u"duration_reduction_pct"_s).toDouble()});
    }
    return result;
}

double TargetStore::targetPath(double baselineValue, double reductionPct, Semester baseline,
                               QDate dueDate, Semester semester)
{
    const double targetValue = baselineValue * (1.0 - reductionPct / 100.0);
    const qint64 total = baseline.lastDay().daysTo(dueDate);
    if (total <= 0)
        return targetValue;
    const qint64 elapsed = std::clamp<qint64>(baseline.lastDay().daysTo(semester.lastDay()), 0, total);
    return baselineValue + (targetValue - baselineValue) * double(elapsed) / double(total);
}

} // namespace pass
