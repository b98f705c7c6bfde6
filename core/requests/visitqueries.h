#pragma once

#include "core/domain/enums.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pass {

// A request an expert can log visits on, as the visit form offers it.
struct RequestChoice
{
    QString id;
    QString authorityIstat;
    QString authorityName;
    QString subject;
};

// One line of an expert's visit log.
struct VisitLogRow
{
    QDate date;
    QString authorityName;
    QString subject;
    double hours = 0;
    VisitMode mode = VisitMode::OnSite;
    VisitConfirmation confirmation = VisitConfirmation::Pending;
};

// The requests assigned to the expert that take visits (assigned, in progress, completed), open
// ones first, newest first.
QList<RequestChoice> requestsOpenToVisits(QSqlDatabase db, const QString &expert);
// The expert's visits between two days (both included), newest first.
QList<VisitLogRow> visitLog(QSqlDatabase db, const QString &expert, QDate from, QDate to);
// The authority's name, or the code when the store does not know it.
QString authorityName(QSqlDatabase db, const QString &istat);

} // namespace pass
