#pragma once

#include "core/domain/enums.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace pass {

// What the request list shows, filtered as the user chose: all empty means everything.
struct RequestFilter
{
    std::optional<RequestStatus> status;
    QString taskForce;
    QString authority;
    QString assignedTo;            // an expert's user name ("assigned to me")
    bool overdueFollowUps = false; // open requests with a visit follow-up past its due date
    QDate today = QDate::currentDate();
};

struct RequestRow
{
    QString id;
    QString authorityIstat;
    QString authorityName;
    QString taskForceCode;
    QString subject;
    RequestStatus status = RequestStatus::Draft;
    Priority priority = Priority::Normal;
    QDate createdOn;
    QStringList experts;
    bool unsent = false; // local edits not yet acknowledged by the portal
};

// Pages of the request list, newest first, and the counts per status for the same filter (the
// status filter aside), straight from indexed SQL: the list opens at its first rows whatever the
// number of requests.
class RequestListQuery
{
public:
    explicit RequestListQuery(QSqlDatabase db) : m_db(std::move(db)) { }

    // Each answers into its out-parameter; false with *error when the store cannot be read (an
    // unreadable list is not an empty one).
    bool page(const RequestFilter &filter, int offset, int limit, QList<RequestRow> *rows, QString *error) const;
    bool count(const RequestFilter &filter, int *count, QString *error) const;
    bool countsByStatus(const RequestFilter &filter, QHash<RequestStatus, int> *counts, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace pass
