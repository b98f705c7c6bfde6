#include "visitqueries.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

QList<RequestChoice> requestsOpenToVisits(QSqlDatabase db, const QString &expert)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.id, r.authority_istat, coalesce(a.name, r.authority_istat), r.subject FROM support_requests r "
              "LEFT JOIN authorities a ON a.istat = r.authority_istat "
              "WHERE r.status IN ('assigned', 'in_progress', 'completed') "
              "AND r.id IN (SELECT x.request_id FROM request_experts x WHERE x.expert = ?) "
              "ORDER BY r.status = 'completed', r.created_on DESC, r.id"_s);
    q.addBindValue(expert);
    q.exec();
    QList<RequestChoice> choices;
    while (q.next())
        choices.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return choices;
}

QList<VisitLogRow> visitLog(QSqlDatabase db, const QString &expert, QDate from, QDate to)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT v.visit_date, coalesce(a.name, r.authority_istat), r.subject, v.hours, v.mode, v.confirmation "
              "FROM visits v JOIN support_requests r ON r.id = v.request_id "
              "LEFT JOIN authorities a ON a.istat = r.authority_istat "
              "WHERE v.expert = ? AND v.visit_date BETWEEN ? AND ? ORDER BY v.visit_date DESC, v.start_time DESC"_s);
    q.addBindValue(expert);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.exec();
    QList<VisitLogRow> rows;
    while (q.next()) {
        rows.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toDouble(),
                     visitModeFromWireName(q.value(4).toString()).value_or(VisitMode::OnSite),
                     visitConfirmationFromWireName(q.value(5).toString()).value_or(VisitConfirmation::Pending)});
    }
    return rows;
}

QString authorityName(QSqlDatabase db, const QString &istat)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT name FROM authorities WHERE istat = ?"_s);
    q.addBindValue(istat);
    return q.exec() && q.next() ? q.value(0).toString() : istat;
}

} // namespace pass
