// A read of the store that fails is reported as a failure, never taken for an empty answer (an
// empty outbox, no history, no cursor, not signed in). Each reader runs against a real store file
// whose table it reads is made unreadable: renamed away, or its reads denied by SQLite's
// authorizer on that connection (tests/common/deniedtable).
#include "tests/common/deniedtable.h"
#include "tests/common/storereads.h"

#include "core/indicators/dashboardfigures.h"
#include "core/indicators/indicatorengine.h"
#include "core/indicators/indicatorscope.h"
#include "core/indicators/targets.h"
#include "core/requests/requestdesk.h"
#include "core/requests/requestlistquery.h"
#include "core/requests/requesttimeline.h"
#include "core/requests/timesheet.h"
#include "core/requests/visitqueries.h"
#include "core/store/auditlog.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/outbox.h"
#include "core/store/referencestore.h"
#include "core/store/requeststore.h"
#include "core/store/sql.h"
#include "core/store/transaction.h"
#include "core/sync/casefileadapter.h"
#include "core/sync/documentadapter.h"
#include "core/sync/requestadapter.h"
#include "core/sync/conflictstore.h"
#include "core/sync/rejectionstore.h"
#include "core/sync/synclog.h"
#include "core/sync/syncreport.h"
#include "core/sync/syncstate.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;
using testutil::DeniedTable;

class TestFailedReads : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    // A store with one case file, one edit of it in the outbox and the audit trail, one sync
    // log line, a cursor and an account: every reader below has something to find.
    std::unique_ptr<Database> storeWithData(QString *caseId)
    {
        auto db = std::make_unique<Database>(m_dir.filePath(u"reads-%1.db"_s.arg(++m_stores)));
        if (!db->open())
            return nullptr;
        CaseFile c;
        c.authorityIstat = u"019002"_s;
        c.procedureCode = u"PDC"_s;
        c.protocolNumber = u"R-1"_s;
        c.startDate = QDate(2023, 3, 1);
        QString error;
        if (!CaseFileStore(db->connection()).insert(&c, EditContext::local(), &error))
            return nullptr;
        *caseId = c.id;
        SyncState state(db->connection());
        if (!state.setValue(QString::fromUtf16(SyncState::kCursor), u"c-42"_s, &error)
            || !state.setValue(u"account"_s, u"anna"_s, &error)
            || !SyncLog(db->connection()).write(SyncLog::Level::Info, u"hello"_s, &error))
            return nullptr;
        return db;
    }

    // The store above plus what the request readers read: a request with a visit, a message and
    // a document, and the case's suspension period.
    struct Records
    {
        QString caseId, requestId, visitId, messageId, documentId, sha256;
    };
    std::unique_ptr<Database> storeWithRecords(Records *r)
    {
        auto db = storeWithData(&r->caseId);
        if (!db)
            return nullptr;
        QString error;
        CaseFileStore cases(db->connection());
        std::optional<CaseFile> c;
        if (!cases.find(r->caseId, &c, &error) || !c)
            return nullptr;
        c->suspensions << Suspension{QDate(2023, 3, 10), QDate(2023, 3, 20), u"pareri"_s, 0};
        if (!cases.update(*c, EditContext::local(), &error))
            return nullptr;
        RequestStore requests(db->connection());
        SupportRequest request;
        request.authorityIstat = u"019035"_s;
        request.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        request.subject = u"Arretrato"_s;
        if (!requests.saveRequest(&request, EditContext::local(), &error))
            return nullptr;
        Visit visit;
        visit.requestId = request.id;
        visit.expert = u"marco"_s;
        visit.date = QDate(2026, 11, 12);
        visit.hours = 2;
        RequestMessage message;
        message.requestId = request.id;
        message.author = u"anna"_s;
        message.body = u"Ciao"_s;
        if (!requests.saveVisit(&visit, EditContext::local(), &error)
            || !requests.addMessage(&message, EditContext::local(), &error))
            return nullptr;
        RequestDocument document;
        document.requestId = request.id;
        document.fileName = u"verbale.pdf"_s;
        document.mediaType = u"application/pdf"_s;
        Transaction tx(db->connection());
        if (!tx.begin(&error)
            || !DocumentStore(db->connection())
                    .addInTransaction(&document, QByteArray("%PDF-1.4 verbale"), EditContext::local(), &error)
            || !tx.commit(&error))
            return nullptr;
        *r = {r->caseId, request.id, visit.id, message.id, document.id, document.sha256};
        return db;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The helper every store class runs its SQL through names the failure and the statement.
    void theHelperSaysWhatFailed()
    {
        QString id;
        auto db = storeWithData(&id);
        QVERIFY(db);
        QString error;
        QVariant value;
        QVERIFY(!sql::scalar(db->connection(), u"SELECT count(*) FROM no_such_table"_s, &value, &error));
        QVERIFY2(error.contains(u"no_such_table"_s), qPrintable(error));
        QVERIFY(!sql::run(db->connection(), u"UPDATE no_such_table SET x = ?"_s, {1}, &error));
        QVERIFY2(error.contains(u"no_such_table"_s), qPrintable(error));
        // A query that returns no row where one was expected is a failure too.
        QVERIFY(!sql::scalar(db->connection(), u"SELECT 1 WHERE 0"_s, &value, &error));
        QVERIFY(sql::scalar(db->connection(), u"SELECT count(*) FROM case_files"_s, &value, &error));
        QCOMPARE(value.toInt(), 1);
        // Stepping that fails after the first row (as a busy or damaged store does) stops next()
        // the way the last row does: the helpers tell the two apart.
        const QString failsOnSecondRow =
            u"WITH t(x) AS (VALUES (1), (2)) SELECT CASE WHEN x = 1 THEN x ELSE json('not json') END FROM t"_s;
        QList<int> rows;
        error.clear();
        QVERIFY(!sql::list(db->connection(), failsOnSecondRow, {}, &rows, &error,
                           [](const QSqlQuery &q) { return q.value(0).toInt(); }));
        QVERIFY(rows.isEmpty());
        QVERIFY2(error.contains(u"JSON"_s, Qt::CaseInsensitive), qPrintable(error));
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        QVERIFY(sql::exec(q, failsOnSecondRow, &error));
        QVERIFY(q.next());
        QVERIFY(!q.next());
        QVERIFY(!sql::finished(q, &error));
    }

    void historyOfARenamedAuditTrail()
    {
        QString id;
        auto db = storeWithData(&id);
        QVERIFY(db);
        QList<AuditLog::Entry> entries;
        QString error;
        QVERIFY2(AuditLog(db->connection()).history(u"case_file"_s, id, &entries, &error), qPrintable(error));
        QVERIFY(!entries.isEmpty());
        QVERIFY(sql::run(db->connection(), u"ALTER TABLE audit_log RENAME TO audit_log_gone"_s, &error));
        QVERIFY(!AuditLog(db->connection()).history(u"case_file"_s, id, &entries, &error));
        QVERIFY2(error.contains(u"audit_log"_s), qPrintable(error));
    }

    void outboxThatCannotBeRead()
    {
        QString id;
        auto db = storeWithData(&id);
        QVERIFY(db);
        const Outbox outbox(db->connection());
        QList<OutboxEntry> entries;
        qint64 count = -1;
        QString error;
        QVERIFY2(outbox.pending(10, &entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 1);
        DeniedTable denied(db->connection(), "outbox");
        error.clear();
        QVERIFY(!outbox.pending(10, &entries, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(entries.isEmpty());
        error.clear();
        QVERIFY(!outbox.count(&count, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!outbox.retrying(10, &entries, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(denied.denied() >= 3);
    }

    // Read as "no cursor", an unreadable sync_state would pull everything again; as "no
    // account", it would look signed out.
    void syncStateThatCannotBeRead()
    {
        QString id;
        auto db = storeWithData(&id);
        QVERIFY(db);
        const SyncState state(db->connection());
        QString error;
        QCOMPARE(state.value(QString::fromUtf16(SyncState::kCursor), &error), std::optional<QString>(u"c-42"_s));
        QCOMPARE(state.value(u"never-set"_s, &error), std::optional<QString>(QString()));
        DeniedTable denied(db->connection(), "sync_state");
        QVERIFY(!state.value(QString::fromUtf16(SyncState::kCursor), &error));
        QVERIFY(!error.isEmpty());
        std::optional<SyncState::Base> base;
        qint64 version = -1;
        DeniedTable deniedBase(db->connection(), "sync_base");
        error.clear();
        QVERIFY(!state.base(u"case_file"_s, id, &base, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!state.baseVersion(u"case_file"_s, id, &version, &error));
        QVERIFY(!error.isEmpty());
    }

    void logConflictsAndRefusalsThatCannotBeRead()
    {
        QString id;
        auto db = storeWithData(&id);
        QVERIFY(db);
        QString error;
        QList<SyncLog::Entry> log;
        QVERIFY2(SyncLog(db->connection()).recent(5, &log, &error), qPrintable(error));
        QCOMPARE(log.size(), 1);
        QVERIFY(sql::run(db->connection(), u"ALTER TABLE sync_log RENAME TO sync_log_gone"_s, &error));
        QVERIFY(!SyncLog(db->connection()).recent(5, &log, &error));
        QVERIFY2(error.contains(u"sync_log"_s), qPrintable(error));
        // Writing to it fails loudly too.
        QVERIFY(!SyncLog(db->connection()).write(SyncLog::Level::Info, u"lost"_s, &error));

        const ConflictStore conflicts(db->connection(), [](const QString &) { return nullptr; });
        QList<ConflictStore::Conflict> open;
        qint64 count = -1;
        {
            DeniedTable denied(db->connection(), "sync_conflicts");
            error.clear();
            QVERIFY(!conflicts.open(&open, &error));
            QVERIFY(!error.isEmpty());
            error.clear();
            QVERIFY(!conflicts.openCount(&count, &error));
            QVERIFY(!error.isEmpty());
            // Resolving reads the conflict first: a failed read is not "no such conflict".
            error.clear();
            QVERIFY(!ConflictStore(db->connection(), [](const QString &) { return nullptr; })
                         .resolve(1, ConflictStore::Choice::Mine, &error));
            QVERIFY2(!error.startsWith(u"No open conflict"_s), qPrintable(error));
        }
        QVERIFY2(conflicts.openCount(&count, &error), qPrintable(error));
        QCOMPARE(count, 0);

        const RejectionStore rejections(db->connection());
        QList<RejectionStore::Rejection> refused;
        DeniedTable denied(db->connection(), "sync_rejections");
        error.clear();
        QVERIFY(!rejections.list(&refused, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!rejections.count(&count, &error));
        QVERIFY(!error.isEmpty());
    }

    // A case file read without its suspension periods would look shorter than it is; a count
    // that cannot be read is not zero (the desktop would fill the store with demo data).
    void caseFilesThatCannotBeRead()
    {
        Records r;
        auto db = storeWithRecords(&r);
        QVERIFY(db);
        const CaseFileStore store(db->connection());
        std::optional<CaseFile> found;
        qint64 count = -1;
        QString error;
        QVERIFY2(store.find(r.caseId, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(found->suspensions.size(), 1);
        const std::optional<CaseFile> before = found;
        {
            DeniedTable denied(db->connection(), "case_suspensions");
            error.clear();
            QVERIFY(!store.find(r.caseId, &found, &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(!found);
            // An edit reads the case first: it fails with the reason, not "does not exist".
            CaseFile edited = *before;
            edited.notes = u"changed"_s;
            error.clear();
            QVERIFY(!CaseFileStore(db->connection()).update(edited, EditContext::local(), &error));
            QVERIFY2(!error.contains(u"does not exist"_s) && !error.isEmpty(), qPrintable(error));
        }
        {
            DeniedTable denied(db->connection(), "case_files");
            error.clear();
            QVERIFY(!store.count(&count, &error));
            QVERIFY(!error.isEmpty());
            error.clear();
            QVERIFY(!store.findByProtocol(u"019002"_s, u"R-1"_s, &found, &error));
            QVERIFY(!error.isEmpty());
            error.clear();
        }
        QVERIFY2(store.count(&count, &error), qPrintable(error));
        QCOMPARE(count, 1);
        // Without the authority list a write is refused with the reason, not "unknown authority".
        DeniedTable denied(db->connection(), "authorities");
        CaseFile another = *testutil::caseFile(db->connection(), r.caseId);
        another.id.clear();
        another.protocolNumber = u"R-2"_s;
        error.clear();
        QVERIFY(!CaseFileStore(db->connection()).insert(&another, EditContext::local(), &error));
        QVERIFY2(!error.contains(u"unknown authority"_s), qPrintable(error));
        QVERIFY(denied.denied() > 0);
    }

    void workspaceReadsSayWhy()
    {
        QString id;
        auto db = storeWithData(&id);
        QVERIFY(db);
        const QString path = db->path();
        db.reset();
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->caseFileCount(&error), 1);
        DeniedTable denied(ws->store().connection(), "case_files");
        error.clear();
        QCOMPARE(ws->caseFileCount(&error), -1);
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!ws->caseFile(id, &error));
        QVERIFY(!error.isEmpty());
        DeniedTable deniedAuthorities(ws->store().connection(), "authorities");
        error.clear();
        QVERIFY(ws->authorities(&error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    // An unreadable catalogue is not an empty one: every procedure would look unknown and
    // every figure would be zero.
    void referenceAndTargetsThatCannotBeRead_data()
    {
        QTest::addColumn<QByteArray>("table");
        QTest::newRow("authorities") << QByteArray("authorities");
        QTest::newRow("task_forces") << QByteArray("task_forces");
        QTest::newRow("procedure_types") << QByteArray("procedure_types");
        QTest::newRow("procedure_terms") << QByteArray("procedure_terms");
    }
    void referenceAndTargetsThatCannotBeRead()
    {
        QFETCH(QByteArray, table);
        QString id;
        auto db = storeWithData(&id);
        QVERIFY(db);
        const ReferenceStore reference(db->connection());
        DeniedTable denied(db->connection(), table.constData());
        QString error;
        bool failed = false;
        if (table == "authorities") {
            QList<Authority> list;
            failed = !reference.authorities(&list, &error);
            IndicatorScope scope;
            scope.provinceCode = u"CR"_s;
            std::optional<QStringList> chosen;
            QString scopeError;
            QVERIFY(!scopeAuthorities(db->connection(), scope, &chosen, &scopeError));
            QVERIFY(!scopeError.isEmpty());
        } else if (table == "task_forces") {
            QList<TaskForce> list;
            failed = !reference.taskForces(&list, &error);
        } else {
            QList<ProcedureType> list;
            QHash<QString, ProcedureType> byCode;
            failed = !reference.procedureTypes(&list, &error);
            QString byCodeError;
            QVERIFY(!reference.procedureTypesByCode(&byCode, &byCodeError));
            QVERIFY(list.isEmpty() && byCode.isEmpty());
        }
        QVERIFY(failed);
        QVERIFY2(error.contains(QString::fromLatin1(table)) || !error.isEmpty(), qPrintable(error));
        if (table != "authorities") {
            // The indicators say so instead of computing zeros.
            QString engineError;
            IndicatorEngine(db->connection()).compute({}, &engineError);
            QVERIFY(!engineError.isEmpty());
        }
    }

    void targetsThatCannotBeRead()
    {
        QString id;
        auto db = storeWithData(&id);
        QVERIFY(db);
        DeniedTable denied(db->connection(), "targets");
        std::optional<Target> target;
        QList<Target> all;
        QString error;
        QVERIFY(!TargetStore(db->connection()).find(u"LOM"_s, u"*"_s, &target, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!TargetStore(db->connection()).all(&all, &error));
        QVERIFY(!error.isEmpty());
        IndicatorScope scope;
        scope.asOf = QDate(2026, 1, 15);
        const DashboardFigures figures = DashboardBuilder(db->connection()).build(scope, true);
        QVERIFY(!figures.error.isEmpty());
    }

    // The sync engine asks every adapter for the local record and its version: a failed read
    // taken for "not here" (-1) would insert over it, or drop the portal's version.
    void adaptersThatCannotRead_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QByteArray>("table");
        QTest::newRow("case_file") << u"case_file"_s << QByteArray("case_files");
        QTest::newRow("support_request") << u"support_request"_s << QByteArray("support_requests");
        QTest::newRow("visit") << u"visit"_s << QByteArray("visits");
        QTest::newRow("request_message") << u"request_message"_s << QByteArray("request_messages");
        QTest::newRow("request_document") << u"request_document"_s << QByteArray("request_documents");
    }
    void adaptersThatCannotRead()
    {
        QFETCH(QString, entity);
        QFETCH(QByteArray, table);
        Records r;
        auto db = storeWithRecords(&r);
        QVERIFY(db);
        std::unique_ptr<SyncEntityAdapter> adapter;
        QString id;
        if (entity == u"case_file") {
            adapter = std::make_unique<CaseFileAdapter>(db->connection());
            id = r.caseId;
        } else if (entity == u"request_document") {
            adapter = std::make_unique<DocumentAdapter>(db->connection());
            id = r.documentId;
        } else {
            adapter = std::make_unique<RequestAdapter>(db->connection(), entity);
            id = entity == u"support_request" ? r.requestId : entity == u"visit" ? r.visitId : r.messageId;
        }
        QCOMPARE(adapter->entity(), entity);
        qint64 version = -2;
        std::optional<QJsonObject> data;
        QString error;
        QVERIFY2(adapter->localVersion(id, &version, &error), qPrintable(error));
        QCOMPARE(version, 0);
        QVERIFY2(adapter->load(id, &data, &error), qPrintable(error));
        QVERIFY(data);
        QVERIFY2(adapter->localVersion(u"not-here"_s, &version, &error), qPrintable(error));
        QCOMPARE(version, -1);
        DeniedTable denied(db->connection(), table.constData());
        error.clear();
        QVERIFY(!adapter->localVersion(id, &version, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!adapter->load(id, &data, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!adapter->remove(id, &error));
        QVERIFY(!error.isEmpty());
        QStringList ids;
        error.clear();
        QVERIFY(!adapter->syncedIds(&ids, &error));
        QVERIFY(!error.isEmpty());
    }

    void requestsVisitsAndDocumentsThatCannotBeRead()
    {
        Records r;
        auto db = storeWithRecords(&r);
        QVERIFY(db);
        QSqlDatabase c = db->connection();
        const RequestStore store(c);
        const DocumentStore documents(c);
        QString error;
        std::optional<SupportRequest> request;
        std::optional<Visit> visit;
        std::optional<RequestDocument> document;
        std::optional<QByteArray> content;
        QList<Visit> visits;
        QList<RequestMessage> messages;
        QList<RequestDocument> documentList;
        QList<TimelineEntry> timeline;
        QList<VisitLogRow> log;
        QList<RequestRow> rows;
        Timesheet sheet;
        int count = -1;
        // Everything is readable first (the same calls succeed), so the failures below are the
        // denied tables' doing.
        QVERIFY2(store.findVisit(r.visitId, &visit, &error) && visit, qPrintable(error));
        QVERIFY2(requestTimeline(c, r.requestId, &timeline, &error) && timeline.size() >= 2, qPrintable(error));
        QVERIFY2(documents.documents(r.requestId, &documentList, &error) && documentList.size() == 1, qPrintable(error));
        QVERIFY2(buildTimesheet(c, u"marco"_s, QDate(2026, 11, 1), &sheet, &error) && sheet.rows.size() == 1,
                 qPrintable(error));
        {
            DeniedTable denied(c, "visits");
            const auto fails = [&](bool ok) {
                const bool said = !ok && !error.isEmpty();
                error.clear();
                return said;
            };
            QVERIFY(fails(store.findVisit(r.visitId, &visit, &error)));
            QVERIFY(fails(store.visits(r.requestId, &visits, &error)));
            QVERIFY(fails(requestTimeline(c, r.requestId, &timeline, &error)));
            QVERIFY(fails(visitLog(c, VisitFilter{u"marco"_s, {}, {}, {}, {}}, &log, &error)));
            QVERIFY(fails(buildTimesheet(c, u"marco"_s, QDate(2026, 11, 1), &sheet, &error)));
            QVERIFY(sheet.rows.isEmpty());
            // The desk hands the reason to the views.
            QVERIFY(RequestDesk(c).visits(VisitFilter{}, &error).isEmpty());
            QVERIFY(fails(false));
        }
        {
            DeniedTable denied(c, "request_messages");
            QVERIFY(!store.messages(r.requestId, &messages, &error) && !error.isEmpty());
            error.clear();
        }
        {
            DeniedTable denied(c, "support_requests");
            QVERIFY(!store.findRequest(r.requestId, &request, &error) && !error.isEmpty());
            error.clear();
            QVERIFY(!RequestListQuery(c).count({}, &count, &error) && !error.isEmpty());
            error.clear();
            QVERIFY(!RequestListQuery(c).page({}, 0, 10, &rows, &error) && !error.isEmpty());
            error.clear();
            QHash<RequestStatus, int> counts;
            QVERIFY(!RequestListQuery(c).countsByStatus({}, &counts, &error) && !error.isEmpty());
            error.clear();
            QList<RequestChoice> choices;
            QVERIFY(!requestsOpenToVisits(c, u"marco"_s, &choices, &error) && !error.isEmpty());
            error.clear();
            QVERIFY(!RequestDesk(c).request(r.requestId, &error));
            QVERIFY(!error.isEmpty());
            error.clear();
        }
        {
            DeniedTable denied(c, "request_documents");
            QVERIFY(!documents.find(r.documentId, &document, &error) && !error.isEmpty());
            error.clear();
            QVERIFY(!documents.documents(r.requestId, &documentList, &error) && !error.isEmpty());
            error.clear();
            QVERIFY(!documents.missingContent(&documentList, &error) && !error.isEmpty());
            error.clear();
        }
        {
            DeniedTable denied(c, "document_blobs");
            QVERIFY(!documents.content(r.sha256, &content, &error) && !error.isEmpty());
            error.clear();
            bool flag = false;
            QVERIFY(!documents.hasContent(r.sha256, &flag, &error) && !error.isEmpty());
            error.clear();
            QVERIFY(!documents.isUploaded(r.sha256, &flag, &error) && !error.isEmpty());
            error.clear();
        }
        {
            DeniedTable denied(c, "outbox");
            DocumentStore::State state = DocumentStore::State::OnThePortal;
            QVERIFY(!documents.state(documentList.value(0), &state, &error) && !error.isEmpty());
            error.clear();
        }
        {
            DeniedTable denied(c, "authorities");
            QString name;
            QVERIFY(!authorityName(c, u"019035"_s, &name, &error) && !error.isEmpty());
        }
    }

    // passctl status's report, and the status bar's figures, say that the store could not be
    // read instead of showing an empty outbox.
    void reportsThatCannotBeRead()
    {
        QString id;
        auto db = storeWithData(&id);
        QVERIFY(db);
        SyncReport report;
        QString error;
        QVERIFY2(SyncReport::read(db->connection(), &report, &error), qPrintable(error));
        QCOMPARE(report.waiting, 1);
        QCOMPARE(report.cursor, u"c-42"_s);
        {
            DeniedTable denied(db->connection(), "outbox");
            QVERIFY(!SyncReport::read(db->connection(), &report, &error));
            QVERIFY(!error.isEmpty());
        }
        const QString path = db->path();
        db.reset();
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(ws->sync()->isSignedIn());
        QCOMPARE(ws->sync()->status().outbox, 1);
        QVERIFY(ws->sync()->status().readError.isEmpty());
        DeniedTable denied(ws->store().connection(), "sync_state");
        QVERIFY(!ws->sync()->isSignedIn(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ws->sync()->status().readError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFailedReads)
#include "tst_failedreads.moc"
