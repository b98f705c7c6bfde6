#pragma once

#include "core/domain/requestworkflow.h"
#include "core/store/requeststore.h"

#include <QSqlDatabase>

namespace pass {

// The commands people give on support requests and visits — the application's buttons and
// passctl's subcommands — checked against the workflow's rule table for the acting account and
// written through RequestStore (row, audit and outbox in one transaction). A refused command
// changes nothing; error() says why in the rule's words and rule() names the rule.
class RequestService
{
public:
    RequestService(QSqlDatabase db, WorkflowActor actor);

    const WorkflowActor &actor() const { return m_actor; }
    // Whether the actor may make the move now (for enabling an action and saying why not).
    MoveVerdict can(RequestMove move, const SupportRequest &request) const;

    // A new request of the actor's authority, saved as a draft or submitted at once.
    bool create(SupportRequest *request, bool submit);
    bool editDraft(SupportRequest *request);
    // Submit, withdraw, accept, reject, assign, start, complete.
    bool move(const QString &requestId, RequestMove move, const MoveInput &input);
    bool comment(const QString &requestId, const QString &body, RequestMessage *created = nullptr);
    // A new visit of the actor (an expert assigned to the request) or an edit of one of theirs.
    // Hours come from start and end when those are given.
    bool logVisit(Visit *visit);
    // The authority confirms a visit, or disputes it with a note.
    bool countersign(const QString &visitId, bool confirm, const QString &note);

    QString error() const { return m_error; }
    QString rule() const { return m_rule; }

private:
    bool fail(const QString &error, const QString &rule = {});
    // True (and the error set) when the workflow refused.
    bool refused(const MoveVerdict &verdict);
    std::optional<SupportRequest> load(const QString &requestId);
    EditContext context() const;

    QSqlDatabase m_db;
    WorkflowActor m_actor;
    RequestStore m_store;
    QString m_error;
    QString m_rule;
};

} // namespace pass
