// The support-request workflow as the portal enforces it: the real PortalServer on a loopback
// port, every role × every move, allowed (applied) and refused (rejected, with the problem naming
// the rule of core/domain/requestworkflow — the same table the desktop client uses), plus each
// move from a status that does not allow it, and the status history the portal records.
#include "inprocessportal.h"

#include "core/domain/requestworkflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pass;
using namespace pass::portal;

namespace {

using M = RequestMove;
using S = RequestStatus;

QString uuid()
{
    return newUuid();
}

const QStringList kUsers{u"anna"_s, u"bruno"_s, u"marco"_s, u"eve"_s, u"piero"_s, u"coord"_s};

// Who may make each move, and from which status the test tries it (issue 13's table).
struct Case
{
    M move;
    S from;
    QStringList allowed;
    S wrongStatus; // a status the move is not allowed from, tried by an allowed user (= from: none)
};

const QList<Case> &cases()
{
    static const QList<Case> all{
        {M::Create, S::Draft, {u"anna"_s}, S::Accepted},
        {M::EditDraft, S::Draft, {u"anna"_s}, S::Submitted},
        {M::Submit, S::Draft, {u"anna"_s}, S::Accepted},
        {M::Withdraw, S::Submitted, {u"anna"_s}, S::Completed},
        {M::Accept, S::Submitted, {u"coord"_s}, S::Draft},
        {M::Reject, S::Submitted, {u"coord"_s}, S::Assigned},
        {M::Assign, S::Accepted, {u"coord"_s}, S::Submitted},
        {M::Start, S::Assigned, {u"marco"_s}, S::Completed},
        {M::Complete, S::InProgress, {u"marco"_s}, S::Assigned},
        {M::Comment, S::Submitted, {u"anna"_s, u"marco"_s, u"eve"_s, u"coord"_s}, S::Submitted},
        {M::LogVisit, S::InProgress, {u"marco"_s}, S::InProgress}, // every status marco is assigned in allows it
        {M::ConfirmVisit, S::InProgress, {u"anna"_s}, S::InProgress},
        {M::DisputeVisit, S::InProgress, {u"anna"_s}, S::InProgress},
    };
    return all;
}

bool readsTheRequest(const QString &user)
{
    return user != u"bruno" && user != u"piero";
}

} // namespace

class TestRequestWorkflowPortal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRoleEveryMove_data();
    void everyRoleEveryMove();
    void eachMoveRefusedFromAWrongStatus_data();
    void eachMoveRefusedFromAWrongStatus();
    void theReportedSelfApprovalIsRefused();
    void historyRecordsWhoAndWhen();

private:
    QJsonObject mutate(const QString &user, const QJsonObject &mutation);
    QJsonObject get(const QString &user, const QString &path);
    // A request of 019035 brought to the status by the people allowed to; returns its id and
    // sets *version. In progress and later have marco assigned.
    QString requestIn(S status, qint64 *version);
    QString visitBy(const QString &requestId, const QString &expert);
    // The mutation of the move by the user (fields filled so that only who/status can refuse).
    QJsonObject moveMutation(M move, const QString &user, const QString &requestId, qint64 version,
                             const QString &visitId);

    QTemporaryDir m_dir;
    InProcessPortal m_portal;
};

void TestRequestWorkflowPortal::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_portal.start(m_dir.path(),
                            {{u"anna"_s, Role::Authority, {u"019035"_s}}, {u"bruno"_s, Role::Authority, {u"019036"_s}},
                             {u"marco"_s, Role::Expert, {u"019035"_s}}, {u"eve"_s, Role::Expert, {u"019035"_s}},
                             {u"piero"_s, Role::Expert, {u"019036"_s}}, {u"coord"_s, Role::Coordinator, {}}},
                            &error),
             qPrintable(error));
}

void TestRequestWorkflowPortal::cleanupTestCase()
{
    m_portal.stop();
}

QJsonObject TestRequestWorkflowPortal::mutate(const QString &user, const QJsonObject &mutation)
{
    QJsonObject m = mutation;
    m.insert(u"mutation_id"_s, uuid());
    const PortalAnswer a = m_portal.call("POST", u"/api/v1/sync/mutations"_s, user,
                                         QJsonDocument(QJsonObject{{u"mutations"_s, QJsonArray{m}}}).toJson());
    return a.json().value(u"results"_s).toArray().at(0).toObject();
}

QJsonObject TestRequestWorkflowPortal::get(const QString &user, const QString &path)
{
    return m_portal.call("GET", path, user).json();
}

QString TestRequestWorkflowPortal::requestIn(S status, qint64 *version)
{
    const QString id = uuid();
    auto step = [&](const QString &user, const QJsonObject &fields) {
        QJsonObject m{{u"entity"_s, u"support_request"_s}, {u"id"_s, id}, {u"op"_s, u"update"_s},
                      {u"base_version"_s, *version}, {u"fields"_s, fields}};
        const QJsonObject r = mutate(user, m);
        if (r.value(u"status"_s).toString() != u"applied")
            qWarning() << "setting up" << toWireName(status) << "failed:" << r;
        *version = r.value(u"version"_s).toInteger();
    };
    const QJsonObject create{{u"entity"_s, u"support_request"_s}, {u"id"_s, id}, {u"op"_s, u"create"_s},
                             {u"fields"_s, QJsonObject{{u"authority_istat"_s, u"019035"_s},
                                                       {u"task_force_code"_s, u"EDILIZIA_URBANISTICA"_s},
                                                       {u"kind"_s, u"technical"_s},
                                                       {u"subject"_s, u"Arretrato PdC"_s}}}};
    *version = mutate(u"anna"_s, create).value(u"version"_s).toInteger();
    if (status == S::Draft)
        return id;
    step(u"anna"_s, {{u"status"_s, u"submitted"_s}});
    if (status == S::Withdrawn)
        step(u"anna"_s, {{u"status"_s, u"withdrawn"_s}});
    if (status == S::Rejected)
        step(u"coord"_s, {{u"status"_s, u"rejected"_s}, {u"status_reason"_s, u"fuori ambito"_s}});
    if (status == S::Submitted || status == S::Withdrawn || status == S::Rejected)
        return id;
    step(u"coord"_s, {{u"status"_s, u"accepted"_s}});
    if (status == S::Accepted)
        return id;
    step(u"coord"_s, {{u"status"_s, u"assigned"_s}, {u"assigned_experts"_s, QJsonArray{u"marco"_s}}});
    if (status == S::Assigned)
        return id;
    step(u"marco"_s, {{u"status"_s, u"in_progress"_s}});
    if (status == S::InProgress)
        return id;
    step(u"marco"_s, {{u"status"_s, u"completed"_s}, {u"closing_summary"_s, u"fatto"_s}});
    return id;
}

QString TestRequestWorkflowPortal::visitBy(const QString &requestId, const QString &expert)
{
    const QString id = uuid();
    const QJsonObject r = mutate(expert, {{u"entity"_s, u"visit"_s}, {u"id"_s, id}, {u"op"_s, u"create"_s},
                                          {u"fields"_s, QJsonObject{{u"request_id"_s, requestId},
                                                                    {u"expert"_s, expert},
                                                                    {u"date"_s, u"2026-11-12"_s},
                                                                    {u"hours"_s, 3},
                                                                    {u"mode"_s, u"onsite"_s}}}});
    if (r.value(u"status"_s).toString() != u"applied")
        qWarning() << "visit set-up failed:" << r;
    return id;
}

QJsonObject TestRequestWorkflowPortal::moveMutation(M move, const QString &user, const QString &requestId,
                                                    qint64 version, const QString &visitId)
{
    auto update = [&](const QJsonObject &fields) {
        return QJsonObject{{u"entity"_s, u"support_request"_s}, {u"id"_s, requestId}, {u"op"_s, u"update"_s},
                           {u"base_version"_s, version}, {u"fields"_s, fields}};
    };
    switch (move) {
    case M::Create:
        return {{u"entity"_s, u"support_request"_s}, {u"id"_s, uuid()}, {u"op"_s, u"create"_s},
                {u"fields"_s, QJsonObject{{u"authority_istat"_s, u"019035"_s},
                                          {u"task_force_code"_s, u"EDILIZIA_URBANISTICA"_s},
                                          {u"kind"_s, u"technical"_s}, {u"subject"_s, u"Nuova"_s},
                                          {u"status"_s, version < 0 ? u"accepted"_s : u"draft"_s}}}};
    case M::EditDraft: return update({{u"subject"_s, u"Oggetto corretto"_s}});
    case M::Submit: return update({{u"status"_s, u"submitted"_s}});
    case M::Withdraw: return update({{u"status"_s, u"withdrawn"_s}, {u"status_reason"_s, u"risolto"_s}});
    case M::Accept: return update({{u"status"_s, u"accepted"_s}});
    case M::Reject: return update({{u"status"_s, u"rejected"_s}, {u"status_reason"_s, u"fuori ambito"_s}});
    case M::Assign:
        return update({{u"status"_s, u"assigned"_s}, {u"assigned_experts"_s, QJsonArray{u"marco"_s}}});
    case M::Start: return update({{u"status"_s, u"in_progress"_s}});
    case M::Complete: return update({{u"status"_s, u"completed"_s}, {u"closing_summary"_s, u"fatto"_s}});
    case M::Comment:
        return {{u"entity"_s, u"request_message"_s}, {u"id"_s, uuid()}, {u"op"_s, u"create"_s},
                {u"fields"_s, QJsonObject{{u"request_id"_s, requestId}, {u"body"_s, u"Un commento"_s}}}};
    case M::LogVisit:
        return {{u"entity"_s, u"visit"_s}, {u"id"_s, uuid()}, {u"op"_s, u"create"_s},
                {u"fields"_s, QJsonObject{{u"request_id"_s, requestId}, {u"expert"_s, user},
                                          {u"date"_s, u"2026-11-13"_s}, {u"hours"_s, 2},
                                          {u"mode"_s, u"remote"_s}}}};
    case M::ConfirmVisit:
    case M::DisputeVisit: {
        QJsonObject fields{{u"confirmation"_s, move == M::ConfirmVisit ? u"confirmed"_s : u"disputed"_s}};
        if (move == M::DisputeVisit)
            fields.insert(u"confirmation_note"_s, u"Le ore non corrispondono"_s);
        return {{u"entity"_s, u"visit"_s}, {u"id"_s, visitId}, {u"op"_s, u"update"_s},
                {u"base_version"_s, 1}, {u"fields"_s, fields}};
    }
    }
    return {};
}

void TestRequestWorkflowPortal::everyRoleEveryMove_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("user");
    for (qsizetype i = 0; i < cases().size(); ++i) {
        for (const QString &user : kUsers)
            QTest::addRow("%s/%s", qPrintable(RequestWorkflow::moveName(cases().at(i).move)), qPrintable(user))
                << int(i) << user;
    }
}

void TestRequestWorkflowPortal::everyRoleEveryMove()
{
    QFETCH(int, index);
    QFETCH(QString, user);
    const Case &c = cases().at(index);
    qint64 version = 0;
    const QString request = requestIn(c.from, &version);
    const bool visitMove = c.move == M::ConfirmVisit || c.move == M::DisputeVisit;
    const QString visit = visitMove ? visitBy(request, u"marco"_s) : QString();
    const QJsonObject result = mutate(user, moveMutation(c.move, user, request, version, visit));
    const QString status = result.value(u"status"_s).toString();
    if (c.allowed.contains(user)) {
        QVERIFY2(status == u"applied", QJsonDocument(result).toJson().constData());
        return;
    }
    QVERIFY2(status == u"rejected", QJsonDocument(result).toJson().constData());
    const QJsonObject problem = result.value(u"problem"_s).toObject();
    const bool outOfScope = !readsTheRequest(user);
    if (outOfScope) {
        // Someone who cannot read the request does not learn it exists (or cannot create there).
        QVERIFY2(problem.value(u"status"_s).toInt() == 404 || problem.value(u"status"_s).toInt() == 403,
                 QJsonDocument(problem).toJson().constData());
        return;
    }
    QCOMPARE(problem.value(u"status"_s).toInt(), 403);
    QCOMPARE(problem.value(u"type"_s).toString(), u"urn:pass:problem:workflow"_s);
    QCOMPARE(problem.value(u"rule"_s).toString(), RequestWorkflow::moveName(c.move) + u".who"_s);
    QVERIFY(!problem.value(u"detail"_s).toString().isEmpty());
}

void TestRequestWorkflowPortal::eachMoveRefusedFromAWrongStatus_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < cases().size(); ++i) {
        const Case &c = cases().at(i);
        if (c.wrongStatus != c.from)
            QTest::addRow("%s", qPrintable(RequestWorkflow::moveName(c.move))) << int(i);
    }
}

void TestRequestWorkflowPortal::eachMoveRefusedFromAWrongStatus()
{
    QFETCH(int, index);
    const Case &c = cases().at(index);
    qint64 version = 0;
    const QString request = requestIn(c.wrongStatus, &version);
    const QString user = c.allowed.first();
    // A create "from" accepted: a new request that claims to be accepted already.
    const QJsonObject result = mutate(user, moveMutation(c.move, user, request, c.move == M::Create ? -1 : version, {}));
    QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
    const QJsonObject problem = result.value(u"problem"_s).toObject();
    QCOMPARE(problem.value(u"rule"_s).toString(), RequestWorkflow::moveName(c.move) + u".status"_s);
    QCOMPARE(problem.value(u"status"_s).toInt(), 409);
}

void TestRequestWorkflowPortal::theReportedSelfApprovalIsRefused()
{
    // Issue 13: submitted → accepted → assigned → in progress → completed, all by the authority
    // user, each answered `applied`. Now the first step already names the rule.
    qint64 version = 0;
    const QString request = requestIn(S::Submitted, &version);
    for (const auto &[status, rule] : {std::pair{u"accepted"_s, u"accept.who"_s}, {u"assigned"_s, u"assign.who"_s},
                                       {u"in_progress"_s, u"start.who"_s}, {u"completed"_s, u"complete.who"_s}}) {
        const QJsonObject r = mutate(u"anna"_s, {{u"entity"_s, u"support_request"_s}, {u"id"_s, request},
                                                 {u"op"_s, u"update"_s}, {u"base_version"_s, version},
                                                 {u"fields"_s, QJsonObject{{u"status"_s, status},
                                                                           {u"closing_summary"_s, u"x"_s},
                                                                           {u"assigned_experts"_s, QJsonArray{u"marco"_s}}}}});
        QCOMPARE(r.value(u"status"_s).toString(), u"rejected"_s);
        QVERIFY2(r.value(u"problem"_s).toObject().value(u"rule"_s).toString().endsWith(u".who"_s),
                 QJsonDocument(r).toJson().constData());
    }
    QCOMPARE(get(u"anna"_s, u"/api/v1/support-requests/"_s + request).value(u"status"_s).toString(), u"submitted"_s);
}

void TestRequestWorkflowPortal::historyRecordsWhoAndWhen()
{
    qint64 version = 0;
    const QString request = requestIn(S::Completed, &version);
    const QJsonObject r = get(u"marco"_s, u"/api/v1/support-requests/"_s + request);
    QStringList steps;
    for (const QJsonValue &h : r.value(u"status_history"_s).toArray()) {
        steps << h[u"status"_s].toString() + u':' + h[u"by"_s].toString();
        QVERIFY(!h[u"at"_s].toString().isEmpty());
    }
    QCOMPARE(steps, (QStringList{u"draft:anna"_s, u"submitted:anna"_s, u"accepted:coord"_s, u"assigned:coord"_s,
                                 u"in_progress:marco"_s, u"completed:marco"_s}));
    QCOMPARE(r.value(u"closing_summary"_s).toString(), u"fatto"_s);
    qint64 rejectedVersion = 0;
    const QString rejected = requestIn(S::Rejected, &rejectedVersion);
    const QJsonArray history = get(u"anna"_s, u"/api/v1/support-requests/"_s + rejected).value(u"status_history"_s).toArray();
    QCOMPARE(history.last()[u"reason"_s].toString(), u"fuori ambito"_s);
    QCOMPARE(history.last()[u"by"_s].toString(), u"coord"_s);
}

QTEST_GUILESS_MAIN(TestRequestWorkflowPortal)
#include "tst_requestworkflowportal.moc"
