#include "requestlistquery.h"

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
        terms << u"r.status NOT IN ('completed', 'rejected', 'withdrawn') AND EXISTS (SELECT 1 FROM visits v, "
                 "json_each(v.follow_up_items) fu WHERE v.request_id = r.id AND json_extract(fu.value, '$.due') < ?)"_s;
        *binds << f.today.toString(Qt::ISODate);
    }
    return terms.join(u" AND "_s);
}

QSqlQuery run(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.exec();
    return q;
}

} // namespace

QList<RequestRow> RequestListQuery::page(const RequestFilter &filter, int offset, int limit) const
{
    QVariantList binds;
    const QString where = whereOf(filter, true, &binds);
    binds << limit << offset;
    QSqlQuery q = run(m_db,
                      u"SELECT r.id, r.authority_istat, coalesce(a.name, r.authority_istat), r.task_force_code, r.subject, "
                      "r.status, r.priority, r.created_on, r.assigned_experts, EXISTS (SELECT 1 FROM outbox o "
                      "WHERE o.entity = 'support_request' AND o.record_id = r.id) "
                      "FROM support_requests r LEFT JOIN authorities a ON a.istat = r.authority_istat WHERE "_s
                          + where + u" ORDER BY r.created_on DESC, r.id LIMIT ? OFFSET ?"_s,
                      binds);
    QList<RequestRow> rows;
    while (q.next()) {
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
        rows << row;
    }
    return rows;
}

int RequestListQuery::count(const RequestFilter &filter) const
{
    QVariantList binds;
    const QString where = whereOf(filter, true, &binds);
    QSqlQuery q = run(m_db, u"SELECT count(*) FROM support_requests r WHERE "_s + where, binds);
    return q.next() ? q.value(0).toInt() : 0;
}

QHash<RequestStatus, int> RequestListQuery::countsByStatus(const RequestFilter &filter) const
{
    QVariantList binds;
    const QString where = whereOf(filter, false, &binds);
    QSqlQuery q = run(m_db, u"SELECT r.status, count(*) FROM support_requests r WHERE "_s + where + u" GROUP BY r.status"_s,
                      binds);
    QHash<RequestStatus, int> counts;
    while (q.next()) {
        if (const auto status = requestStatusFromWireName(q.value(0).toString()))
            counts.insert(*status, q.value(1).toInt());
    }
    return counts;
}

} // namespace pass
