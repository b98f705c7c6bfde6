#include "changetracker.h"

#include "core/store/sqlitehandle.h"

#include <QHash>
#include <QMetaObject>
#include <QSqlQuery>

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
    const std::lock_guard lock(registryMutex);
    registry[handle] = std::move(tracker);
}

void ChangeTracker::uninstall(sqlite3 *handle)
{
    if (!handle)
        return;
    sqlite3_update_hook(handle, nullptr, nullptr);
    sqlite3_rollback_hook(handle, nullptr, nullptr);
    const std::lock_guard lock(registryMutex);
    registry.erase(handle);
}

void ChangeTracker::rolledBack(const QSqlDatabase &db)
{
    if (Tracker *t = trackerFor(sqliteHandle(db)))
        t->clear();
}

void ChangeTracker::committed(const QSqlDatabase &db)
{
    Tracker *t = trackerFor(sqliteHandle(db));
    if (!t)
        return;
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
            // Resolved after the commit, on the writer's own connection: the rows are there.
            QStringList marks;
            marks.reserve(w.rowIds.size());
            for (qint64 id : std::as_const(w.rowIds))
                marks << QString::number(id);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(u"SELECT id FROM %1 WHERE rowid IN (%2)"_s.arg(QLatin1StringView(kTables[i].name),
                                                                     marks.join(u','))) ) {
                while (q.next())
                    changes.addId(entity, q.value(0).toString());
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

} // namespace pass
