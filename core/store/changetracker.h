#pragma once

#include "core/store/changeset.h"

#include <QObject>
#include <QSqlDatabase>

struct sqlite3;

namespace pass {

// Announces committed changes of one store, whatever thread or writer made them. Lives in the
// thread that created the store (the GUI thread in the application); committed() arrives there,
// queued, after the write's COMMIT has returned — so a reader always sees what it announces.
class ChangeHub : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Thread-safe: queues committed(changes) to the hub's thread.
    void post(const ChangeSet &changes);

Q_SIGNALS:
    void committed(const pass::ChangeSet &changes);
};

// Watches every write of one SQLite connection (sqlite3_update_hook: every INSERT, UPDATE and
// DELETE, by any writer, bulk or not), and turns what a transaction wrote into a ChangeSet as
// soon as that transaction has committed: SQLite's WAL hook runs after every commit of the
// connection, an explicit Transaction's and a single statement's outside one (sync_state,
// sync_log, a pragma-free write anywhere) alike, once the write lock is released. Database
// installs one on each connection it opens. A connection without a tracker is not watched.
//
// The WAL hook is also what runs SQLite's automatic checkpoints: the tracker does them in its
// place (PRAGMA wal_autocheckpoint would replace the hook: use setAutocheckpoint()).
namespace ChangeTracker {

// Starts watching `db`'s connection for `hub` (nullptr: stops).
void install(const QSqlDatabase &db, ChangeHub *hub);
void uninstall(sqlite3 *handle);
// After a successful COMMIT on `db`: posts what is not announced yet (nothing, when the WAL
// hook has run; a store not in WAL mode is announced here).
void committed(const QSqlDatabase &db);
// After a ROLLBACK on `db`: forgets what the transaction wrote.
void rolledBack(const QSqlDatabase &db);
// The WAL size, in pages, past which a commit checkpoints (SQLite's default 1000; 0: never).
// Returns the previous value. For a connection without a tracker, sets SQLite's own.
int setAutocheckpoint(const QSqlDatabase &db, int pages);

} // namespace ChangeTracker

} // namespace pass
