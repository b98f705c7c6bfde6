// The store snapshots over a store in a folder whose name is not ASCII ("Città/Ufficio tecnico",
// as an office names its folders): the fingerprint reads the real file's size, and a commit is
// seen by the next read. On Windows a path passed through toStdString() named another file, so
// every size read as -1 and the sizes compared below would differ.
#include "core/domain/records.h"
#include "core/indicators/storesnapshot.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace pass;

class TestStoreSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void nonAsciiFolder();
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

QTEST_GUILESS_MAIN(TestStoreSnapshot)
#include "tst_storesnapshot.moc"
