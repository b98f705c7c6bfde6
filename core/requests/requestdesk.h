#pragma once

#include "core/domain/requestworkflow.h"
#include "core/requests/requestlistquery.h"
#include "core/requests/requestservice.h"
#include "core/requests/requesttimeline.h"
#include "core/requests/visitqueries.h"

#include <QSqlDatabase>

#include <optional>

namespace pass {

// What the request and visit views read and do, over the workspace's store (Workspace::requests()):
// the signed-in account, the list, a request with its timeline and visits, the visit logs, and
// the commands of RequestService for that account. Views hold the workspace, never the store.
class RequestDesk
{
public:
    explicit RequestDesk(QSqlDatabase db) : m_db(std::move(db)) { }

    // Who is signed in as the workflow sees them (learnt at the last sync); nullopt before the
    // first sign-in, when every move is refused with "sign in once".
    std::optional<WorkflowActor> actor() const;
    // Whether `move` is open to the signed-in account on `request`, with the rule's words if not.
    MoveVerdict can(RequestMove move, const SupportRequest &request) const;

    RequestListQuery list() const { return RequestListQuery(m_db); }
    // The reads below answer nothing (nullopt, an empty list) with *error set when the store
    // cannot be read — logged when error is null — so a view can say so instead of "none".
    std::optional<SupportRequest> request(const QString &id, QString *error = nullptr) const;
    std::optional<Visit> visit(const QString &id, QString *error = nullptr) const;
    QList<TimelineEntry> timeline(const QString &requestId, QString *error = nullptr) const;
    QList<VisitLogRow> visits(const VisitFilter &filter, QString *error = nullptr) const;
    QList<RequestChoice> openToVisits(const QString &expert, QString *error = nullptr) const;
    // The authority's name; its code when the store does not know it or cannot be read.
    QString authorityName(const QString &istat, QString *error = nullptr) const;

    // The commands, as the signed-in account (an account without identity is refused by the
    // rule table, with the reason).
    RequestService service() const;

private:
    QSqlDatabase m_db;
};

} // namespace pass
