#pragma once

#include "core/domain/enums.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pass {

// A request an expert can log visits on, as the visit form offers it.
struct RequestChoice
{
    QString id;
    QString authorityIstat;
    QString authorityName;
    QString subject;
};

// Which visits a log shows; empty members do not narrow it.
struct VisitFilter
{
    QString expert;          // one expert's own log
    QStringList authorities; // the visits to these authorities' requests (an authority user's review)
    QString requestId;       // one request's visits
    QDate from;              // both days included
    QDate to;
};

// One line of a visit log.
struct VisitLogRow
{
    QString id;
    QString requestId;
    QDate date;
    QString expert;
    QString authorityName;
    QString subject;
    double hours = 0;
    VisitMode mode = VisitMode::OnSite;
    QString activities;
    VisitConfirmation confirmation = VisitConfirmation::Pending;
    QString confirmationNote;
};

// Each read answers into its out-parameter and returns true; false with *error when the store
// cannot be read (never an empty answer that looks like "nothing there").

// The requests assigned to the expert that take visits (assigned, in progress, completed), open
// ones first, newest first.
bool requestsOpenToVisits(QSqlDatabase db, const QString &expert, QList<RequestChoice> *choices, QString *error);
// The visits the filter selects, newest first (through visits_expert_date / visits_request).
bool visitLog(QSqlDatabase db, const VisitFilter &filter, QList<VisitLogRow> *rows, QString *error);
// The authority's name, or the code when the store does not know it.
bool authorityName(QSqlDatabase db, const QString &istat, QString *name, QString *error);

} // namespace pass
