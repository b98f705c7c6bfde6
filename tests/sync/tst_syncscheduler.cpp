#include "fakeportal.h"
#include "tests/common/storereads.h"

#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/sync/syncscheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// How long a step may take on a loaded machine before the test calls it hung: the QTRY macros
// return as soon as the condition holds, so this is a bound, never a wait.
constexpr int kHungMs = 300000;
using namespace pass;

// The scheduler runs cycles in its worker thread, reports progress and results as signals,
// coalesces requests made during a cycle, and stops on cancel.
class TestSyncScheduler : public QObject
{
    Q_OBJECT
private slots:
    void runsOffTheCallingThreadAndReports()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"s.db"_s));
        QVERIFY(db.open());
        FakePortalState state;
        for (int i = 0; i < 300; ++i)
            state.create(u"case_file"_s, QJsonObject{{u"authority_istat"_s, u"019002"_s}, {u"procedure_code"_s, u"PAUR"_s},
                                                    {u"protocol_number"_s, u"S-%1"_s.arg(i)}, {u"start_date"_s, u"2024-01-02"_s}});
        QThread *caller = QThread::currentThread();
        QThread *worker = nullptr;
        SyncScheduler scheduler(&db, QUrl(u"http://127.0.0.1:9"_s), [&](PortalClient *, QString *) {
            worker = QThread::currentThread();
            return true;
        });
        // The fake portal is created in the worker thread, like the real network manager.
        scheduler.setNetworkFactory([&state] { return new FakePortal(&state); });
        QSignalSpy finished(&scheduler, &SyncScheduler::finished);
        QSignalSpy progress(&scheduler, &SyncScheduler::progress);
        scheduler.syncNow();
        scheduler.syncNow(); // during the cycle: one more afterwards, not two
        scheduler.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kHungMs);
        QVERIFY(worker && worker != caller);
        QVERIFY(finished.at(0).at(0).value<SyncResult>().ok);
        QCOMPARE(finished.at(0).at(0).value<SyncResult>().pulled, 300);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(testutil::caseCount(db.connection()), 300);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
