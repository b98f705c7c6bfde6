#include "requestdesk.h"

#include "core/requests/accountidentity.h"
#include "core/store/requeststore.h"
#include "core/store/sql.h"

using namespace Qt::StringLiterals;

namespace pass {

std::optional<WorkflowActor> RequestDesk::actor() const
{
    return AccountIdentity::load(m_db);
}

MoveVerdict RequestDesk::can(RequestMove move, const SupportRequest &request) const
{
    return RequestWorkflow::check(move, actor().value_or(WorkflowActor{}), request);
}

std::optional<SupportRequest> RequestDesk::request(const QString &id, QString *error) const
{
    std::optional<SupportRequest> found;
    QString why;
    const bool ok = RequestStore(m_db).findRequest(id, &found, &why);
    return sql::valueOr(ok, found, u"the support request"_s, why, error);
}

std::optional<Visit> RequestDesk::visit(const QString &id, QString *error) const
{
    std::optional<Visit> found;
    QString why;
    const bool ok = RequestStore(m_db).findVisit(id, &found, &why);
    return sql::valueOr(ok, found, u"the visit"_s, why, error);
}

QList<TimelineEntry> RequestDesk::timeline(const QString &requestId, QString *error) const
{
    QList<TimelineEntry> entries;
    QString why;
    const bool ok = requestTimeline(m_db, requestId, &entries, &why);
    return sql::valueOr(ok, entries, u"the request's timeline"_s, why, error);
}

QList<VisitLogRow> RequestDesk::visits(const VisitFilter &filter, QString *error) const
{
    QList<VisitLogRow> rows;
    QString why;
    const bool ok = visitLog(m_db, filter, &rows, &why);
    return sql::valueOr(ok, rows, u"the visit log"_s, why, error);
}

QList<RequestChoice> RequestDesk::openToVisits(const QString &expert, QString *error) const
{
    QList<RequestChoice> choices;
    QString why;
    const bool ok = requestsOpenToVisits(m_db, expert, &choices, &why);
    return sql::valueOr(ok, choices, u"the requests open to visits"_s, why, error);
}

QString RequestDesk::authorityName(const QString &istat, QString *error) const
{
    QString name;
    QString why;
    if (!pass::authorityName(m_db, istat, &name, &why)) {
        sql::readFailed(u"the authority's name"_s, why, error);
        return istat; // the code stands for the name, as for an authority the store does not know
    }
    return name;
}

RequestService RequestDesk::service() const
{
    return RequestService(m_db, actor().value_or(WorkflowActor{}));
}

} // namespace pass
