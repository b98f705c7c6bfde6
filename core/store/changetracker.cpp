#include "changetracker.h"

#include "core/store/sqlitehandle.h"

#include <QHash>
#include <QMetaObject>
#include <utility>

#include <sqlite3.h>

#include <cstring>
#include <mutex>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace pass {

void ChangeHub::post(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    QMetaObject::invokeMethod(this, [this, changes] { Q_EMIT committed(changes); }, Qt::QueuedConnection);
}

namespace {

using Entity = ChangeSet::Entity;

struct WatchedTable
{
    const char *name;
    Entity entity;
    bool hasTextIds; // its `id` column is what views know the records by
};

// The tables views care about. case_suspensions is not listed: a case file's suspensions are
// only written together with its row. case_stats follows case_files (and is WITHOUT ROWID:
// the hook does not see it anyway).
constexpr WatchedTable kTables[] = {
    {"case_files", Entity::CaseFile, true},
    {"support_requests", Entity::SupportRequest, true},
    {"visits", Entity::Visit, true},
    {"request_messages", Entity::RequestMessage, true},
    {"request_documents", Entity::RequestDocument, true},
    {"document_blobs", Entity::RequestDocument, false}, // content downloaded: the state shown changes
    {"authorities", Entity::Authority, false},
    {"task_forces", Entity::Catalogue, false},
    {"procedure_types", Entity::Catalogue, false},
    {"procedure_terms", Entity::Catalogue, false},
    {"targets", Entity::Target, false},
    {"sync_conflicts", Entity::Conflict, false},
    {"outbox", Entity::Outbox, false},
    {"sync_rejections", Entity::Rejection, false},
    {"sync_state", Entity::SyncState, false},
    {"sync_log", Entity::SyncLog, false},
    {"import_runs", Entity::ImportRun, false},
    {"audit_log", Entity::Audit, false},
};
constexpr int kTableCount = int(std::size(kTables));

// What the open transaction of one connection wrote, per watched table. Touched only by the
// connection's own thread (the hook and Transaction run there).
struct Tracker
{
    ChangeHub *hub = nullptr;
    int autocheckpoint = 1000; // SQLite's default (SQLITE_DEFAULT_WAL_AUTOCHECKPOINT)
    struct Written
    {
        bool touched = false;
        bool many = false;
        bool removals = false;
        QList<qint64> rowIds;
    };
    Written tables[kTableCount];
    int lastTable = 0; // bulk writers hit one table many times in a row

    void clear()
    {
        for (Written &w : tables)
            w = Written{};
    }
};

std::mutex registryMutex;
std::unordered_map<sqlite3 *, std::unique_ptr<Tracker>> registry;

Tracker *trackerFor(sqlite3 *handle)
{
    if (!handle)
        return nullptr;
    const std::lock_guard lock(registryMutex);
    const auto it = registry.find(handle);
    return it == registry.end() ? nullptr : it->second.get();
}

int tableIndex(Tracker *t, const char *table)
{
    if (std::strcmp(kTables[t->lastTable].name, table) == 0)
        return t->lastTable;
    for (int i = 0; i < kTableCount; ++i) {
        if (std::strcmp(kTables[i].name, table) == 0) {
            t->lastTable = i;
            return i;
        }
    }
    return -1;
}

void onUpdate(void *data, int op, const char *database, const char *table, sqlite3_int64 rowId)
{
    if (std::strcmp(database, "main") != 0)
        return;
    auto *t = static_cast<Tracker *>(data);
    const int index = tableIndex(t, table);
    if (index < 0)
        return;
    Tracker::Written &w = t->tables[index];
    w.touched = true;
    if (op == SQLITE_DELETE) {
        w.removals = true;
        return;
    }
    if (w.many || !kTables[index].hasTextIds)
        return;
    if (w.rowIds.size() >= ChangeSet::kMaxIds) {
        w.many = true;
        w.rowIds.clear();
        return;
    }
    w.rowIds << rowId;
}

void onRollback(void *data)
{
    static_cast<Tracker *>(data)->clear();
}

// The ids of the rows of `table` with these rowids, read on the writer's own connection after
// its commit. False when they cannot be read (the caller then announces "many").
bool resolveIds(sqlite3 *handle, const char *table, const QList<qint64> &rowIds, QStringList *ids)
{
    QByteArray sql = "SELECT id FROM ";
    sql += table;
    sql += " WHERE rowid IN (";
    for (qsizetype i = 0; i < rowIds.size(); ++i) {
        if (i > 0)
            sql += ',';
        sql += QByteArray::number(rowIds.at(i));
    }
    sql += ')';
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return false;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        *ids << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                  sqlite3_column_bytes(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

// Turns what the connection wrote since the last announcement into a ChangeSet and posts it.
void announce(Tracker *t, sqlite3 *handle)
{
    ChangeSet changes;
    for (int i = 0; i < kTableCount; ++i) {
        Tracker::Written &w = t->tables[i];
        if (!w.touched)
            continue;
        const Entity entity = kTables[i].entity;
        if (w.removals)
            changes.addRemoval(entity);
        if (w.many || !kTables[i].hasTextIds) {
            changes.addMany(entity);
        } else if (!w.rowIds.isEmpty()) {
            QStringList ids;
            if (resolveIds(handle, kTables[i].name, w.rowIds, &ids)) {
                for (const QString &id : std::as_const(ids))
                    changes.addId(entity, id);
            } else {
                changes.addMany(entity); // the views then re-read everything of this kind
            }
        } else if (!w.removals) {
            changes.addMany(entity);
        }
    }
    t->clear();
    t->hub->post(changes);
}

// After every commit of the connection, in WAL mode, with the write lock released: the rows are
// there for any reader, and the hook may read them itself.
int onWalCommit(void *data, sqlite3 *handle, const char *database, int walPages)
{
    auto *t = static_cast<Tracker *>(data);
    if (std::strcmp(database, "main") == 0)
        announce(t, handle);
    // What SQLite's own hook would have done (sqlite3WalDefaultHook): a passive checkpoint.
    if (t->autocheckpoint > 0 && walPages >= t->autocheckpoint)
        sqlite3_wal_checkpoint_v2(handle, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

} // namespace

void ChangeTracker::install(const QSqlDatabase &db, ChangeHub *hub)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return;
    if (!hub) {
        uninstall(handle);
        return;
    }
    auto tracker = std::make_unique<Tracker>();
    tracker->hub = hub;
    sqlite3_update_hook(handle, onUpdate, tracker.get());
    sqlite3_rollback_hook(handle, onRollback, tracker.get());
    sqlite3_wal_hook(handle, onWalCommit, tracker.get());
    const std::lock_guard lock(registryMutex);
    registry[handle] = std::move(tracker);
}

void ChangeTracker::uninstall(sqlite3 *handle)
{
    if (!handle)
        return;
    sqlite3_update_hook(handle, nullptr, nullptr);
    sqlite3_rollback_hook(handle, nullptr, nullptr);
    int autocheckpoint = 1000;
    {
        const std::lock_guard lock(registryMutex);
        const auto it = registry.find(handle);
        if (it == registry.end())
            return;
        autocheckpoint = it->second->autocheckpoint;
        registry.erase(it);
    }
    sqlite3_wal_autocheckpoint(handle, autocheckpoint); // SQLite's own hook back
}

int ChangeTracker::setAutocheckpoint(const QSqlDatabase &db, int pages)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return 0;
    if (Tracker *t = trackerFor(handle))
        return std::exchange(t->autocheckpoint, pages);
    sqlite3_stmt *stmt = nullptr;
    int previous = 1000;
    if (sqlite3_prepare_v2(handle, "PRAGMA wal_autocheckpoint", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        previous = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_wal_autocheckpoint(handle, pages);
    return previous;
}

void ChangeTracker::rolledBack(const QSqlDatabase &db)
{
    if (Tracker *t = trackerFor(sqliteHandle(db)))
        t->clear();
}

void ChangeTracker::committed(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    Tracker *t = trackerFor(handle);
    if (!t)
        return;
    for (const Tracker::Written &w : t->tables) {
        if (w.touched) {
            announce(t, handle);
            return;
        }
    }
}

} // namespace pass
