// The support-request rule table (core/domain/requestworkflow): every role × every move × every
// status, allowed and refused, against an expectation written out here independently of the
// table, plus what each move needs (reason, summary, experts of the authority, a note) and how
// an edit is read as moves (the portal's check).
#include "core/domain/requestworkflow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

using S = RequestStatus;
using M = RequestMove;

const QList<S> kAllStatuses{S::Draft, S::Submitted, S::Accepted, S::Assigned,
                            S::InProgress, S::Completed, S::Rejected, S::Withdrawn};

// The people of the tests: the request belongs to 019035 and marco is assigned to it.
const QHash<QString, WorkflowActor> &people()
{
    static const QHash<QString, WorkflowActor> all{
        {u"anna"_s, {u"anna"_s, UserRole::Authority, {u"019035"_s}}},    // the request's authority
        {u"bruno"_s, {u"bruno"_s, UserRole::Authority, {u"019036"_s}}},  // another authority
        {u"marco"_s, {u"marco"_s, UserRole::Expert, {u"019035"_s}}},     // assigned to the request
        {u"eve"_s, {u"eve"_s, UserRole::Expert, {u"019035"_s}}},         // expert of the authority, not assigned
        {u"piero"_s, {u"piero"_s, UserRole::Expert, {u"019036"_s}}},     // expert elsewhere
        {u"coord"_s, {u"coord"_s, UserRole::Coordinator, {}}},           // segreteria tecnica
    };
    return all;
}

SupportRequest requestIn(S status)
{
    SupportRequest r;
    r.id = u"00000000-0000-4000-8000-000000000001"_s;
    r.authorityIstat = u"019035"_s;
    r.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
    r.subject = u"Arretrato permessi di costruire"_s;
    r.status = status;
    if (status == S::Assigned || status == S::InProgress || status == S::Completed)
        r.assignedExperts = {u"marco"_s};
    return r;
}

struct Expected
{
    QStringList who;
    QList<S> from; // empty: any status
};

// Written from issue 13's table, not from the code.
Expected expected(M move)
{
    const QList<S> beforeCompleted{S::Draft, S::Submitted, S::Accepted, S::Assigned, S::InProgress};
    switch (move) {
    case M::Create: return {{u"anna"_s}, {S::Draft, S::Submitted}};
    case M::EditDraft: return {{u"anna"_s}, {S::Draft}};
    case M::Submit: return {{u"anna"_s}, {S::Draft}};
    case M::Withdraw: return {{u"anna"_s}, beforeCompleted};
    case M::Accept: return {{u"coord"_s}, {S::Submitted}};
    case M::Reject: return {{u"coord"_s}, {S::Submitted, S::Accepted}};
    case M::Assign: return {{u"coord"_s}, {S::Accepted, S::Assigned, S::InProgress}};
    case M::Start: return {{u"marco"_s}, {S::Assigned}};
    case M::Complete: return {{u"marco"_s}, {S::InProgress}};
    case M::Comment: return {{u"anna"_s, u"marco"_s, u"eve"_s, u"coord"_s}, {}};
    case M::LogVisit: return {{u"marco"_s}, {S::Assigned, S::InProgress, S::Completed}};
    case M::ConfirmVisit: return {{u"anna"_s}, {}};
    case M::DisputeVisit: return {{u"anna"_s}, {}};
    }
    return {};
}

bool isVisitMove(M move)
{
    return move == M::LogVisit || move == M::ConfirmVisit || move == M::DisputeVisit;
}

} // namespace

class TestRequestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void everyRoleEveryMoveEveryStatus_data();
    void everyRoleEveryMoveEveryStatus();
    void movesNamedForCommandsAndRules();
    void rejectAndWithdrawNeedReasons();
    void completeNeedsSummary();
    void assignNeedsExpertsOfTheAuthority();
    void disputeNeedsNoteAndConfirmedVisitsStay();
    void applyMovesTheRequestThroughItsLife();
    void editsAreReadAsMoves();
    void portalCheckRefusesWhatTheClientWouldDisable();
};

void TestRequestWorkflow::everyRoleEveryMoveEveryStatus_data()
{
    QTest::addColumn<int>("move");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    for (M move : RequestWorkflow::allMoves()) {
        for (const QString &who : {u"anna"_s, u"bruno"_s, u"marco"_s, u"eve"_s, u"piero"_s, u"coord"_s}) {
            for (S status : kAllStatuses) {
                QTest::addRow("%s/%s/%s", qPrintable(RequestWorkflow::moveName(move)), qPrintable(who),
                              qPrintable(toWireName(status)))
                    << int(move) << who << int(status);
            }
        }
    }
}

void TestRequestWorkflow::everyRoleEveryMoveEveryStatus()
{
    QFETCH(int, move);
    QFETCH(QString, who);
    QFETCH(int, status);
    const M m = M(move);
    // marco is assigned whatever the status: the table alone decides who and when.
    SupportRequest request = requestIn(S(status));
    request.assignedExperts = {u"marco"_s};
    const WorkflowActor &actor = people().value(who);
    Visit visit;
    visit.expert = u"marco"_s;
    const MoveVerdict verdict = isVisitMove(m)
        ? RequestWorkflow::checkVisit(m, actor, request, m == M::LogVisit ? nullptr : &visit, u"nota"_s)
        : RequestWorkflow::check(m, actor, request);
    const Expected e = expected(m);
    const bool rightPerson = e.who.contains(who);
    const bool rightStatus = e.from.isEmpty() || e.from.contains(S(status));
    QCOMPARE(verdict.allowed, rightPerson && rightStatus);
    if (!rightPerson) {
        QCOMPARE(verdict.rule, RequestWorkflow::moveName(m) + u".who"_s);
        QCOMPARE(verdict.kind, MoveVerdict::Kind::Who);
        QVERIFY(!verdict.message.isEmpty());
    } else if (!rightStatus) {
        QCOMPARE(verdict.rule, RequestWorkflow::moveName(m) + u".status"_s);
        QCOMPARE(verdict.kind, MoveVerdict::Kind::State);
    }
}

void TestRequestWorkflow::movesNamedForCommandsAndRules()
{
    QCOMPARE(RequestWorkflow::allMoves().size(), 13);
    for (M move : RequestWorkflow::allMoves())
        QCOMPARE(RequestWorkflow::moveFromName(RequestWorkflow::moveName(move)), move);
    QCOMPARE(RequestWorkflow::moveName(M::Accept), u"accept"_s);
    QCOMPARE(RequestWorkflow::moveFromName(u"approve"), std::nullopt);
    // Untranslated (no catalogue loaded) the message is the source text.
    const MoveVerdict v = RequestWorkflow::check(M::Accept, people().value(u"anna"_s), requestIn(S::Submitted));
    QCOMPARE(v.message, u"only the technical secretariat can accept a request"_s);
}

void TestRequestWorkflow::rejectAndWithdrawNeedReasons()
{
    const WorkflowActor coord = people().value(u"coord"_s);
    const WorkflowActor anna = people().value(u"anna"_s);
    SupportRequest r = requestIn(S::Submitted);
    QCOMPARE(RequestWorkflow::apply(M::Reject, coord, {}, &r).rule, u"reject.reason"_s);
    QCOMPARE(r.status, S::Submitted);
    QCOMPARE(RequestWorkflow::apply(M::Reject, coord, {u"  "_s, {}, {}}, &r).rule, u"reject.reason"_s);
    QVERIFY(RequestWorkflow::apply(M::Reject, coord, {u"fuori ambito PNRR"_s, {}, {}}, &r).allowed);
    QCOMPARE(r.status, S::Rejected);
    QCOMPARE(r.statusReason, u"fuori ambito PNRR"_s);

    // Before acceptance a withdrawal needs no reason; from accepted on it does.
    SupportRequest submitted = requestIn(S::Submitted);
    QVERIFY(RequestWorkflow::apply(M::Withdraw, anna, {}, &submitted).allowed);
    QCOMPARE(submitted.status, S::Withdrawn);
    for (S status : {S::Accepted, S::Assigned, S::InProgress}) {
        SupportRequest later = requestIn(status);
        const MoveVerdict v = RequestWorkflow::apply(M::Withdraw, anna, {}, &later);
        QCOMPARE(v.rule, u"withdraw.reason"_s);
        QCOMPARE(v.kind, MoveVerdict::Kind::Missing);
        QVERIFY(RequestWorkflow::apply(M::Withdraw, anna, {u"risolto internamente"_s, {}, {}}, &later).allowed);
        QCOMPARE(later.status, S::Withdrawn);
    }
    SupportRequest done = requestIn(S::Completed);
    QCOMPARE(RequestWorkflow::apply(M::Withdraw, anna, {u"tardi"_s, {}, {}}, &done).rule, u"withdraw.status"_s);
}

void TestRequestWorkflow::completeNeedsSummary()
{
    const WorkflowActor marco = people().value(u"marco"_s);
    SupportRequest r = requestIn(S::InProgress);
    QCOMPARE(RequestWorkflow::apply(M::Complete, marco, {}, &r).rule, u"complete.summary"_s);
    QVERIFY(RequestWorkflow::apply(M::Complete, marco, {{}, {}, u"Arretrato smaltito: 40 pratiche"_s}, &r).allowed);
    QCOMPARE(r.status, S::Completed);
    QCOMPARE(r.closingSummary, u"Arretrato smaltito: 40 pratiche"_s);
}

void TestRequestWorkflow::assignNeedsExpertsOfTheAuthority()
{
    const WorkflowActor coord = people().value(u"coord"_s);
    const RequestWorkflow::ExpertScope scope = [](const QString &expert, const QString &istat) {
        return people().value(expert).role == UserRole::Expert && people().value(expert).authorities.contains(istat);
    };
    SupportRequest r = requestIn(S::Accepted);
    QCOMPARE(RequestWorkflow::apply(M::Assign, coord, {}, &r, scope).rule, u"assign.experts"_s);
    const MoveVerdict outside = RequestWorkflow::apply(M::Assign, coord, {{}, {u"piero"_s}, {}}, &r, scope);
    QCOMPARE(outside.rule, u"assign.scope"_s);
    QVERIFY(outside.message.contains(u"piero"_s));
    QCOMPARE(r.status, S::Accepted);
    QVERIFY(RequestWorkflow::apply(M::Assign, coord, {{}, {u"marco"_s}, {}}, &r, scope).allowed);
    QCOMPARE(r.status, S::Assigned);
    QCOMPARE(r.assignedExperts, QStringList{u"marco"_s});
    // Reassigning keeps the status (assigned stays assigned, in progress stays in progress).
    r.status = S::InProgress;
    QVERIFY(RequestWorkflow::apply(M::Assign, coord, {{}, {u"eve"_s, u"marco"_s}, {}}, &r, scope).allowed);
    QCOMPARE(r.status, S::InProgress);
    QCOMPARE(r.assignedExperts.size(), 2);
    // Without a scope (a client that does not know the directory) the portal decides.
    SupportRequest unknown = requestIn(S::Accepted);
    QVERIFY(RequestWorkflow::apply(M::Assign, coord, {{}, {u"piero"_s}, {}}, &unknown).allowed);
}

void TestRequestWorkflow::disputeNeedsNoteAndConfirmedVisitsStay()
{
    const WorkflowActor anna = people().value(u"anna"_s);
    const WorkflowActor marco = people().value(u"marco"_s);
    const SupportRequest r = requestIn(S::InProgress);
    Visit v;
    v.expert = u"marco"_s;
    QCOMPARE(RequestWorkflow::checkVisit(M::DisputeVisit, anna, r, &v).rule, u"dispute_visit.note"_s);
    QVERIFY(RequestWorkflow::checkVisit(M::DisputeVisit, anna, r, &v, u"ore non corrispondenti"_s).allowed);
    QVERIFY(RequestWorkflow::checkVisit(M::LogVisit, marco, r, &v).allowed);
    v.confirmation = VisitConfirmation::Confirmed;
    QCOMPARE(RequestWorkflow::checkVisit(M::LogVisit, marco, r, &v).rule, u"log_visit.confirmed"_s);
    Visit someoneElses;
    someoneElses.expert = u"eve"_s;
    QCOMPARE(RequestWorkflow::checkVisit(M::LogVisit, marco, r, &someoneElses).rule, u"log_visit.own"_s);
    QCOMPARE(RequestWorkflow::checkVisit(M::ConfirmVisit, anna, r, nullptr).rule, u"confirm_visit.visit"_s);
}

void TestRequestWorkflow::applyMovesTheRequestThroughItsLife()
{
    SupportRequest r = requestIn(S::Draft);
    const auto as = [](const char16_t *who) { return people().value(QString::fromUtf16(who)); };
    QVERIFY(RequestWorkflow::apply(M::Submit, as(u"anna"), {}, &r).allowed);
    QVERIFY(RequestWorkflow::apply(M::Accept, as(u"coord"), {}, &r).allowed);
    QVERIFY(RequestWorkflow::apply(M::Assign, as(u"coord"), {{}, {u"marco"_s}, {}}, &r).allowed);
    QVERIFY(RequestWorkflow::apply(M::Start, as(u"marco"), {}, &r).allowed);
    QVERIFY(RequestWorkflow::apply(M::Complete, as(u"marco"), {{}, {}, u"ok"_s}, &r).allowed);
    QCOMPARE(r.status, S::Completed);
    // Comment and edit do not change the status: apply refuses them.
    QCOMPARE(RequestWorkflow::apply(M::Comment, as(u"anna"), {}, &r).rule, u"comment.apply"_s);
}

void TestRequestWorkflow::editsAreReadAsMoves()
{
    const SupportRequest draft = requestIn(S::Draft);
    SupportRequest after = draft;
    after.subject = u"altro"_s;
    after.status = S::Submitted;
    QCOMPARE(RequestWorkflow::movesOf(&draft, after), (QList<M>{M::EditDraft, M::Submit}));
    QCOMPARE(RequestWorkflow::movesOf(nullptr, after), (QList<M>{M::Create, M::Submit}));

    const SupportRequest assigned = requestIn(S::Assigned);
    SupportRequest reassigned = assigned;
    reassigned.assignedExperts = {u"eve"_s};
    QCOMPARE(RequestWorkflow::movesOf(&assigned, reassigned), QList<M>{M::Assign});
    SupportRequest summaryOnly = assigned;
    summaryOnly.closingSummary = u"x"_s;
    QCOMPARE(RequestWorkflow::movesOf(&assigned, summaryOnly), QList<M>{M::EditDraft});
}

void TestRequestWorkflow::portalCheckRefusesWhatTheClientWouldDisable()
{
    const auto as = [](const char16_t *who) { return people().value(QString::fromUtf16(who)); };
    // The report: an authority user approving and completing its own request.
    const SupportRequest submitted = requestIn(S::Submitted);
    SupportRequest accepted = submitted;
    accepted.status = S::Accepted;
    QCOMPARE(RequestWorkflow::checkEdit(as(u"anna"), &submitted, accepted).rule, u"accept.who"_s);
    QVERIFY(RequestWorkflow::checkEdit(as(u"coord"), &submitted, accepted).allowed);
    // A jump the table has no move for.
    SupportRequest back = requestIn(S::Assigned);
    const SupportRequest before = back;
    back.status = S::Draft;
    QCOMPARE(RequestWorkflow::checkEdit(as(u"anna"), &before, back).rule, u"status.transition"_s);
    // Skipping a step: submitted straight to in progress is a start from the wrong status.
    SupportRequest skip = submitted;
    skip.status = S::InProgress;
    skip.assignedExperts = {u"marco"_s};
    QVERIFY(!RequestWorkflow::checkEdit(as(u"marco"), &submitted, skip).allowed);
    // Completing needs the summary in the same edit.
    const SupportRequest working = requestIn(S::InProgress);
    SupportRequest done = working;
    done.status = S::Completed;
    QCOMPARE(RequestWorkflow::checkEdit(as(u"marco"), &working, done).rule, u"complete.summary"_s);
    done.closingSummary = u"fatto"_s;
    QVERIFY(RequestWorkflow::checkEdit(as(u"marco"), &working, done).allowed);
    // Accepted → assigned needs experts; experts set without the status change are refused.
    SupportRequest acceptedOnly = accepted;
    acceptedOnly.assignedExperts = {u"marco"_s};
    QCOMPARE(RequestWorkflow::checkEdit(as(u"coord"), &accepted, acceptedOnly).rule, u"assign.status"_s);
    // A new request cannot arrive already accepted, nor come from someone else's authority.
    SupportRequest fresh = requestIn(S::Accepted);
    QCOMPARE(RequestWorkflow::checkEdit(as(u"anna"), nullptr, fresh).rule, u"create.status"_s);
    fresh.status = S::Draft;
    QCOMPARE(RequestWorkflow::checkEdit(as(u"bruno"), nullptr, fresh).rule, u"create.who"_s);
    QVERIFY(RequestWorkflow::checkEdit(as(u"anna"), nullptr, fresh).allowed);
}

QTEST_GUILESS_MAIN(TestRequestWorkflow)
#include "tst_requestworkflow.moc"
