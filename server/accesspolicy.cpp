#include "accesspolicy.h"

#include "caller.h"
#include "recordstore.h"

#include "core/store/requestcodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

Problem denied(const QString &detail)
{
    return Problem::forbidden(detail);
}

WorkflowActor actorOf(const Caller &caller)
{
    WorkflowActor actor;
    actor.username = caller.username;
    actor.role = caller.role == Role::Coordinator ? UserRole::Coordinator
        : caller.role == Role::Expert             ? UserRole::Expert
                                                  : UserRole::Authority;
    actor.authorities = QStringList(caller.authorities.cbegin(), caller.authorities.cend());
    return actor;
}

SupportRequest requestOf(const QJsonObject &data)
{
    SupportRequest r;
    RequestCodec::applyJson(data, &r);
    return r;
}

Visit visitOf(const QJsonObject &data)
{
    Visit v;
    RequestCodec::applyJson(data, &v);
    return v;
}

// Support requests, their messages and visits: the workflow's rule table decides.
Problem checkRequestWrite(const WorkflowActor &actor, WriteOp op, const StoredRecord *current,
                          const QJsonObject &data, const RequestWorkflow::ExpertScope &scope)
{
    const SupportRequest after = requestOf(data);
    switch (op) {
    case WriteOp::Create:
        return AccessPolicy::refusal(RequestWorkflow::checkEdit(actor, nullptr, after, scope));
    case WriteOp::Update: {
        const SupportRequest before = requestOf(current->data);
        return AccessPolicy::refusal(RequestWorkflow::checkEdit(actor, &before, after, scope));
    }
    case WriteOp::Delete:
        // Only a draft disappears; anything later is withdrawn instead.
        return AccessPolicy::refusal(RequestWorkflow::check(RequestMove::EditDraft, actor, after));
    }
    return {};
}

Problem checkVisitWrite(const WorkflowActor &actor, WriteOp op, const StoredRecord *current,
                        const QJsonObject &data, const QStringList &changed, const SupportRequest &request)
{
    const Visit after = visitOf(data);
    if (op == WriteOp::Create) {
        const Problem p = AccessPolicy::refusal(RequestWorkflow::checkVisit(RequestMove::LogVisit, actor, request, nullptr));
        if (!p.isNull())
            return p;
        if (after.expert != actor.username)
            return Problem::forbidden(u"experts log their own visits"_s, u"fields.expert"_s);
        if (after.confirmation != VisitConfirmation::Pending)
            return Problem::forbidden(u"a new visit awaits the authority's confirmation"_s,
                                      u"fields.confirmation"_s);
        return {};
    }
    const Visit before = visitOf(current->data);
    static const QStringList confirmationFields{u"confirmation"_s, u"confirmation_note"_s};
    bool countersigns = false;
    bool edits = op == WriteOp::Delete;
    for (const QString &field : changed)
        (confirmationFields.contains(field) ? countersigns : edits) = true;
    if (edits) {
        const Problem p = AccessPolicy::refusal(RequestWorkflow::checkVisit(RequestMove::LogVisit, actor, request, &before));
        if (!p.isNull())
            return p;
        if (after.expert != actor.username)
            return Problem::forbidden(u"experts log their own visits"_s, u"fields.expert"_s);
    }
    if (countersigns) {
        const RequestMove move = after.confirmation == VisitConfirmation::Disputed ? RequestMove::DisputeVisit
                                                                                   : RequestMove::ConfirmVisit;
        return AccessPolicy::refusal(
            RequestWorkflow::checkVisit(move, actor, request, &before, after.confirmationNote));
    }
    return {};
}

} // namespace

Problem AccessPolicy::refusal(const MoveVerdict &verdict)
{
    if (verdict.allowed)
        return {};
    const int status = verdict.kind == MoveVerdict::Kind::Who ? 403
        : verdict.kind == MoveVerdict::Kind::State            ? 409
                                                              : 422;
    return Problem::workflow(status, verdict.rule, verdict.message);
}

Problem AccessPolicy::checkWrite(const Caller &caller, const QString &entity, WriteOp op,
                                 const StoredRecord *current, const QJsonObject &data,
                                 const QStringList &changed, const QJsonObject &request,
                                 const RequestWorkflow::ExpertScope &scope)
{
    const WorkflowActor actor = actorOf(caller);
    if (entity == u"support_request")
        return checkRequestWrite(actor, op, current, data, scope);
    if (entity == u"visit")
        return checkVisitWrite(actor, op, current, data, changed, requestOf(request));
    if (entity == u"request_message") {
        if (op == WriteOp::Create)
            return refusal(RequestWorkflow::check(RequestMove::Comment, actor, requestOf(request)));
        const QString author = current ? current->data.value(u"author"_s).toString() : caller.username;
        if (author != caller.username)
            return denied(u"only the author edits a message"_s);
        return {};
    }
    if (entity == u"request_document") {
        // Attaching is adding to the request's thread: the comment rule. A document is never
        // edited (its fields are fixed at creation); only who added it takes it away.
        if (op == WriteOp::Create)
            return refusal(RequestWorkflow::check(RequestMove::Comment, actor, requestOf(request)));
        if (op == WriteOp::Delete && current && current->data.value(u"added_by"_s).toString() != caller.username)
            return denied(u"only who added a document removes it"_s);
        return {};
    }
    // Case files.
    switch (caller.role) {
    case Role::Coordinator:
        return denied(u"coordinators read case files; the authorities keep them"_s);
    case Role::Expert:
        return denied(u"case files are kept by the authority"_s);
    case Role::Authority:
        return {};
    }
    return denied(u"unknown role"_s);
}

} // namespace pass::portal
