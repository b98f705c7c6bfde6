// A read of the store that fails is reported as a failure, never taken for an empty answer (an
// empty outbox, no history, no cursor, not signed in). Each reader runs against a real store file
// whose table it reads is made unreadable: renamed away, or its reads denied by SQLite's
// authorizer on that connection (tests/common/deniedtable).
#include "tests/common/deniedtable.h"

#include "core/store/auditlog.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/outbox.h"
#include "core/store/sql.h"
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
