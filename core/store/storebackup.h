#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pass {

// Copies of the store with SQLite's online backup API (sqlite3_backup_*): a consistent snapshot
// taken page by page while other connections may go on reading and writing, never a copy of a
// file that is half written. A store is never deleted or rebuilt to recover: it is copied first.
class StoreBackup
{
public:
    // Writes a copy of the store open on db to path. The copy is written beside path and moved
    // over it only when complete and synced to disk, so a failure leaves any earlier file there.
    static bool copyTo(const QSqlDatabase &db, const QString &path, QString *error);
    // Replaces the content of the store open on db with the copy at path, in one step that all
    // the store's connections see (the backup API writes through the store's own connection).
    // Refuses, changing nothing, a file that is not a PAsS store or was written by a newer
    // version. The caller brings an older copy up to date (Database::restore does).
    static bool restoreFrom(const QSqlDatabase &db, const QString &path, QString *error);
    // The schema version of the store file at path; -1 when it is not an SQLite database.
    static int fileSchemaVersion(const QString &path, QString *error);
};

} // namespace pass
