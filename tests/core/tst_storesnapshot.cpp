// The store snapshots over a store in a folder whose name is not ASCII ("Città/Ufficio tecnico",
// as an office names its folders): the fingerprint reads the real file's size, and a commit is
// seen by the next read. On Windows a path passed through toStdString() named another file, so
// every size read as -1 and the sizes compared below would differ.
#include "core/domain/records.h"
#include "core/indicators/storesnapshot.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/util/stage.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace pass;

class TestStoreSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void nonAsciiFolder();
    void concurrentReadsShareOne();
};

namespace {

// The first field of a fingerprint: the store file's size as the fingerprint read it.
qint64 fingerprintedSize(const QByteArray &fingerprint)
{
    qint64 size = 0;
    std::memcpy(&size, fingerprint.constData(), sizeof size);
    return size;
}

bool addOpenCase(QSqlDatabase db, const QString &protocol, QString *error)
{
    CaseFile c;
    c.authorityIstat = u"019035"_s;
    c.procedureCode = u"PDC-LOM"_s;
    c.protocolNumber = protocol;
    c.startDate = QDate(2025, 1, 10);
    return CaseFileStore(db).insert(&c, EditContext::local(), error);
}

} // namespace

void TestStoreSnapshot::nonAsciiFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"Città/Ufficio tecnico"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(u"archivio è qui.db"_s);
    Database store(path);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QSqlDatabase db = store.connection();
    QString error;
    QVERIFY2(addOpenCase(db, u"CITTA-1"_s, &error), qPrintable(error));

    const QByteArray before = storeFingerprint(path);
    QVERIFY(before.size() >= 32);
    QCOMPARE(fingerprintedSize(before), QFileInfo(path).size());
    QVERIFY(fingerprintedSize(before) > 0);

    const auto first = StoreSnapshots::openCases(db, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->rows.size(), 1);
    QCOMPARE(first->rows.first().protocolNumber, u"CITTA-1"_s);
    // Nothing committed: the same table, not a second read.
    QCOMPARE(StoreSnapshots::openCases(db, &error), first);

    QVERIFY2(addOpenCase(db, u"CITTA-2"_s, &error), qPrintable(error));
    QVERIFY(storeFingerprint(path) != before);
    const auto second = StoreSnapshots::openCases(db, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(second != first);
    QCOMPARE(second->rows.size(), 2);
}

// Two threads asking for the open case files of the same state of the store: one reads, the
// other waits for its table (held at the read until the second says it waits), never a second
// read.
void TestStoreSnapshot::concurrentReadsShareOne()
{
    QTemporaryDir dir;
    Database store(dir.filePath(u"shared.db"_s));
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QString error;
    QVERIFY2(addOpenCase(store.connection(), u"SHARED-1"_s, &error), qPrintable(error));

    struct State
    {
        std::mutex mutex;
        std::condition_variable changed;
        int reads = 0;
        bool waiting = false;
        bool released = false;
    };
    auto state = std::make_shared<State>();
    setStageHook([state](const char *stage) {
        std::unique_lock lock(state->mutex);
        if (qstrcmp(stage, "store-snapshot.read") == 0) {
            ++state->reads;
            state->changed.notify_all();
            state->changed.wait(lock, [&] { return state->released; });
        } else if (qstrcmp(stage, "store-snapshot.wait") == 0) {
            state->waiting = true;
            state->changed.notify_all();
        }
    });
    std::shared_ptr<const OpenCaseTable> first, second;
    const auto readIn = [&store](std::shared_ptr<const OpenCaseTable> *out) {
        return std::thread([&store, out] {
            QString threadError;
            *out = StoreSnapshots::openCases(store.connection(), &threadError);
            store.releaseConnection();
        });
    };
    std::thread reader = readIn(&first);
    {
        std::unique_lock lock(state->mutex);
        state->changed.wait(lock, [&] { return state->reads == 1; });
    }
    std::thread waiter = readIn(&second);
    {
        std::unique_lock lock(state->mutex);
        state->changed.wait(lock, [&] { return state->waiting; });
        state->released = true;
        state->changed.notify_all();
    }
    reader.join();
    waiter.join();
    setStageHook({});
    QCOMPARE(state->reads, 1);
    QVERIFY(first);
    QCOMPARE(second, first);
    QCOMPARE(first->rows.size(), 1);
}

QTEST_GUILESS_MAIN(TestStoreSnapshot)
#include "tst_storesnapshot.moc"
