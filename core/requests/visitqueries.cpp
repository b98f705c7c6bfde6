#include "visitqueries.h"

#include "core/store/sql.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

bool requestsOpenToVisits(QSqlDatabase db, const QString &expert, QList<RequestChoice> *choices, QString *error)
{
    return sql::list(db, u"SELECT r.id, r.authority_istat, coalesce(a.name, r.authority_istat), r.subject FROM support_requests r "
              "LEFT JOIN authorities a ON a.istat = r.authority_istat "
              "WHERE r.status IN ('assigned', 'in_progress', 'completed') "
              "AND r.id IN (SELECT x.request_id FROM request_experts x WHERE x.expert = ?) "
              "ORDER BY r.status = 'completed', r.created_on DESC, r.id"_s,
                     {expert}, choices, error, [](const QSqlQuery &q) {
                         return RequestChoice{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                              q.value(3).toString()};
                     });
}

namespace {

VisitLogRow visitLogRowFrom(const QSqlQuery &q)
{
    VisitLogRow row;
    row.id = q.value(0).toString();
    row.requestId = q.value(1).toString();
    row.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    row.expert = q.value(3).toString();
    row.authorityName = q.value(4).toString();
    row.subject = q.value(5).toString();
    row.hours = q.value(6).toDouble();
    row.mode = visitModeFromWireName(q.value(7).toString()).value_or(VisitMode::OnSite);
    row.activities = q.value(8).toString();
    row.confirmation = visitConfirmationFromWireName(q.value(9).toString()).value_or(VisitConfirmation::Pending);
    row.confirmationNote = q.value(10).toString();
    return row;
}

} // namespace

bool visitLog(QSqlDatabase db, const VisitFilter &filter, QList<VisitLogRow> *rows, QString *error)
{
    QStringList where{u"1 = 1"_s};
    QVariantList binds;
    if (!filter.expert.isEmpty()) {
        where << u"v.expert = ?"_s;
        binds << filter.expert;
    }
    if (!filter.requestId.isEmpty()) {
        where << u"v.request_id = ?"_s;
        binds << filter.requestId;
    }
    if (!filter.authorities.isEmpty()) {
        where << u"r.authority_istat IN (%1)"_s.arg(QStringList(filter.authorities.size(), u"?"_s).join(u','));
        for (const QString &a : filter.authorities)
            binds << a;
    }
    if (filter.from.isValid()) {
        where << u"v.visit_date >= ?"_s;
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << u"v.visit_date <= ?"_s;
        binds << filter.to.toString(Qt::ISODate);
    }
    return sql::list(db,
                     u"SELECT v.id, v.request_id, v.visit_date, v.expert, coalesce(a.name, r.authority_istat), "
                     "r.subject, v.hours, v.mode, coalesce(v.activities, ''), v.confirmation, v.confirmation_note "
                     "FROM visits v JOIN support_requests r ON r.id = v.request_id "
                     "LEFT JOIN authorities a ON a.istat = r.authority_istat WHERE "_s
                         + where.join(u" AND "_s) + u" ORDER BY v.visit_date DESC, v.start_time DESC, v.id"_s,
                     binds, rows, error, visitLogRowFrom);
}

bool authorityName(QSqlDatabase db, const QString &istat, QString *name, QString *error)
{
    std::optional<QString> found;
    if (!sql::first(db, u"SELECT name FROM authorities WHERE istat = ?"_s, {istat}, &found, error,
                    [](const QSqlQuery &q) { return q.value(0).toString(); }))
        return false;
    *name = found.value_or(istat);
    return true;
}

} // namespace pass
