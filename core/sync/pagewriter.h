#pragma once

#include "core/store/pulledrecordrows.h"
#include "core/sync/syncstate.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace pass {

class CaseBulkLoader;
class ChangePage;
struct PulledChange;
class SyncEntityAdapter;
class SyncLog;
class Transaction;

// Applies one page of the change feed and its cursor in one transaction. The statements are the
// store's, prepared once per writer through the SQLite API directly (Qt's binding layer cost more
// than the writes). Records new to this store — the whole of an initial sync — take a fast path:
// case files through CaseBulkLoader, support requests, visits and messages through
// PulledRecordRows; everything else goes through the entity adapters. A pulled record only carries its
// version: no merge base is kept for it (journalEdit keeps one when it is edited here). Records
// with unsent edits or an open conflict are merged field by field against that base, never
// overwritten.
class PageWriter
{
public:
    using AdapterLookup = std::function<SyncEntityAdapter *(const QString &entity)>;
    PageWriter(QSqlDatabase db, SyncLog *log, AdapterLookup adapters);
    ~PageWriter();
    PageWriter(const PageWriter &) = delete;
    PageWriter &operator=(const PageWriter &) = delete;

    // Applies a page and stores its cursor. Pages share a transaction until it holds enough of
    // them (see kGroupChanges): a page never commits without its cursor, nor a cursor without
    // its page. On failure the uncommitted pages are rolled back.
    bool apply(const ChangePage &page, QString *error);
    // Commits the pages applied so far.
    bool commit(QString *error);
    // Commits, and builds the indexes and statistics an initial sync left out. Call it however
    // the pull ends.
    bool finish(QString *error);

    // An initial sync that stopped before finish() (a crash, a kill, a failure not yet resumed)
    // leaves the store without its case-file indexes (the unique protocol one too) and with
    // incomplete statistics until the next sync ends. For a store opened offline in the meantime this builds both now; the
    // marker stays, so the next sync still counts what it pulls. Sets *repaired when there was
    // something to do.
    static bool repairInterruptedInitialSync(QSqlDatabase db, bool *repaired, QString *error);

private:
    bool beginGroup(QString *error);
    bool deferIndexes(QString *error);
    bool applyChange(const ChangePage &page, const PulledChange &change, QString *error);
    bool mergePending(SyncEntityAdapter *adapter, const QString &type, const QString &id, qint64 version,
                      const QJsonObject &data, QString *error);
    // False only when the store itself failed (Transaction::storeFailed); a record the store refuses
    // is said in the sync log and skipped.
    bool storeOrExplain(SyncEntityAdapter *adapter, const QString &type, const QString &id, qint64 version,
                        const QJsonObject &data, QString *error);
    bool loadProtected(QString *error);
    bool isProtected(const QString &entity, const QString &id) const;
    bool base(const QString &entity, const QString &id, std::optional<SyncState::Base> *found, QString *error);
    // *stored says whether the record went in as new; false only when the store itself failed.
    bool insertNew(const ChangePage &page, const PulledChange &change, bool *stored, QString *error);
    bool setBase(const QString &entity, const QString &id, qint64 version, const QJsonObject &data, QString *error);
    bool removeBase(const QString &entity, const QString &id, QString *error);

    QSqlDatabase m_db;
    SyncLog *m_log;
    AdapterLookup m_adapters;
    std::unique_ptr<CaseBulkLoader> m_bulk;
    PulledRecordRows m_rows;
    SyncBaseRows m_bases;
    QString m_prepareError; // the statements could not be prepared: apply() says so
    QSet<QString> m_protected; // entity + '/' + id of records with unsent edits or open conflicts
    bool m_anyBase = false;    // sync_base has rows (only records edited here have one)
    QString m_now;
    int m_previousAutocheckpoint = 1000;
    std::unique_ptr<Transaction> m_tx; // the open group of pages
    int m_groupChanges = 0;
    QElapsedTimer m_groupTimer;
    bool m_deferChecked = false;
    bool m_deferred = false; // case file indexes and case_stats left until finish()
};

} // namespace pass
