#include "indicatorengine.h"

#include "core/store/referencestore.h"
#include "core/util/logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

struct Cell
{
    qint64 started = 0, tacit = 0, express = 0, conference = 0, suspension = 0, durationSum = 0,
           late = 0, withdrawn = 0, backlogDelta = 0;
};

QString authorityFilter(const QStringList &authorities, QList<QVariant> *binds)
{
    if (authorities.isEmpty()) {
        *binds << u"*"_s;
        return u"authority_istat = ?"_s;
    }
    QStringList marks;
    for (const QString &a : authorities) {
        marks << u"?"_s;
        *binds << a;
    }
    return u"authority_istat IN ("_s + marks.join(u',') + u')';
}

} // namespace

std::optional<double> IndicatorRow::averageDurationDays() const
{
    if (concludedExpress == 0)
        return std::nullopt;
    return std::round(double(expressDurationSum) / double(concludedExpress) * 10.0) / 10.0;
}

IndicatorEngine::IndicatorEngine(QSqlDatabase db) : m_db(std::move(db))
{
    reloadCatalogue();
}

void IndicatorEngine::reloadCatalogue()
{
    ReferenceStore ref(m_db);
    m_types = ref.procedureTypes();
    m_taskForces = ref.taskForces();
}

std::optional<Semester> IndicatorEngine::firstSemesterWithData(const QStringList &authorities) const
{
    QList<QVariant> binds;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT min(semester) FROM case_stats WHERE "_s + authorityFilter(authorities, &binds)
              + u" AND started > 0"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return Semester::fromIndex(q.value(0).toInt());
}

QList<IndicatorRow> IndicatorEngine::compute(const Query &query, QString *error) const
{
    const Semester to = query.to.value_or(Semester::current());
    Semester from = to;
    if (query.from)
        from = *query.from;
    else if (const auto first = firstSemesterWithData(query.authorities))
        from = std::min(*first, to);
    if (from > to)
        return {};

    // Read every aggregate cell up to `to`: the backlog is a running sum from the beginning.
    QList<QVariant> binds;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT procedure_code, semester, sum(started), sum(concluded_tacit), sum(concluded_express), "
              "sum(express_with_conference), sum(express_with_suspension), sum(express_duration_sum), "
              "sum(concluded_late), sum(withdrawn), sum(backlog_delta) FROM case_stats WHERE "_s
              + authorityFilter(query.authorities, &binds)
              + u" AND semester <= ? GROUP BY procedure_code, semester ORDER BY procedure_code, semester"_s);
    binds << to.index();
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        qCWarning(lcIndicators) << "indicator query failed:" << q.lastError().text();
        return {};
    }
    const int span = to.index() - from.index() + 1;
    QHash<QString, QList<Cell>> cells;     // per procedure, one per semester in range
    QHash<QString, qint64> backlogBefore; // running backlog sum before `from`
    while (q.next()) {
        const QString code = q.value(0).toString();
        const int semester = q.value(1).toInt();
        if (semester < from.index()) {
            backlogBefore[code] += q.value(10).toLongLong();
            continue;
        }
        QList<Cell> &list = cells[code];
        if (list.isEmpty())
            list.resize(span);
        Cell &c = list[semester - from.index()];
        c.started = q.value(2).toLongLong();
        c.tacit = q.value(3).toLongLong();
        c.express = q.value(4).toLongLong();
        c.conference = q.value(5).toLongLong();
        c.suspension = q.value(6).toLongLong();
        c.durationSum = q.value(7).toLongLong();
        c.late = q.value(8).toLongLong();
        c.withdrawn = q.value(9).toLongLong();
        c.backlogDelta = q.value(10).toLongLong();
    }

    const QString authorityLabel = query.authorities.size() == 1 ? query.authorities.first() : u"*"_s;
    QList<IndicatorRow> procedureRows;
    for (const ProcedureType &type : m_types) {
        if (!query.procedureCode.isEmpty() && type.code != query.procedureCode)
            continue;
        if (!query.taskForceCode.isEmpty() && type.taskForceCode != query.taskForceCode)
            continue;
        const QList<Cell> list = cells.value(type.code, QList<Cell>(span));
        qint64 backlog = backlogBefore.value(type.code);
        for (int i = 0; i < span; ++i) {
            const Cell &c = list.at(i);
            const Semester semester = Semester::fromIndex(from.index() + i);
            backlog += c.backlogDelta;
            IndicatorRow row;
            row.semester = semester;
            row.taskForce = type.taskForceCode;
            row.procedureCode = type.code;
            row.authorityIstat = authorityLabel;
            row.started = c.started;
            row.concludedTacit = c.tacit;
            row.concludedExpress = c.express;
            row.expressWithConference = c.conference;
            row.expressWithSuspension = c.suspension;
            row.expressDurationSum = c.durationSum;
            row.withdrawn = c.withdrawn;
            row.legalTermDays = type.termFor(semester.lastDay());
            if (row.legalTermDays || backlog != 0) {
                row.backlog = backlog;
                row.concludedLate = c.late;
            }
            procedureRows << row;
        }
    }

    if (query.groupBy == GroupBy::Procedure) {
        std::stable_sort(procedureRows.begin(), procedureRows.end(), [](const IndicatorRow &a, const IndicatorRow &b) {
            return a.semester < b.semester;
        });
        return procedureRows;
    }

    // Task-force rows: sums of counts; the mean duration is weighted by the express ones.
    QList<IndicatorRow> result;
    for (int i = 0; i < span; ++i) {
        const Semester semester = Semester::fromIndex(from.index() + i);
        for (const TaskForce &tf : m_taskForces) {
            if (!query.taskForceCode.isEmpty() && tf.code != query.taskForceCode)
                continue;
            IndicatorRow row;
            row.semester = semester;
            row.taskForce = tf.code;
            row.procedureCode = u"*"_s;
            row.authorityIstat = authorityLabel;
            bool any = false;
            for (const IndicatorRow &p : std::as_const(procedureRows)) {
                if (p.semester != semester || p.taskForce != tf.code)
                    continue;
                any = true;
                row.started += p.started;
                row.concludedTacit += p.concludedTacit;
                row.concludedExpress += p.concludedExpress;
                row.expressWithConference += p.expressWithConference;
                row.expressWithSuspension += p.expressWithSuspension;
                row.expressDurationSum += p.expressDurationSum;
                row.withdrawn += p.withdrawn;
                if (p.backlog)
                    row.backlog = row.backlog.value_or(0) + *p.backlog;
                if (p.concludedLate)
                    row.concludedLate = row.concludedLate.value_or(0) + *p.concludedLate;
            }
            if (any || query.procedureCode.isEmpty())
                result << row;
        }
    }
    return result;
}

} // namespace pass
