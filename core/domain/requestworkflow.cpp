#include "requestworkflow.h"

#include "requestlabels.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace pass::RequestWorkflow {
namespace {

using S = RequestStatus;

// Who may make a move.
enum class Party {
    OwnAuthority,   // a user of the request's authority
    Coordinator,    // the regional coordinator (segreteria tecnica)
    AssignedExpert, // an expert assigned to the request
    Reader,         // anyone who can read the request
};

// What a move needs besides the right person and status.
enum class Need { Nothing, Reason, ReasonOnceAccepted, Experts, Summary, Note };

struct Rule
{
    RequestMove move;
    const char16_t *name;
    Party party;
    QList<RequestStatus> from; // empty: any status
    std::optional<RequestStatus> to;
    Need need;
    const char *label; // the action, for people
    const char *who;   // why someone else may not
};

const char *const kContext = "RequestWorkflow";

// THE table (issue 13). Every check below reads it; nothing else decides who moves a request.
const std::array<Rule, 13> &rules()
{
    static const std::array<Rule, 13> table{{
        {RequestMove::Create, u"create", Party::OwnAuthority, {S::Draft, S::Submitted}, {}, Need::Nothing,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Create"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only a user of the authority can create its requests")},
        {RequestMove::EditDraft, u"edit", Party::OwnAuthority, {S::Draft}, {}, Need::Nothing,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Edit"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only a user of the request's authority can edit a draft")},
        {RequestMove::Submit, u"submit", Party::OwnAuthority, {S::Draft}, S::Submitted, Need::Nothing,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Submit"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only a user of the request's authority can submit it")},
        {RequestMove::Withdraw, u"withdraw", Party::OwnAuthority,
         {S::Draft, S::Submitted, S::Accepted, S::Assigned, S::InProgress}, S::Withdrawn, Need::ReasonOnceAccepted,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Withdraw"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only a user of the request's authority can withdraw it")},
        {RequestMove::Accept, u"accept", Party::Coordinator, {S::Submitted}, S::Accepted, Need::Nothing,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Accept"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only the technical secretariat can accept a request")},
        {RequestMove::Reject, u"reject", Party::Coordinator, {S::Submitted, S::Accepted}, S::Rejected, Need::Reason,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Reject"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only the technical secretariat can reject a request")},
        {RequestMove::Assign, u"assign", Party::Coordinator, {S::Accepted, S::Assigned, S::InProgress}, S::Assigned,
         Need::Experts, QT_TRANSLATE_NOOP("RequestWorkflow", "Assign experts"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only the technical secretariat can assign experts")},
        {RequestMove::Start, u"start", Party::AssignedExpert, {S::Assigned}, S::InProgress, Need::Nothing,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Start"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only an expert assigned to the request can start it")},
        {RequestMove::Complete, u"complete", Party::AssignedExpert, {S::InProgress}, S::Completed, Need::Summary,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Complete"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only an expert assigned to the request can complete it")},
        {RequestMove::Comment, u"comment", Party::Reader, {}, {}, Need::Nothing,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Comment"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only someone who can read the request can comment on it")},
        {RequestMove::LogVisit, u"log_visit", Party::AssignedExpert, {S::Assigned, S::InProgress, S::Completed}, {},
         Need::Nothing, QT_TRANSLATE_NOOP("RequestWorkflow", "Log a visit"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only an expert assigned to the request can log its visits")},
        {RequestMove::ConfirmVisit, u"confirm_visit", Party::OwnAuthority, {}, {}, Need::Nothing,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Confirm the visit"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only a user of the request's authority can confirm a visit")},
        {RequestMove::DisputeVisit, u"dispute_visit", Party::OwnAuthority, {}, {}, Need::Note,
         QT_TRANSLATE_NOOP("RequestWorkflow", "Dispute the visit"),
         QT_TRANSLATE_NOOP("RequestWorkflow", "only a user of the request's authority can dispute a visit")},
    }};
    return table;
}

const Rule &ruleOf(RequestMove move)
{
    return rules().at(size_t(move));
}

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QString ruleId(const Rule &rule, QStringView what)
{
    QString id = QString::fromUtf16(rule.name);
    id += u'.';
    id += what;
    return id;
}

bool isParty(const Rule &rule, const WorkflowActor &actor, const SupportRequest &request)
{
    switch (rule.party) {
    case Party::OwnAuthority:
        return actor.role == UserRole::Authority && actor.authorities.contains(request.authorityIstat);
    case Party::Coordinator:
        return actor.role == UserRole::Coordinator;
    case Party::AssignedExpert:
        return actor.role == UserRole::Expert && actor.canRead(request.authorityIstat)
            && request.assignedExperts.contains(actor.username);
    case Party::Reader:
        return actor.canRead(request.authorityIstat);
    }
    return false;
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool acceptedOrLater(RequestStatus status)
{
    return status == S::Accepted || status == S::Assigned || status == S::InProgress;
}

MoveVerdict missing(const Rule &rule, QStringView what, const char *message)
{
    return MoveVerdict::refuse(MoveVerdict::Kind::Missing, ruleId(rule, what),
                               QCoreApplication::translate(kContext, message));
}

// What the move needs, given the reason, experts and summary it comes with.
MoveVerdict checkNeeds(const Rule &rule, RequestStatus from, const QString &istat, const MoveInput &input,
                       const ExpertScope &scope)
{
    switch (rule.need) {
    case Need::Nothing:
        return MoveVerdict::allow();
    case Need::Reason:
        if (isBlank(input.reason))
            return missing(rule, u"reason", QT_TRANSLATE_NOOP("RequestWorkflow", "a reason is required to reject a request"));
        return MoveVerdict::allow();
    case Need::ReasonOnceAccepted:
        if (acceptedOrLater(from) && isBlank(input.reason))
            return missing(rule, u"reason",
                           QT_TRANSLATE_NOOP("RequestWorkflow", "a reason is required to withdraw a request once accepted"));
        return MoveVerdict::allow();
    case Need::Summary:
        if (isBlank(input.summary))
            return missing(rule, u"summary",
                           QT_TRANSLATE_NOOP("RequestWorkflow", "a closing summary is required to complete a request"));
        return MoveVerdict::allow();
    case Need::Note:
        if (isBlank(input.reason))
            return missing(rule, u"note", QT_TRANSLATE_NOOP("RequestWorkflow", "a note is required to dispute a visit"));
        return MoveVerdict::allow();
    case Need::Experts:
        if (input.experts.isEmpty())
            return missing(rule, u"experts", QT_TRANSLATE_NOOP("RequestWorkflow", "assign at least one expert"));
        for (const QString &expert : input.experts) {
            if (scope && !scope(expert, istat))
                return MoveVerdict::refuse(MoveVerdict::Kind::Missing, ruleId(rule, u"scope"),
                                           translated(QT_TRANSLATE_NOOP("RequestWorkflow",
                                                                "%1 is not an expert assigned to authority %2"))
                                               .arg(expert, istat));
        }
        return MoveVerdict::allow();
    }
    return MoveVerdict::allow();
}

MoveInput inputOf(const SupportRequest &after)
{
    return {after.statusReason, after.assignedExperts, after.closingSummary};
}

bool sameContent(const SupportRequest &a, const SupportRequest &b)
{
    return a.authorityIstat == b.authorityIstat && a.taskForceCode == b.taskForceCode
        && a.procedureCodes == b.procedureCodes && a.kind == b.kind && a.subject == b.subject
        && a.description == b.description && a.priority == b.priority && a.createdOn == b.createdOn;
}

std::optional<RequestMove> statusMove(RequestStatus to)
{
    switch (to) {
    case S::Submitted: return RequestMove::Submit;
    case S::Accepted: return RequestMove::Accept;
    case S::Rejected: return RequestMove::Reject;
    case S::Assigned: return RequestMove::Assign;
    case S::InProgress: return RequestMove::Start;
    case S::Completed: return RequestMove::Complete;
    case S::Withdrawn: return RequestMove::Withdraw;
    case S::Draft: return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QList<RequestMove> allMoves()
{
    QList<RequestMove> moves;
    for (const Rule &rule : rules())
        moves << rule.move;
    return moves;
}

QString moveName(RequestMove move)
{
    return QString::fromUtf16(ruleOf(move).name);
}

std::optional<RequestMove> moveFromName(QStringView name)
{
    for (const Rule &rule : rules()) {
        if (name == QStringView(rule.name))
            return rule.move;
    }
    return std::nullopt;
}

QString moveLabel(RequestMove move)
{
    return translated(ruleOf(move).label);
}

QString roleName(UserRole role)
{
    switch (role) {
    case UserRole::Authority: return u"authority"_s;
    case UserRole::Expert: return u"expert"_s;
    case UserRole::Coordinator: return u"coordinator"_s;
    }
    return {};
}

std::optional<UserRole> roleFromName(QStringView name)
{
    for (UserRole role : {UserRole::Authority, UserRole::Expert, UserRole::Coordinator}) {
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

MoveVerdict check(RequestMove move, const WorkflowActor &actor, const SupportRequest &request)
{
    const Rule &rule = ruleOf(move);
    if (!isParty(rule, actor, request))
        return MoveVerdict::refuse(MoveVerdict::Kind::Who, ruleId(rule, u"who"), translated(rule.who));
    if (!rule.from.isEmpty() && !rule.from.contains(request.status))
        return MoveVerdict::refuse(MoveVerdict::Kind::State, ruleId(rule, u"status"),
                                   translated(QT_TRANSLATE_NOOP("RequestWorkflow", "%1: not possible, the request is %2"))
                                       .arg(moveLabel(move), requestStatusLabel(request.status)));
    return MoveVerdict::allow();
}

MoveVerdict checkVisit(RequestMove move, const WorkflowActor &actor, const SupportRequest &request,
                       const Visit *visit, const QString &note)
{
    const Rule &rule = ruleOf(move);
    if (move != RequestMove::LogVisit && move != RequestMove::ConfirmVisit && move != RequestMove::DisputeVisit)
        return MoveVerdict::refuse(MoveVerdict::Kind::State, ruleId(rule, u"visit"), translated(rule.who));
    if (move != RequestMove::LogVisit && !visit)
        return missing(rule, u"visit", QT_TRANSLATE_NOOP("RequestWorkflow", "there is no such visit"));
    MoveVerdict verdict = check(move, actor, request);
    if (!verdict.allowed)
        return verdict;
    if (move == RequestMove::LogVisit && visit) {
        if (visit->expert != actor.username)
            return MoveVerdict::refuse(MoveVerdict::Kind::Who, ruleId(rule, u"own"),
                                       translated(QT_TRANSLATE_NOOP("RequestWorkflow",
                                                            "experts log and edit only their own visits")));
        if (visit->confirmation == VisitConfirmation::Confirmed)
            return MoveVerdict::refuse(MoveVerdict::Kind::State, ruleId(rule, u"confirmed"),
                                       translated(QT_TRANSLATE_NOOP("RequestWorkflow",
                                                            "a confirmed visit can no longer be changed")));
    }
    return checkNeeds(rule, request.status, request.authorityIstat, MoveInput{note, {}, {}}, {});
}

MoveVerdict apply(RequestMove move, const WorkflowActor &actor, const MoveInput &input, SupportRequest *request,
                  const ExpertScope &scope)
{
    const Rule &rule = ruleOf(move);
    MoveVerdict verdict = check(move, actor, *request);
    if (!verdict.allowed)
        return verdict;
    verdict = checkNeeds(rule, request->status, request->authorityIstat, input, scope);
    if (!verdict.allowed)
        return verdict;
    if (!rule.to)
        return MoveVerdict::refuse(MoveVerdict::Kind::State, ruleId(rule, u"apply"),
                                   translated(QT_TRANSLATE_NOOP("RequestWorkflow", "%1 does not change the request's status"))
                                       .arg(moveLabel(move)));
    const RequestStatus from = request->status;
    if (move == RequestMove::Assign) {
        request->assignedExperts = input.experts;
        if (from == S::Accepted)
            request->status = S::Assigned;
    } else {
        request->status = *rule.to;
    }
    if (move == RequestMove::Reject || move == RequestMove::Withdraw)
        request->statusReason = input.reason.trimmed();
    if (move == RequestMove::Complete)
        request->closingSummary = input.summary.trimmed();
    return MoveVerdict::allow();
}

QList<RequestMove> movesOf(const SupportRequest *before, const SupportRequest &after)
{
    if (!before) {
        QList<RequestMove> moves{RequestMove::Create};
        if (after.status == S::Submitted)
            moves << RequestMove::Submit;
        return moves;
    }
    QList<RequestMove> moves;
    if (!sameContent(*before, after))
        moves << RequestMove::EditDraft;
    std::optional<RequestMove> byStatus;
    if (before->status != after.status) {
        byStatus = statusMove(after.status);
        if (byStatus)
            moves << *byStatus;
    }
    if (before->assignedExperts != after.assignedExperts && byStatus != RequestMove::Assign)
        moves << RequestMove::Assign;
    const bool reasonMove = byStatus == RequestMove::Reject || byStatus == RequestMove::Withdraw;
    const bool summaryMove = byStatus == RequestMove::Complete;
    if (((before->statusReason != after.statusReason && !reasonMove)
         || (before->closingSummary != after.closingSummary && !summaryMove))
        && !moves.contains(RequestMove::EditDraft))
        moves << RequestMove::EditDraft;
    return moves;
}

MoveVerdict checkEdit(const WorkflowActor &actor, const SupportRequest *before, const SupportRequest &after,
                      const ExpertScope &scope)
{
    if (!before) {
        MoveVerdict verdict = check(RequestMove::Create, actor, after);
        if (!verdict.allowed)
            return verdict;
        if (!after.assignedExperts.isEmpty())
            return check(RequestMove::Assign, actor, after);
        return MoveVerdict::allow();
    }
    const QList<RequestMove> moves = movesOf(before, after);
    if (before->status != after.status && !statusMove(after.status))
        return MoveVerdict::refuse(MoveVerdict::Kind::State, u"status.transition"_s,
                                   translated(QT_TRANSLATE_NOOP("RequestWorkflow", "a request cannot go from %1 back to %2"))
                                       .arg(requestStatusLabel(before->status), requestStatusLabel(after.status)));
    for (RequestMove move : moves) {
        MoveVerdict verdict = check(move, actor, *before);
        if (!verdict.allowed)
            return verdict;
        verdict = checkNeeds(ruleOf(move), before->status, before->authorityIstat, inputOf(after), scope);
        if (!verdict.allowed)
            return verdict;
        if (move == RequestMove::Assign && before->status == S::Accepted && after.status != S::Assigned)
            return MoveVerdict::refuse(MoveVerdict::Kind::State, u"assign.status"_s,
                                       translated(QT_TRANSLATE_NOOP("RequestWorkflow",
                                                            "an accepted request becomes assigned with its experts")));
    }
    return MoveVerdict::allow();
}

} // namespace pass::RequestWorkflow
