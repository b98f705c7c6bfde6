#include "requestlistquery.h"

#include "core/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// The WHERE clause of a filter and its bound values; withStatus false leaves the status out
// (the counts per status).
QString whereOf(const RequestFilter &f, bool withStatus, QVariantList *binds)
{
    QStringList terms{u"1 = 1"_s};
    if (withStatus && f.status) {
        terms << u"r.status = ?"_s;
        *binds << toWireName(*f.status);
    }
    if (!f.taskForce.isEmpty()) {
        terms << u"r.task_force_code = ?"_s;
        *binds << f.taskForce;
    }
    if (!f.authority.isEmpty()) {
        terms << u"r.authority_istat = ?"_s;
        *binds << f.authority;
    }
    if (!f.assignedTo.isEmpty()) {
        // request_experts (kept in step with assigned_experts by triggers) makes this an index
        // lookup: the expert's requests are read from the side table, not found by a JSON scan.
        terms << u"r.id IN (SELECT x.request_id FROM request_experts x WHERE x.expert = ?)"_s;
        *binds << f.assignedTo;
    }
    if (f.overdueFollowUps) {
        // The requests with an overdue follow-up are found once (one pass over the visits with
        // follow-ups), not once per request listed: a correlated EXISTS cost a JSON parse per row.
        terms << u"r.status NOT IN ('completed', 'rejected', 'withdrawn') AND r.id IN (SELECT v.request_id FROM visits v, "
                 "json_each(v.follow_up_items) fu WHERE v.follow_up_items <> '[]' AND json_extract(fu.value, '$.due') < ?)"_s;
        *binds << f.today.toString(Qt::ISODate);
    }
    return terms.join(u" AND "_s);
}

RequestRow rowFrom(const QSqlQuery &q)
{
    RequestRow row;
    row.id = q.value(0).toString();
    row.authorityIstat = q.value(1).toString();
    row.authorityName = q.value(2).toString();
    row.taskForceCode = q.value(3).toString();
    row.subject = q.value(4).toString();
    row.status = requestStatusFromWireName(q.value(5).toString()).value_or(RequestStatus::Draft);
    row.priority = priorityFromWireName(q.value(6).toString()).value_or(Priority::Normal);
    row.createdOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array())
        row.experts << v.toString();
    row.unsent = q.value(9).toBool();
    return row;
}

} // namespace

bool RequestListQuery::page(const RequestFilter &filter, int offset, int limit, QList<RequestRow> *rows,
                            QString *error) const
{
    QVariantList binds;
    const QString where = whereOf(filter, true, &binds);
    binds << limit << offset;
    return sql::list(m_db,
                     u"SELECT r.id, r.authority_istat, coalesce(a.name, r.authority_istat), r.task_force_code, "
                     "r.subject, r.status, r.priority, r.created_on, r.assigned_experts, EXISTS (SELECT 1 FROM outbox o "
                     "WHERE o.entity = 'support_request' AND o.record_id = r.id) "
                     "FROM support_requests r LEFT JOIN authorities a ON a.istat = r.authority_istat WHERE "_s
                         + where + u" ORDER BY r.created_on DESC, r.id LIMIT ? OFFSET ?"_s,
                     binds, rows, error, rowFrom);
}

bool RequestListQuery::count(const RequestFilter &filter, int *count, QString *error) const
{
    QVariantList binds;
    const QString where = whereOf(filter, true, &binds);
    QVariant value;
    if (!sql::scalar(m_db, u"SELECT count(*) FROM support_requests r WHERE "_s + where, binds, &value, error))
        return false;
    *count = value.toInt();
    return true;
}

bool RequestListQuery::countsByStatus(const RequestFilter &filter, QHash<RequestStatus, int> *counts,
                                      QString *error) const
{
    QVariantList binds;
    const QString where = whereOf(filter, false, &binds);
    QHash<RequestStatus, int> result;
    QSqlQuery q(m_db);
    const bool ok = sql::forEachRow(
        q, u"SELECT r.status, count(*) FROM support_requests r WHERE "_s + where + u" GROUP BY r.status"_s, binds, error,
        [&](const QSqlQuery &row) {
            if (const auto status = requestStatusFromWireName(row.value(0).toString()))
                result.insert(*status, row.value(1).toInt());
        });
    *counts = ok ? result : QHash<RequestStatus, int>();
    return ok;
}

} // namespace pass
