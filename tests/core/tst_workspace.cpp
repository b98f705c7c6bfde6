#include "core/demo/demogenerator.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/changetracker.h"
#include "core/store/transaction.h"
#include "core/sync/synclog.h"
#include "core/sync/syncstate.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace pass;
using Entity = ChangeSet::Entity;

namespace {

CaseFile newCase(const QString &protocol)
{
    CaseFile c;
    c.authorityIstat = u"019002"_s;
    c.procedureCode = u"PDC"_s;
    c.protocolNumber = protocol;
    c.startDate = QDate(2023, 3, 1);
    return c;
}

// Everything announced since the spy started, merged.
ChangeSet merged(const QSignalSpy &spy)
{
    ChangeSet all;
    for (const QList<QVariant> &args : spy)
        all.merge(args.at(0).value<ChangeSet>());
    return all;
}

} // namespace

// The workspace announces every committed write, by any writer and thread, and nothing that was
// rolled back.
class TestWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Workspace> openWorkspace()
    {
        QString error;
        auto ws = Workspace::open(m_dir.filePath(u"ws-%1.db"_s.arg(++m_stores)), &error);
        if (!ws)
            qWarning("%s", qPrintable(error));
        return ws;
    }

private slots:
    void localEditNamesTheCase()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        QSignalSpy changed(ws.get(), &Workspace::changed);
        CaseFile c = newCase(u"W-1"_s);
        QString error;
        QVERIFY2(ws->saveCaseFile(&c, &error), qPrintable(error));
        QVERIFY(changed.wait(5000));
        const ChangeSet changes = changed.first().at(0).value<ChangeSet>();
        QVERIFY2(changes.contains(Entity::CaseFile, c.id), qPrintable(changes.toString()));
        QVERIFY(!changes.isMany(Entity::CaseFile));
        QVERIFY(changes.touches(Entity::Outbox));  // the edit waits to be sent
        QVERIFY(changes.touches(Entity::Audit));
        QCOMPARE(ws->caseFileCount(), 1);

        QVERIFY(ws->removeCaseFile(c.id, &error));
        QTRY_VERIFY(merged(changed).hasRemovals(Entity::CaseFile));
    }

    void rolledBackWritesAreNotAnnounced()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        ws->setChangeInterval(0);
        QSignalSpy changed(ws.get(), &Workspace::changed);
        QSqlDatabase db = ws->store().connection();
        CaseFile lost = newCase(u"LOST"_s);
        {
            Transaction tx(db);
            QString error;
            QVERIFY(tx.begin(&error));
            QVERIFY2(CaseFileStore(db).insertInTransaction(&lost, EditContext::local(), &error), qPrintable(error));
            tx.rollback();
        }
        CaseFile kept = newCase(u"KEPT"_s);
        QString error;
        QVERIFY(ws->saveCaseFile(&kept, &error));
        QTRY_VERIFY(merged(changed).contains(Entity::CaseFile, kept.id));
        QVERIFY(!merged(changed).contains(Entity::CaseFile, lost.id));
        QCOMPARE(merged(changed).ids(Entity::CaseFile).size(), 1);
    }

    // A bulk writer on another thread (as an import or a sync runs) is announced in the GUI
    // thread, as "many" once it writes more than ChangeSet::kMaxIds records.
    void workerThreadBulkWriteIsMany()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        QSignalSpy changed(ws.get(), &Workspace::changed);
        Database *store = &ws->store();
        bool ok = false;
        QString error;
        QThread *worker = QThread::create([store, &ok, &error] {
            DemoGenerator::Options options;
            options.cases = 3000;
            options.withRequests = true;
            ok = DemoGenerator(store->connection()).run(options, {}, &error);
            store->releaseConnection();
        });
        worker->start();
        QVERIFY(worker->wait(120000));
        delete worker;
        QVERIFY2(ok, qPrintable(error));
        QTRY_VERIFY(merged(changed).isMany(Entity::CaseFile));
        QVERIFY(merged(changed).touches(Entity::SupportRequest));
        QVERIFY(QThread::currentThread() == ws->thread());
    }

    // A write made outside a Transaction (sync_state, sync_log, a single UPDATE) commits by
    // itself, and is announced right after that commit, not with the next transaction's: a view
    // that reads on the announcement sees the write.
    void writesOutsideATransactionAreAnnouncedAtOnce()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        ws->setChangeInterval(0);
        CaseFile c = newCase(u"A-1"_s);
        QString error;
        QVERIFY(ws->saveCaseFile(&c, &error));
        QSignalSpy changed(ws.get(), &Workspace::changed);
        QVERIFY(changed.wait(5000));
        changed.clear();

        QString seen;
        connect(ws.get(), &Workspace::changed, this, [&] {
            seen = SyncState(ws->store().connection()).value(u"probe"_s, &error).value_or(u"unreadable"_s);
        });
        QVERIFY2(SyncState(ws->store().connection()).setValue(u"probe"_s, u"1"_s, &error), qPrintable(error));
        QVERIFY(changed.wait(5000));
        QVERIFY(merged(changed).touches(Entity::SyncState));
        QCOMPARE(seen, u"1"_s);

        // On a worker thread's connection, as the sync writes its log.
        changed.clear();
        Database *store = &ws->store();
        QThread *worker = QThread::create([store] {
            SyncLog(store->connection()).write(SyncLog::Level::Info, u"from a worker"_s);
            store->releaseConnection();
        });
        worker->start();
        QVERIFY(worker->wait(60000));
        delete worker;
        QVERIFY(changed.wait(5000));
        QVERIFY(merged(changed).touches(Entity::SyncLog));

        // A single statement on a watched table with ids: the id is named.
        changed.clear();
        QSqlQuery q(ws->store().connection());
        QVERIFY(q.exec(u"UPDATE case_files SET notes = 'by hand' WHERE id = '%1'"_s.arg(c.id)));
        QVERIFY(changed.wait(5000));
        QVERIFY(merged(changed).contains(Entity::CaseFile, c.id));
    }

    // The tracker runs SQLite's automatic checkpoints in place of SQLite's own hook: the WAL of
    // a store written commit after commit stays bounded (and unbounded with checkpoints off).
    void trackedConnectionsStillCheckpoint()
    {
        qint64 walBytes[2] = {};
        for (int pages : {0, 8}) {
            auto ws = openWorkspace();
            QVERIFY(ws);
            QSqlDatabase db = ws->store().connection();
            ChangeTracker::setAutocheckpoint(db, pages);
            QString error;
            for (int i = 0; i < 200; ++i) {
                QVERIFY2(SyncState(db).setValue(u"k%1"_s.arg(i), QString(2000, u'x'), &error), qPrintable(error));
            }
            walBytes[pages ? 1 : 0] = QFileInfo(ws->store().path() + u"-wal"_s).size();
        }
        QVERIFY2(walBytes[1] * 4 < walBytes[0], qPrintable(u"%1 vs %2"_s.arg(walBytes[1]).arg(walBytes[0])));
    }

    // Writes that follow each other closely reach the views as one announcement.
    void burstsAreCoalesced()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        ws->setChangeInterval(60000); // nothing after the first until the minute is over
        QSignalSpy changed(ws.get(), &Workspace::changed);
        CaseFile first = newCase(u"B-1"_s);
        QString error;
        QVERIFY(ws->saveCaseFile(&first, &error));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.size(), 1);
        CaseFile second = newCase(u"B-2"_s), third = newCase(u"B-3"_s);
        QVERIFY(ws->saveCaseFile(&second, &error));
        QVERIFY(ws->saveCaseFile(&third, &error));
        // Their announcements have arrived (posted events) but are held back until the interval
        // is over.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(changed.size(), 1);
    }

    // File → Open, start-up and passctl share one open policy; a store without a sign-in
    // starts no sync, and reports itself offline.
    void focusAuthorityIsAnnouncedOnceAChange()
    {
        auto ws = openWorkspace();
        QSignalSpy focus(ws.get(), &Workspace::focusAuthorityChanged);
        QVERIFY(ws->focusAuthority().isEmpty());
        ws->setFocusAuthority(u"019035"_s);
        ws->setFocusAuthority(u"019035"_s); // the same again: nothing to say
        QCOMPARE(focus.size(), 1);
        QCOMPARE(focus.at(0).at(0).toString(), u"019035"_s);
        ws->setFocusAuthority({});
        QCOMPARE(focus.size(), 2);
        QVERIFY(ws->focusAuthority().isEmpty());
    }

    void offlineWithoutSignIn()
    {
        auto ws = openWorkspace();
        QVERIFY(ws);
        ws->sync()->start();
        QVERIFY(!ws->sync()->isRunning());
        const pass::SyncSummary status = ws->sync()->status();
        QVERIFY(status.account.isEmpty());
        QCOMPARE(status.outbox, 0);
        QCOMPARE(status.conflicts, 0);
        QVERIFY(!status.lastSync.isValid());
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
