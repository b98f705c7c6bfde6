#include "storebackup.h"

#include "core/store/migrations.h"
#include "core/store/sqlitehandle.h"

#include <QFile>
#include <QFileDevice>
#include <QObject>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// Runs one backup from src to dest (both "main") to the end. Busy or locked pages are retried:
// another connection may be writing the source for a moment.
bool runBackup(sqlite3 *dest, sqlite3 *src, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(dest));
        return false;
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
};

} // namespace

int StoreBackup::fileSchemaVersion(const QString &path, QString *error)
{
    if (!QFile::exists(path)) {
        *error = QObject::tr("%1 does not exist").arg(path);
        return -1;
    }
    Handle h;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &h.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(h.db));
        return -1;
    }
    sqlite3_stmt *stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(h.db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    else
        *error = QObject::tr("%1 is not an SQLite database: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(h.db)));
    sqlite3_finalize(stmt);
    return version;
}

bool StoreBackup::copyTo(const QSqlDatabase &db, const QString &path, QString *error)
{
    sqlite3 *src = sqliteHandle(db);
    if (!src) {
        *error = QObject::tr("The store is not open");
        return false;
    }
    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    {
        Handle dest;
        if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
            *error = QObject::tr("Cannot create %1: %2").arg(partial, QString::fromUtf8(sqlite3_errmsg(dest.db)));
            return false;
        }
        QString why;
        // The copy is a single file: no WAL beside it, fully synced before it is moved in place.
        sqlite3_exec(dest.db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        if (!runBackup(dest.db, src, &why)
            || sqlite3_exec(dest.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
            *error = QObject::tr("Cannot copy the store to %1: %2").arg(path, why.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(dest.db)) : why);
            sqlite3_close_v2(dest.db);
            dest.db = nullptr;
            QFile::remove(partial);
            return false;
        }
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        *error = QObject::tr("Cannot move the copy to %1").arg(path);
        QFile::remove(partial);
        return false;
    }
    return true;
}

bool StoreBackup::restoreFrom(const QSqlDatabase &db, const QString &path, QString *error)
{
    sqlite3 *dest = sqliteHandle(db);
    if (!dest) {
        *error = QObject::tr("The store is not open");
        return false;
    }
    QString why;
    const int version = fileSchemaVersion(path, &why);
    if (version <= 0) {
        *error = version == 0 ? QObject::tr("%1 is not a PAsS Desktop store (no schema)").arg(path) : why;
        return false;
    }
    if (version > kCurrentSchemaVersion) {
        *error = QObject::tr("%1 was written by a newer version of PAsS Desktop (schema %2; this version knows up to %3)")
                     .arg(path).arg(version).arg(kCurrentSchemaVersion);
        return false;
    }
    Handle src;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &src.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(src.db));
        return false;
    }
    if (!runBackup(dest, src.db, &why)) {
        *error = QObject::tr("Cannot restore %1: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace pass
