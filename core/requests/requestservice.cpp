#include "requestservice.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pass {
RequestService::RequestService(QSqlDatabase db, WorkflowActor actor)
    : m_db(db), m_actor(std::move(actor)), m_store(db)
{
}

MoveVerdict RequestService::can(RequestMove move, const SupportRequest &request) const
{
    return RequestWorkflow::check(move, m_actor, request);
}

bool RequestService::fail(const QString &error, const QString &rule)
{
    m_error = error;
    m_rule = rule;
    return false;
}

bool RequestService::refused(const MoveVerdict &verdict)
{
    if (verdict.allowed)
        return false;
    fail(verdict.message, verdict.rule);
    return true;
}

EditContext RequestService::context() const
{
    return EditContext{EditOrigin::Local, m_actor.username};
}

std::optional<SupportRequest> RequestService::load(const QString &requestId)
{
    std::optional<SupportRequest> r;
    QString error;
    if (!m_store.findRequest(requestId, &r, &error))
        fail(error);
    else if (!r)
        fail(QCoreApplication::translate("RequestService", "there is no support request %1").arg(requestId));
    return r;
}

bool RequestService::create(SupportRequest *request, bool submit)
{
    m_error.clear();
    m_rule.clear();
    request->status = RequestStatus::Draft;
    request->assignedExperts.clear();
    if (refused(RequestWorkflow::check(RequestMove::Create, m_actor, *request)))
        return false;
    if (submit)
        request->status = RequestStatus::Submitted;
    QString error;
    if (!m_store.saveRequest(request, context(), &error))
        return fail(error);
    return true;
}

bool RequestService::editDraft(SupportRequest *request)
{
    m_error.clear();
    m_rule.clear();
    const auto before = load(request->id);
    if (!before)
        return false;
    if (refused(RequestWorkflow::checkEdit(m_actor, &*before, *request)))
        return false;
    QString error;
    return m_store.saveRequest(request, context(), &error) || fail(error);
}

bool RequestService::move(const QString &requestId, RequestMove move, const MoveInput &input)
{
    m_error.clear();
    m_rule.clear();
    auto request = load(requestId);
    if (!request)
        return false;
    if (refused(RequestWorkflow::apply(move, m_actor, input, &*request)))
        return false;
    QString error;
    return m_store.saveRequest(&*request, context(), &error) || fail(error);
}

bool RequestService::comment(const QString &requestId, const QString &body, RequestMessage *created)
{
    m_error.clear();
    m_rule.clear();
    const auto request = load(requestId);
    if (!request)
        return false;
    if (refused(RequestWorkflow::check(RequestMove::Comment, m_actor, *request)))
        return false;
    if (body.trimmed().isEmpty())
        return fail(QCoreApplication::translate("RequestService", "a comment needs some text"), u"comment.body"_s);
    RequestMessage m;
    m.requestId = requestId;
    m.author = m_actor.username;
    m.body = body.trimmed();
    QString error;
    if (!m_store.addMessage(&m, context(), &error))
        return fail(error);
    if (created)
        *created = m;
    return true;
}

bool RequestService::logVisit(Visit *visit)
{
    m_error.clear();
    m_rule.clear();
    const auto request = load(visit->requestId);
    if (!request)
        return false;
    std::optional<Visit> before;
    QString error;
    if (!visit->id.isEmpty() && !m_store.findVisit(visit->id, &before, &error))
        return fail(error);
    if (before && before->requestId != visit->requestId)
        return fail(QCoreApplication::translate("RequestService", "a visit stays with its request"), u"log_visit.request"_s);
    if (refused(RequestWorkflow::checkVisit(RequestMove::LogVisit, m_actor, *request, before ? &*before : nullptr)))
        return false;
    visit->expert = m_actor.username;
    if (!visit->date.isValid())
        return fail(QCoreApplication::translate("RequestService", "date: a visit needs its date"), u"log_visit.date"_s);
    if (visit->start.isValid() && visit->end.isValid()) {
        if (visit->end <= visit->start)
            return fail(QCoreApplication::translate("RequestService", "end: the visit ends before it starts"), u"log_visit.end"_s);
        visit->hours = visit->start.secsTo(visit->end) / 3600.0;
    }
    if (!(visit->hours > 0 && visit->hours <= 24))
        return fail(QCoreApplication::translate("RequestService", "hours: between 0 and 24, or a start and an end time"), u"log_visit.hours"_s);
    for (const FollowUp &f : std::as_const(visit->followUpItems)) {
        if (f.action.trimmed().isEmpty())
            return fail(QCoreApplication::translate("RequestService", "follow-ups: each needs what is to be done"), u"log_visit.follow_ups"_s);
    }
    if (before) {
        visit->confirmation = before->confirmation;
        visit->confirmationNote = before->confirmationNote;
        visit->version = before->version;
    } else {
        visit->confirmation = VisitConfirmation::Pending;
        visit->confirmationNote.clear();
    }
    return m_store.saveVisit(visit, context(), &error) || fail(error);
}

bool RequestService::countersign(const QString &visitId, bool confirm, const QString &note)
{
    m_error.clear();
    m_rule.clear();
    std::optional<Visit> visit;
    QString error;
    if (!m_store.findVisit(visitId, &visit, &error))
        return fail(error);
    if (!visit)
        return fail(QCoreApplication::translate("RequestService", "there is no visit %1").arg(visitId));
    const auto request = load(visit->requestId);
    if (!request)
        return false;
    const RequestMove move = confirm ? RequestMove::ConfirmVisit : RequestMove::DisputeVisit;
    if (refused(RequestWorkflow::checkVisit(move, m_actor, *request, &*visit, note)))
        return false;
    visit->confirmation = confirm ? VisitConfirmation::Confirmed : VisitConfirmation::Disputed;
    visit->confirmationNote = note.trimmed();
    return m_store.saveVisit(&*visit, context(), &error) || fail(error);
}

} // namespace pass
