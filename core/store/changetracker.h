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
// DELETE, by any writer, bulk or not), and turns what a transaction wrote into a ChangeSet when
// that transaction commits. Database installs one on each connection it opens; Transaction
// calls committed() and rolledBack(). A connection without a tracker is simply not watched.
namespace ChangeTracker {

// Starts watching `db`'s connection for `hub` (nullptr: stops).
void install(const QSqlDatabase &db, ChangeHub *hub);
void uninstall(sqlite3 *handle);
// After a successful COMMIT on `db`: resolves the written rows to ids and posts them.
void committed(const QSqlDatabase &db);
// After a ROLLBACK on `db`: forgets what the transaction wrote.
void rolledBack(const QSqlDatabase &db);

} // namespace ChangeTracker

} // namespace pass
