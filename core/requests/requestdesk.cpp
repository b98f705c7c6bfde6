#include "requestdesk.h"

#include "core/requests/accountidentity.h"
#include "core/store/requeststore.h"

namespace pass {

std::optional<WorkflowActor> RequestDesk::actor() const
{
    return AccountIdentity::load(m_db);
}

MoveVerdict RequestDesk::can(RequestMove move, const SupportRequest &request) const
{
    return RequestWorkflow::check(move, actor().value_or(WorkflowActor{}), request);
}

std::optional<SupportRequest> RequestDesk::request(const QString &id) const
{
    return RequestStore(m_db).findRequest(id);
}

std::optional<Visit> RequestDesk::visit(const QString &id) const
{
    return RequestStore(m_db).findVisit(id);
}

QList<TimelineEntry> RequestDesk::timeline(const QString &requestId) const
{
    return requestTimeline(m_db, requestId);
}

QList<VisitLogRow> RequestDesk::visits(const VisitFilter &filter) const
{
    return visitLog(m_db, filter);
}

QList<RequestChoice> RequestDesk::openToVisits(const QString &expert) const
{
    return requestsOpenToVisits(m_db, expert);
}

QString RequestDesk::authorityName(const QString &istat) const
{
    return pass::authorityName(m_db, istat);
}

RequestService RequestDesk::service() const
{
    return RequestService(m_db, actor().value_or(WorkflowActor{}));
}

} // namespace pass
