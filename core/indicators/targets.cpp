#include "targets.h"

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
    return t;
}

const auto kColumns = u"region, procedure_code, baseline_semester, backlog_reduction_pct, "
                      "duration_reduction_pct, due_date"_s;

} // namespace

std::optional<Target> TargetStore::find(const QString &region, const QString &procedureCode) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns
              + u" FROM targets WHERE region = ? AND procedure_code IN (?, '*') "
                "ORDER BY procedure_code = '*' LIMIT 1"_s);
    q.addBindValue(region);
    q.addBindValue(procedureCode);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<Target> TargetStore::all() const
{
    QList<Target> result;
    QSqlQuery q(m_db);
    q.exec(u"SELECT "_s + kColumns + u" FROM targets ORDER BY region, procedure_code"_s);
    while (q.next())
        result << fromQuery(q);
    return result;
}

bool TargetStore::save(const Target &t, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO targets ("_s + kColumns
              + u") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (region, procedure_code) DO UPDATE SET "
                "baseline_semester = excluded.baseline_semester, "
                "backlog_reduction_pct = excluded.backlog_reduction_pct, "
                "duration_reduction_pct = excluded.duration_reduction_pct, due_date = excluded.due_date"_s);
    q.addBindValue(t.region);
    q.addBindValue(t.procedureCode);
    q.addBindValue(t.baselineSemester.label());
    q.addBindValue(t.backlogReductionPct);
    q.addBindValue(t.durationReductionPct);
    q.addBindValue(t.dueDate.toString(Qt::ISODate));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
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
