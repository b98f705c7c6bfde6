// The request commands over a real store: the workflow decides, a refused command changes
// nothing, an allowed one writes row, audit and outbox together; the list's filters and counts,
// the timeline, the timesheet, and the demo's requests in every status.
#include "core/demo/demogenerator.h"
#include "tests/common/storereads.h"
#include "core/requests/requestlistquery.h"
#include "core/requests/requestservice.h"
#include "core/requests/requesttimeline.h"
#include "core/requests/timesheet.h"
#include "core/store/database.h"
#include "core/store/migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestRequestService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    int scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    RequestService as(const QString &who)
    {
        static const QHash<QString, WorkflowActor> people{
            {u"anna"_s, {u"anna"_s, UserRole::Authority, {u"019035"_s}}},
            {u"coord"_s, {u"coord"_s, UserRole::Coordinator, {}}},
            {u"marco"_s, {u"marco"_s, UserRole::Expert, {u"019035"_s}}},
        };
        return RequestService(m_db->connection(), people.value(who));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(u"store.db"_s));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    }

    void refusedCommandsChangeNothing()
    {
        RequestService anna = as(u"anna"_s);
        SupportRequest r;
        r.authorityIstat = u"019035"_s;
        r.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        r.subject = u"Arretrato PdC"_s;
        QVERIFY2(anna.create(&r, true), qPrintable(anna.error()));
        const int outbox = scalar(u"SELECT count(*) FROM outbox"_s);
        const int audit = scalar(u"SELECT count(*) FROM audit_log"_s);
        QVERIFY(!anna.move(r.id, RequestMove::Accept, {}));
        QCOMPARE(anna.rule(), u"accept.who"_s);
        QCOMPARE(anna.error(), u"only the technical secretariat can accept a request"_s);
        RequestService coord = as(u"coord"_s);
        QVERIFY(!coord.move(r.id, RequestMove::Reject, {}));
        QCOMPARE(coord.rule(), u"reject.reason"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), outbox);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s), audit);
        QCOMPARE(testutil::request(m_db->connection(), r.id)->status, RequestStatus::Submitted);
        // Someone else's authority.
        SupportRequest other = r;
        other.id.clear();
        other.authorityIstat = u"019036"_s;
        QVERIFY(!anna.create(&other, false));
        QCOMPARE(anna.rule(), u"create.who"_s);
    }

    void lifeWithVisitsTimelineAndTimesheet()
    {
        RequestService anna = as(u"anna"_s);
        RequestService coord = as(u"coord"_s);
        RequestService marco = as(u"marco"_s);
        SupportRequest r;
        r.authorityIstat = u"019035"_s;
        r.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        r.subject = u"Tempi delle SCIA"_s;
        QVERIFY(anna.create(&r, false));
        QVERIFY(anna.move(r.id, RequestMove::Submit, {}));
        QVERIFY(coord.move(r.id, RequestMove::Accept, {}));
        QVERIFY(coord.move(r.id, RequestMove::Assign, {{}, {u"marco"_s}, {}}));
        QVERIFY(marco.move(r.id, RequestMove::Start, {}));
        // The timeline shows the last local status change as not sent yet.
        const QList<TimelineEntry> timeline = testutil::timeline(m_db->connection(), r.id);
        QVERIFY(!timeline.isEmpty());
        QCOMPARE(timeline.last().text, u"in_progress"_s);
        QVERIFY(timeline.last().pending);
        QCOMPARE(timeline.last().who, u"marco"_s);

        Visit v;
        v.requestId = r.id;
        v.date = QDate(2026, 11, 12);
        v.start = QTime(9, 0);
        v.end = QTime(12, 30);
        v.activities = u"Analisi"_s;
        v.followUpItems = {{u"Inviare la check-list"_s, QDate(2026, 11, 20)}};
        QVERIFY2(marco.logVisit(&v), qPrintable(marco.error()));
        QCOMPARE(v.hours, 3.5);
        Visit late = v;
        late.id.clear();
        late.date = QDate(2026, 11, 25);
        late.start = QTime(14, 0);
        late.end = QTime(13, 0);
        QVERIFY(!marco.logVisit(&late));
        QCOMPARE(marco.rule(), u"log_visit.end"_s);
        late.start = {};
        late.end = {};
        late.hours = 2;
        late.followUpItems.clear();
        QVERIFY(marco.logVisit(&late));
        QVERIFY(!anna.logVisit(&late));
        QCOMPARE(anna.rule(), u"log_visit.who"_s);
        QVERIFY(anna.countersign(v.id, true, {}));
        QVERIFY(!anna.countersign(late.id, false, {}));
        QCOMPARE(anna.rule(), u"dispute_visit.note"_s);
        QVERIFY(anna.countersign(late.id, false, u"Non risulta dal verbale"_s));
        Visit edit = *testutil::visit(m_db->connection(), v.id);
        edit.hours = 5;
        edit.start = {};
        edit.end = {};
        QVERIFY(!marco.logVisit(&edit));
        QCOMPARE(marco.rule(), u"log_visit.confirmed"_s);

        const Timesheet sheet = testutil::timesheet(m_db->connection(), u"marco"_s, QDate(2026, 11, 1));
        QCOMPARE(sheet.rows.size(), 2);
        QCOMPARE(sheet.totalHours(), 5.5);
        QCOMPARE(sheet.confirmedHours(), 3.5);
        QCOMPARE(sheet.rows.at(1).confirmation, VisitConfirmation::Disputed);
        QString error;
        const QString xlsx = m_dir.filePath(u"sheet.xlsx"_s);
        QVERIFY2(writeTimesheetXlsx(sheet, xlsx, &error), qPrintable(error));
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(2), QByteArray("PK"));
        QVERIFY(!QFile::exists(xlsx + u".part"_s));
        QVERIFY(timesheetHtml(sheet).contains(u"12/11/2026"_s));

        // The list: assigned to me, overdue follow-ups, counts per status.
        RequestFilter mine;
        mine.assignedTo = u"marco"_s;
        QCOMPARE(testutil::requestPage(m_db->connection(), mine, 0, 10).size(), 1);
        RequestFilter overdue;
        overdue.overdueFollowUps = true;
        overdue.today = QDate(2026, 11, 21);
        QCOMPARE(testutil::requestPage(m_db->connection(), overdue, 0, 10).size(), 1);
        overdue.today = QDate(2026, 11, 19);
        QCOMPARE(testutil::requestPage(m_db->connection(), overdue, 0, 10).size(), 0);
        const auto counts = testutil::requestCounts(m_db->connection(), {});
        QCOMPARE(counts.value(RequestStatus::InProgress), 1);
        QCOMPARE(counts.value(RequestStatus::Submitted), 1);
        QVERIFY(testutil::requestPage(m_db->connection(), {}, 0, 10).first().unsent);

        QVERIFY(marco.comment(r.id, u"Prossima visita il 25"_s));
        QVERIFY(marco.move(r.id, RequestMove::Complete, {{}, {}, u"Fatto"_s}));
        QVERIFY(!anna.move(r.id, RequestMove::Withdraw, {u"tardi"_s, {}, {}}));
        QCOMPARE(anna.rule(), u"withdraw.status"_s);
    }

    // Version 11 adds the workflow's and the countersignature's columns to a store that has
    // requests and visits: they keep their rows and read back with the defaults.
    void version11KeepsRequestsAndVisits()
    {
        const QString path = m_dir.filePath(u"v10.db"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v9"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QString error;
            QVERIFY2(migrate(raw, &error, 10), qPrintable(error));
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"INSERT INTO task_forces VALUES ('EDILIZIA_URBANISTICA', 'Edilizia', 'Building', 5)"_s));
            QVERIFY(q.exec(u"INSERT INTO authorities (istat, name, kind) VALUES ('019035', 'Crema', 'comune')"_s));
            QVERIFY(q.exec(u"INSERT INTO support_requests (id, authority_istat, task_force_code, kind, subject, status, "
                           "assigned_experts, created_on, version, updated_at) VALUES ('r-1', '019035', "
                           "'EDILIZIA_URBANISTICA', 'technical', 'Vecchia', 'in_progress', '[\"marco\"]', '2024-01-10', 3, 'x')"_s));
            QVERIFY(q.exec(u"INSERT INTO visits (id, request_id, expert, visit_date, hours, mode, version, updated_at) "
                           "VALUES ('v-1', 'r-1', 'marco', '2024-02-01', 2.5, 'remote', 1, 'x')"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v9"_s);
        Database db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        const auto r = testutil::request(db.connection(), u"r-1"_s);
        QVERIFY(r);
        QCOMPARE(r->status, RequestStatus::InProgress);
        QVERIFY(r->statusHistory.isEmpty());
        QVERIFY(r->closingSummary.isEmpty());
        const auto v = testutil::visit(db.connection(), u"v-1"_s);
        QVERIFY(v);
        QCOMPARE(v->hours, 2.5);
        QCOMPARE(v->confirmation, VisitConfirmation::Pending);
        QVERIFY(!v->start.isValid());
        QVERIFY(v->followUpItems.isEmpty());
    }

    void demoTellsTheStory()
    {
        Database demo(m_dir.filePath(u"demo.db"_s));
        QVERIFY(demo.open());
        DemoGenerator generator(demo.connection());
        DemoGenerator::Options options;
        options.cases = 2000;
        options.seed = 7;
        options.asOf = QDate(2026, 12, 3);
        QString error;
        QVERIFY2(generator.run(options, {}, &error), qPrintable(error));
        QSqlDatabase db = demo.connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(DISTINCT status) FROM support_requests"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 8);
        QVERIFY(q.exec(u"SELECT count(*) FROM visits WHERE confirmation = 'confirmed'"_s) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(q.exec(u"SELECT count(*) FROM visits WHERE confirmation = 'pending'"_s) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        RequestFilter overdue;
        overdue.overdueFollowUps = true;
        overdue.today = options.asOf;
        QVERIFY(testutil::requestCount(db, overdue) > 0);
        // Experts belong to the request's task force; every staffed request has a history ending in its status.
        QVERIFY(q.exec(u"SELECT count(*) FROM support_requests WHERE task_force_code = 'EDILIZIA_URBANISTICA' "
                       "AND assigned_experts NOT IN ('[]') AND assigned_experts NOT LIKE '%colombo%' "
                       "AND assigned_experts NOT LIKE '%ferrari%'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        for (const SupportRequest &r : testutil::requests(db)) {
            QVERIFY(!r.statusHistory.isEmpty());
            QCOMPARE(r.statusHistory.last().status, r.status);
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestService)
#include "tst_requestservice.moc"
