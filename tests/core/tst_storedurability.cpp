// The store survives what it must: a power cut right after an interactive edit (the commit is
// synced to disk), a schema upgrade (a backup copy at the old version is kept first), and a
// restore from a backup copy (the current content is kept first; bad files change nothing).
#include "core/store/casefilecodec.h"
#include "tests/common/storereads.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/migrations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

// A VFS over the default one that counts xSync calls on write-ahead logs: what reaches the disk
// before a commit returns is what a power cut cannot take.
std::atomic<int> g_walSyncs{0};
sqlite3_vfs *g_base = nullptr;

struct CountingFile
{
    sqlite3_file base; // must be first: SQLite sees this struct as an sqlite3_file
    sqlite3_file *real;
    bool wal;
};

sqlite3_io_methods g_methods;

sqlite3_file *real(sqlite3_file *f) { return reinterpret_cast<CountingFile *>(f)->real; }

int countingSync(sqlite3_file *f, int flags)
{
    if (reinterpret_cast<CountingFile *>(f)->wal)
        ++g_walSyncs;
    return real(f)->pMethods->xSync(real(f), flags);
}

int countingClose(sqlite3_file *f)
{
    const int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    sqlite3_free(real(f));
    return rc;
}

int countingOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *f = reinterpret_cast<CountingFile *>(file);
    f->real = static_cast<sqlite3_file *>(sqlite3_malloc(g_base->szOsFile));
    memset(f->real, 0, size_t(g_base->szOsFile));
    f->wal = (flags & SQLITE_OPEN_WAL) != 0;
    const int rc = g_base->xOpen(g_base, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK || !f->real->pMethods) {
        sqlite3_free(f->real);
        f->base.pMethods = nullptr;
        return rc;
    }
    // Every method forwards to the real file; xSync counts, xClose frees.
    static const sqlite3_io_methods *forwarded = nullptr;
    if (!forwarded) {
        forwarded = f->real->pMethods;
        g_methods = *forwarded;
        g_methods.xClose = countingClose;
        g_methods.xSync = countingSync;
        g_methods.xRead = [](sqlite3_file *x, void *b, int n, sqlite3_int64 o) { return real(x)->pMethods->xRead(real(x), b, n, o); };
        g_methods.xWrite = [](sqlite3_file *x, const void *b, int n, sqlite3_int64 o) { return real(x)->pMethods->xWrite(real(x), b, n, o); };
        g_methods.xTruncate = [](sqlite3_file *x, sqlite3_int64 s) { return real(x)->pMethods->xTruncate(real(x), s); };
        g_methods.xFileSize = [](sqlite3_file *x, sqlite3_int64 *s) { return real(x)->pMethods->xFileSize(real(x), s); };
        g_methods.xLock = [](sqlite3_file *x, int l) { return real(x)->pMethods->xLock(real(x), l); };
        g_methods.xUnlock = [](sqlite3_file *x, int l) { return real(x)->pMethods->xUnlock(real(x), l); };
        g_methods.xCheckReservedLock = [](sqlite3_file *x, int *r) { return real(x)->pMethods->xCheckReservedLock(real(x), r); };
        g_methods.xFileControl = [](sqlite3_file *x, int op, void *a) { return real(x)->pMethods->xFileControl(real(x), op, a); };
        g_methods.xSectorSize = [](sqlite3_file *x) { return real(x)->pMethods->xSectorSize(real(x)); };
        g_methods.xDeviceCharacteristics = [](sqlite3_file *x) { return real(x)->pMethods->xDeviceCharacteristics(real(x)); };
        g_methods.xShmMap = [](sqlite3_file *x, int i, int s, int e, void volatile **p) { return real(x)->pMethods->xShmMap(real(x), i, s, e, p); };
        g_methods.xShmLock = [](sqlite3_file *x, int o, int n, int fl) { return real(x)->pMethods->xShmLock(real(x), o, n, fl); };
        g_methods.xShmBarrier = [](sqlite3_file *x) { real(x)->pMethods->xShmBarrier(real(x)); };
        g_methods.xShmUnmap = [](sqlite3_file *x, int d) { return real(x)->pMethods->xShmUnmap(real(x), d); };
        g_methods.xFetch = [](sqlite3_file *x, sqlite3_int64 o, int n, void **p) { return real(x)->pMethods->xFetch(real(x), o, n, p); };
        g_methods.xUnfetch = [](sqlite3_file *x, sqlite3_int64 o, void *p) { return real(x)->pMethods->xUnfetch(real(x), o, p); };
    }
    f->base.pMethods = &g_methods;
    return rc;
}

void installCountingVfs()
{
    static sqlite3_vfs vfs;
    if (g_base)
        return;
    g_base = sqlite3_vfs_find(nullptr);
    vfs = *g_base;
    vfs.zName = "pass-counting";
    vfs.szOsFile = int(sizeof(CountingFile));
    vfs.xOpen = countingOpen;
    sqlite3_vfs_register(&vfs, 1); // the default from now on: Qt's driver opens with it
}

QString addCase(Database &db, const QString &protocol)
{
    CaseFile c;
    CaseFileCodec::applyJson(QJsonObject{{u"authority_istat"_s, u"019035"_s}, {u"procedure_code"_s, u"PAUR"_s},
                                         {u"protocol_number"_s, protocol}, {u"start_date"_s, u"2024-03-01"_s},
                                         {u"suspensions"_s, QJsonArray()}},
                             &c);
    QString error;
    if (!CaseFileStore(db.connection()).insert(&c, EditContext::local(), &error))
        qWarning("addCase: %s", qPrintable(error));
    return c.id;
}

int fileVersion(const QString &path, const QString &sql, QVariant *value = nullptr)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                version = q.value(0).toInt();
            if (value && q.exec(sql) && q.next())
                *value = q.value(0);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return version;
}

} // namespace

class TestStoreDurability : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { installCountingVfs(); }

    // An interactive edit is on disk when its commit returns: the write-ahead log is synced
    // (with synchronous = NORMAL it is not, and a power cut takes the last edits and their
    // outbox rows).
    void interactiveEditIsSyncedBeforeItReturns()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"edit.db"_s));
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        addCase(db, u"D-0"_s); // the first write creates the log
        const int before = g_walSyncs.load();
        const QString id = addCase(db, u"D-1"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY2(g_walSyncs.load() > before, "the commit of an edit did not sync the write-ahead log");
    }

    // Upgrading an older store keeps a copy of it at its old version first, which opens as
    // that version with the data it had.
    void migrationKeepsABackupAtTheOldVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.db"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QString error;
            QVERIFY2(migrate(raw, &error, 5), qPrintable(error));
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"INSERT INTO authorities (istat, name, kind) VALUES ('019035', 'Crema', 'comune')"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        Database db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        const QString copy = db.migrationBackupPath(5);
        QVERIFY2(QFile::exists(copy), qPrintable(copy));
        QVariant name;
        QCOMPARE(fileVersion(copy, u"SELECT name FROM authorities WHERE istat = '019035'"_s, &name), 5);
        QCOMPARE(name.toString(), u"Crema"_s);
        QCOMPARE(fileVersion(path, {}), kCurrentSchemaVersion);
    }

    // A store at the current version is opened without copies.
    void currentStoreNeedsNoCopy()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"new.db"_s));
        QVERIFY(db.open());
        db.close();
        QVERIFY(db.open());
        QCOMPARE(QDir(dir.path()).entryList({u"*.bak"_s}).size(), 0);
    }

    // Back up, edit, restore: the store is as it was at the backup, and what it held just
    // before the restore is kept beside it.
    void backupAndRestore()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"live.db"_s));
        QVERIFY(db.open());
        const QString kept = addCase(db, u"B-1"_s);
        QString error;
        const QString copy = dir.filePath(u"copy.db"_s);
        QVERIFY2(db.backup(copy, &error), qPrintable(error));
        QCOMPARE(fileVersion(copy, {}), kCurrentSchemaVersion);
        const QString later = addCase(db, u"B-2"_s);
        QVERIFY2(db.restore(copy, &error), qPrintable(error));
        QVERIFY(testutil::caseFile(db.connection(), kept));
        QVERIFY(!testutil::caseFile(db.connection(), later));
        QVariant count;
        fileVersion(db.beforeRestorePath(), u"SELECT count(*) FROM case_files"_s, &count);
        QCOMPARE(count.toInt(), 2);
        // The restored store takes edits as before.
        QVERIFY(!addCase(db, u"B-3"_s).isEmpty());
    }

    // A file that is not a store, or a store of a newer version, is refused and changes nothing.
    void restoreRefusesBadFiles()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"live.db"_s));
        QVERIFY(db.open());
        const QString id = addCase(db, u"R-1"_s);
        const QString text = dir.filePath(u"notes.txt"_s);
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database at all, but long enough to look like a header of one....................\n");
        }
        QString error;
        QVERIFY(!db.restore(text, &error));
        QVERIFY(!error.isEmpty());
        const QString newer = dir.filePath(u"newer.db"_s);
        QVERIFY2(db.backup(newer, &error), qPrintable(error));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(newer);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(u"PRAGMA user_version = %1"_s.arg(kCurrentSchemaVersion + 1));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        QVERIFY(!db.restore(newer, &error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
        QVERIFY(testutil::caseFile(db.connection(), id));
    }
};

QTEST_GUILESS_MAIN(TestStoreDurability)
#include "tst_storedurability.moc"
