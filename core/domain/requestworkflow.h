#pragma once

#include "records.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pass {

enum class UserRole { Authority, Expert, Coordinator };

// Who acts: the account, its role and the authorities in its scope (an authority user's own
// authority, an expert's assigned ones; a coordinator reads every authority).
struct WorkflowActor
{
    QString username;
    UserRole role = UserRole::Authority;
    QStringList authorities;

    bool canRead(const QString &authorityIstat) const
    {
        return role == UserRole::Coordinator || authorities.contains(authorityIstat);
    }
};

// What someone can do to a support request or to one of its visits.
enum class RequestMove {
    Create,
    EditDraft,
    Submit,
    Withdraw,
    Accept,
    Reject,
    Assign,
    Start,
    Complete,
    Comment,
    LogVisit,
    ConfirmVisit,
    DisputeVisit,
};

// The answer of the rule table: allowed, or refused by the rule named (a stable id such as
// "accept.who") with a sentence for people ("solo la segreteria tecnica può accettare una
// richiesta").
struct MoveVerdict
{
    bool allowed = true;
    QString rule;
    QString message;

    enum class Kind { Allowed, Who, State, Missing };
    Kind kind = Kind::Allowed;

    static MoveVerdict allow() { return {}; }
    static MoveVerdict refuse(Kind kind, QString rule, QString message)
    {
        return {false, std::move(rule), std::move(message), kind};
    }
};

// What a move brings with it: the reason of a rejection or withdrawal, the experts of an
// assignment, the closing summary of a completion, the note of a dispute.
struct MoveInput
{
    QString reason;
    QStringList experts;
    QString summary;
};

// The one table of who may do what to a support request (issue 13): the application enables its
// actions and says why one is disabled with it, passctl runs its commands through it, and the
// portal refuses mutations with it. No client or server dependency: both compile it.
namespace RequestWorkflow {

// Answers whether an expert is assigned to an authority. The portal asks its user directory; a
// client that does not know leaves it empty and the portal decides.
using ExpertScope = std::function<bool(const QString &expert, const QString &authorityIstat)>;

QList<RequestMove> allMoves();
// Command and rule names: create, edit, submit, withdraw, accept, reject, assign, start,
// complete, comment, log_visit, confirm_visit, dispute_visit.
QString moveName(RequestMove move);
std::optional<RequestMove> moveFromName(QStringView name);
// The action's words for people ("Accetta", "Ritira").
QString moveLabel(RequestMove move);
QString roleName(UserRole role); // authority, expert, coordinator
std::optional<UserRole> roleFromName(QStringView name);

// May the actor make the move on the request as it is now (for Create: the request as it
// would be created)? Checks who and the request's status, not the move's input.
MoveVerdict check(RequestMove move, const WorkflowActor &actor, const SupportRequest &request);
// The same for the visit moves: LogVisit (a new visit, or an edit of one's own), ConfirmVisit,
// DisputeVisit (a note is needed). visit is the stored one (null for a new visit).
MoveVerdict checkVisit(RequestMove move, const WorkflowActor &actor, const SupportRequest &request,
                       const Visit *visit, const QString &note = {});

// Checks the move with its input and applies it to *request: status, reason, experts, summary.
// Leaves *request unchanged when refused. Not for Create, EditDraft and Comment (no change of
// state) nor the visit moves.
MoveVerdict apply(RequestMove move, const WorkflowActor &actor, const MoveInput &input,
                  SupportRequest *request, const ExpertScope &scope = {});

// The moves an edit makes, in order (before null: a new request). A status change the table has
// no move for gives nothing: checkEdit refuses it.
QList<RequestMove> movesOf(const SupportRequest *before, const SupportRequest &after);
// Checks an edit as a whole, as the portal receives it: each move it makes with what that move
// needs (a reason, a summary, experts of the authority), and no change of anything else.
MoveVerdict checkEdit(const WorkflowActor &actor, const SupportRequest *before,
                      const SupportRequest &after, const ExpertScope &scope = {});

} // namespace RequestWorkflow

} // namespace pass
