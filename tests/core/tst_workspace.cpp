#include "core/demo/demogenerator.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"

#include <QSignalSpy>
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
