#include "requestdesk.h"

#include "core/requests/accountidentity.h"
#include "core/store/requeststore.h"
#include "core/store/sql.h"

namespace pass {

std::optional<WorkflowActor> RequestDesk::actor() const
{
    return AccountIdentity::load(m_db);
}

MoveVerdict RequestDesk::can(RequestMove move, const SupportRequest &request) const
{
    return RequestWorkflow::check(move, actor().value_or(WorkflowActor{}), request);
}

namespace {

// What a read answered, or its empty value with the reason handed to the caller (logged when
// the caller gave no place for it).
template<typename T>
T readOr(bool ok, T value, const char *what, const QString &why, QString *error)
{
    if (ok)
        return value;
    sql::readFailed(QString::fromLatin1(what), why, error);
    return T();
}

} // namespace

std::optional<SupportRequest> RequestDesk::request(const QString &id, QString *error) const
{
    std::optional<SupportRequest> found;
    QString why;
    const bool ok = RequestStore(m_db).findRequest(id, &found, &why);
    return readOr(ok, found, "the support request", why, error);
}

std::optional<Visit> RequestDesk::visit(const QString &id, QString *error) const
{
    std::optional<Visit> found;
    QString why;
    const bool ok = RequestStore(m_db).findVisit(id, &found, &why);
    return readOr(ok, found, "the visit", why, error);
}

QList<TimelineEntry> RequestDesk::timeline(const QString &requestId, QString *error) const
{
    QList<TimelineEntry> entries;
    QString why;
    const bool ok = requestTimeline(m_db, requestId, &entries, &why);
    return readOr(ok, entries, "the request's timeline", why, error);
}

QList<VisitLogRow> RequestDesk::visits(const VisitFilter &filter, QString *error) const
{
    QList<VisitLogRow> rows;
    QString why;
    const bool ok = visitLog(m_db, filter, &rows, &why);
    return readOr(ok, rows, "the visit log", why, error);
}

QList<RequestChoice> RequestDesk::openToVisits(const QString &expert, QString *error) const
{
    QList<RequestChoice> choices;
    QString why;
    const bool ok = requestsOpenToVisits(m_db, expert, &choices, &why);
    return readOr(ok, choices, "the requests open to visits", why, error);
}

QString RequestDesk::authorityName(const QString &istat, QString *error) const
{
    QString name;
    QString why;
    const bool ok = pass::authorityName(m_db, istat, &name, &why);
    return ok ? name : readOr(false, istat, "the authority's name", why, error);
}

RequestService RequestDesk::service() const
{
    return RequestService(m_db, actor().value_or(WorkflowActor{}));
}

} // namespace pass
