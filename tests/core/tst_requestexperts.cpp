// The side table behind "assigned to me" (request_experts, migration 12) stays in step with
// support_requests.assigned_experts on every write path: the application's commands, the sync
// adapter (a pulled change and a pulled deletion), a raw SQL write, the migration of a store that
// already holds requests; and the list's "assigned to me" answers what the JSON says.
#include "core/demo/demogenerator.h"
#include "tests/common/storereads.h"
#include "core/requests/requestlistquery.h"
#include "core/requests/requestservice.h"
#include "core/requests/visitqueries.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/requestcodec.h"
#include "core/store/transaction.h"
#include "core/sync/requestadapter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestRequestExperts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList experts(QSqlDatabase db, const QString &requestId)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT expert FROM request_experts WHERE request_id = ? ORDER BY expert"_s);
        q.addBindValue(requestId);
        q.exec();
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        return names;
    }
    static int scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    // Rows of the side table that the JSON does not say, and JSON entries the side table lacks.
    static int mismatches(QSqlDatabase db)
    {
        return scalar(db, u"SELECT (SELECT count(*) FROM (SELECT expert, request_id FROM request_experts EXCEPT "
                          "SELECT e.value, r.id FROM support_requests r, json_each(r.assigned_experts) e)) + "
                          "(SELECT count(*) FROM (SELECT e.value, r.id FROM support_requests r, "
                          "json_each(r.assigned_experts) e EXCEPT SELECT expert, request_id FROM request_experts))"_s);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void commandsAndSyncKeepTheSideTableInStep()
    {
        Database store(m_dir.filePath(u"paths.db"_s));
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QSqlDatabase db = store.connection();
        RequestService anna(db, {u"anna"_s, UserRole::Authority, {u"019035"_s}});
        RequestService coord(db, {u"coord"_s, UserRole::Coordinator, {}});
        SupportRequest r;
        r.authorityIstat = u"019035"_s;
        r.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        r.subject = u"Arretrato PdC"_s;
        QVERIFY2(anna.create(&r, true), qPrintable(anna.error()));
        QCOMPARE(experts(db, r.id), QStringList());
        QVERIFY2(coord.move(r.id, RequestMove::Accept, {}), qPrintable(coord.error()));
        MoveInput assign;
        assign.experts = {u"marco"_s, u"giulia"_s};
        QVERIFY2(coord.move(r.id, RequestMove::Assign, assign), qPrintable(coord.error()));
        QCOMPARE(experts(db, r.id), (QStringList{u"giulia"_s, u"marco"_s}));
        assign.experts = {u"giulia"_s};
        QVERIFY2(coord.move(r.id, RequestMove::Assign, assign), qPrintable(coord.error()));
        QCOMPARE(experts(db, r.id), QStringList{u"giulia"_s});

        // The expert's form and list read the side table.
        QCOMPARE(testutil::openToVisits(db, u"giulia"_s).size(), 1);
        QCOMPARE(testutil::openToVisits(db, u"marco"_s).size(), 0);
        RequestFilter mine;
        mine.assignedTo = u"giulia"_s;
        QCOMPARE(testutil::requestCount(db, mine), 1);
        QCOMPARE(testutil::requestCounts(db, mine).value(RequestStatus::Assigned), 1);
        mine.assignedTo = u"marco"_s;
        QCOMPARE(testutil::requestCount(db, mine), 0);

        // A change pulled from the portal goes through the sync adapter.
        RequestAdapter adapter(db, u"support_request"_s);
        SupportRequest pulled = *testutil::request(db, r.id);
        pulled.assignedExperts = {u"marco"_s, u"luca"_s};
        QString error;
        {
            Transaction tx(db);
            QVERIFY2(tx.begin(&error), qPrintable(error));
            QVERIFY2(adapter.store(r.id, RequestCodec::toJson(pulled), pulled.version + 1, &error), qPrintable(error));
            QVERIFY2(tx.commit(&error), qPrintable(error));
        }
        QCOMPARE(experts(db, r.id), (QStringList{u"luca"_s, u"marco"_s}));
        mine.assignedTo = u"marco"_s;
        QCOMPARE(testutil::requestCount(db, mine), 1);

        // A raw write (a repair by hand) is followed too; a malformed list assigns nobody and does
        // not fail the write.
        QVERIFY(QSqlQuery(db).exec(u"UPDATE support_requests SET assigned_experts = '[\"sara\"]' WHERE id = '%1'"_s.arg(r.id)));
        QCOMPARE(experts(db, r.id), QStringList{u"sara"_s});
        QVERIFY(QSqlQuery(db).exec(u"UPDATE support_requests SET assigned_experts = 'not json' WHERE id = '%1'"_s.arg(r.id)));
        QCOMPARE(experts(db, r.id), QStringList());
        QVERIFY(QSqlQuery(db).exec(u"UPDATE support_requests SET assigned_experts = '[\"sara\"]' WHERE id = '%1'"_s.arg(r.id)));

        // A deletion pulled from the portal takes the request's rows with it.
        {
            Transaction tx(db);
            QVERIFY2(tx.begin(&error), qPrintable(error));
            QVERIFY2(adapter.remove(r.id, &error), qPrintable(error));
            QVERIFY2(tx.commit(&error), qPrintable(error));
        }
        QCOMPARE(scalar(db, u"SELECT count(*) FROM request_experts"_s), 0);
    }

    void migrationFillsTheTableFromAStoreWithRequests()
    {
        const QString path = m_dir.filePath(u"old.db"_s);
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QString error;
            QVERIFY2(migrate(old, &error, 11), qPrintable(error));
            QSqlQuery q(old);
            QVERIFY(q.prepare(u"INSERT INTO support_requests (id, authority_istat, task_force_code, kind, subject, status, "
                              "assigned_experts, created_on, updated_at) VALUES (?, '019035', ?, 'technical', 's', "
                              "'assigned', ?, '2026-11-01', '')"_s));
            const QStringList lists{u"[\"marco\"]"_s, u"[\"marco\",\"giulia\",\"marco\"]"_s, u"[]"_s, u"broken"_s};
            // A raw connection: no foreign keys enforced, no reference data needed.
            const QString code = u"EDILIZIA_URBANISTICA"_s;
            for (int i = 0; i < lists.size(); ++i) {
                q.addBindValue(u"r-%1"_s.arg(i));
                q.addBindValue(code);
                q.addBindValue(lists.at(i));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QCOMPARE(scalar(old, u"SELECT count(*) FROM sqlite_master WHERE name = 'request_experts'"_s), 0);
            old.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        Database store(path);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QSqlDatabase db = store.connection();
        QCOMPARE(schemaVersion(db), kCurrentSchemaVersion);
        QCOMPARE(experts(db, u"r-0"_s), QStringList{u"marco"_s});
        QCOMPARE(experts(db, u"r-1"_s), (QStringList{u"giulia"_s, u"marco"_s}));
        QCOMPARE(experts(db, u"r-2"_s), QStringList());
        QCOMPARE(experts(db, u"r-3"_s), QStringList());
    }

    void assignedToMeMatchesTheJsonOnTheDemo()
    {
        Database store(m_dir.filePath(u"demo.db"_s));
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QSqlDatabase db = store.connection();
        DemoGenerator::Options options;
        options.cases = 200;
        QString error;
        QVERIFY2(DemoGenerator(db).run(options, {}, &error), qPrintable(error));
        QVERIFY(scalar(db, u"SELECT count(*) FROM request_experts"_s) > 0);
        QCOMPARE(mismatches(db), 0);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT DISTINCT e.value FROM support_requests r, json_each(r.assigned_experts) e"_s));
        while (q.next()) {
            RequestFilter mine;
            mine.assignedTo = q.value(0).toString();
            QCOMPARE(testutil::requestCount(db, mine),
                     scalar(db, u"SELECT count(*) FROM support_requests r WHERE EXISTS (SELECT 1 FROM "
                                "json_each(r.assigned_experts) e WHERE e.value = '%1')"_s.arg(mine.assignedTo)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestExperts)
#include "tst_requestexperts.moc"
