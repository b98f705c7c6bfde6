#include "pagewriter.h"

#include "core/indicators/casestats.h"
#include "core/store/auditlog.h"
#include "core/store/casebulkloader.h"
#include "core/store/casefilecodec.h"
#include "core/store/changetracker.h"
#include "core/store/indexbuild.h"
#include "core/store/migrations.h"
#include "core/store/protocolindex.h"
#include "core/store/requestcodec.h"
#include "core/store/sql.h"
#include "core/store/transaction.h"
#include "core/sync/changepage.h"
#include "core/sync/fieldmerge.h"
#include "core/sync/syncentityadapter.h"
#include "core/sync/synclog.h"
#include "core/sync/syncstate.h"
#include "core/util/logging.h"
#include "core/util/stage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QVariant>


#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <thread>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::PageWriter", text);
}

// Page cache while pulling: most of the index pages a group of pages dirties, bounded whatever
// the record count (1M records: client peak RSS about 235 MB; 128 MB gave up to 290 MB).
constexpr int kPullCacheKb = 96 * 1024;
// Page cache while finish() builds what an initial sync left out.
constexpr int kFinishCacheKb = 32 * 1024;
// Pages arriving back to back share a transaction up to this many changes or this long: ids are
// random UUIDs, so every page dirties index pages all over the id index, and a commit writes each
// dirty page to the WAL; per group of pages instead of per page, that is several times fewer
// writes. A crash loses at most this much work; other writers wait at most this long, plus the
// short wait for a page nearly here (kPageGraceMs, see SyncEngine::pullPages): never while the
// client waits for the network.
constexpr int kGroupChanges = 100000;
constexpr qint64 kGroupMs = 2000;
// sync_state key: set while the non-unique case file indexes are dropped for an initial sync.
const QString kDeferredIndexes = u"deferred_case_indexes"_s;

// The case file indexes an initial sync into an empty store leaves out (see deferIndexes()): the
// unique protocol index first, settling any key two pulled records repeat (said in the log, as a
// record refused at its insert used to be), then the others.
bool buildDeferredIndexes(QSqlDatabase &db, SyncLog *log, qsizetype *removedCount, QString *error)
{
    QList<RepeatedProtocol> removed;
    if (!restoreProtocolIndex(db, &removed, error))
        return false;
    *removedCount = removed.size();
    for (const RepeatedProtocol &r : std::as_const(removed)) {
        log->write(SyncLog::Level::Error,
                   tr("Could not keep case_file %1 from the portal: case file %2 of authority %3 has the same protocol "
                      "number %4").arg(r.removedId, r.keptId, r.authorityIstat, r.protocolNumber));
    }
    return createIndexes(db, caseFileIndexStatements(CaseFileIndexes::NotUnique), error);
}
// Checkpoint the WAL every ~160 MB instead of every 4 MB: a group of pages writes tens of MB of
// index pages, and each checkpoint copies them into the database and waits for the disk. Fewer
// checkpoints copy a page written by several groups once (1M records: 30 s -> 21.5 s).
constexpr int kPullAutocheckpoint = 40000;

// A JSON array field as stored in its TEXT column ("[]" when absent).
QByteArray compactJson(const QJsonValue &value)
{
    return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

} // namespace

PageWriter::PageWriter(QSqlDatabase db, SyncLog *log, AdapterLookup adapters)
    : m_db(db), m_log(log), m_adapters(std::move(adapters)), m_now(utcNow())
{
    m_bulk = std::make_unique<CaseBulkLoader>(m_db, kPullCacheKb);
    m_previousAutocheckpoint = ChangeTracker::setAutocheckpoint(m_db, kPullAutocheckpoint);
    if (!m_rows.prepare(m_db, m_now, &m_prepareError) || !m_bases.prepare(m_db, &m_prepareError))
        qCWarning(lcSync) << "the sync's statements cannot be prepared:" << m_prepareError;
}

PageWriter::~PageWriter()
{
    m_tx.reset(); // pages not committed by commit() or finish() are rolled back
    m_bulk.reset();
    ChangeTracker::setAutocheckpoint(m_db, m_previousAutocheckpoint);
}

bool PageWriter::loadProtected(QString *error)
{
    // Few rows (unsent edits, open conflicts): one query per page instead of two per change.
    m_protected.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT entity, record_id FROM outbox UNION "
                "SELECT entity, record_id FROM sync_conflicts WHERE resolved_at IS NULL"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        m_protected.insert(q.value(0).toString() + u'/' + q.value(1).toString());
    // Bases are kept only for edited records: usually none, and then no change looks for one.
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM sync_base)"_s) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    m_anyBase = q.value(0).toBool();
    return true;
}

bool PageWriter::isProtected(const QString &entity, const QString &id) const
{
    return !m_protected.isEmpty() && m_protected.contains(entity + u'/' + id);
}

bool PageWriter::base(const QString &entity, const QString &id, std::optional<SyncState::Base> *found, QString *error)
{
    *found = std::nullopt;
    return !m_anyBase || m_bases.find(entity, id, found, error);
}

bool PageWriter::setBase(const QString &entity, const QString &id, qint64 version, const QJsonObject &data, QString *error)
{
    m_anyBase = true;
    return m_bases.set(entity, id, version, data, error);
}

bool PageWriter::removeBase(const QString &entity, const QString &id, QString *error)
{
    return !m_anyBase || m_bases.remove(entity, id, error);
}

bool PageWriter::beginGroup(QString *error)
{
    if (m_tx)
        return true;
    m_tx = std::make_unique<Transaction>(m_db);
    m_groupChanges = 0;
    m_groupTimer.start();
    if (!m_tx->begin(error) || !loadProtected(error) || !m_bulk->begin(CaseBulkLoader::IndexPolicy::Keep, error) || !deferIndexes(error)) {
        m_tx.reset();
        return false;
    }
    return true;
}

// An initial sync into an empty store leaves out the case file indexes and the maintained
// statistics, and builds them once at the end (finish()): kept up to date row by row, each group
// of pages would rewrite their pages all over them (the portal's ids are random). That includes
// the unique protocol index, the only one that refuses something: the portal keeps the same rule,
// every other writer puts the index back before it writes (protocolindex.h), and finish()
// settles a key two pulled records repeat. The marker goes in the same transaction as the drop,
// so a sync resumed after a crash builds them at its end as well.
bool PageWriter::deferIndexes(QString *error)
{
    if (m_deferChecked)
        return true;
    m_deferChecked = true;
    SyncState state(m_db);
    const std::optional<QString> marker = state.value(kDeferredIndexes, error);
    if (!marker)
        return false;
    if (*marker == u"1") {
        m_deferred = true;
        return true;
    }
    QVariant hasCases;
    if (!sql::scalar(m_db, u"SELECT EXISTS (SELECT 1 FROM case_files)"_s, &hasCases, error))
        return false;
    if (hasCases.toBool())
        return true;
    const QStringList names = caseFileIndexNames(CaseFileIndexes::All);
    for (const QString &name : names) {
        if (!sql::run(m_db, u"DROP INDEX IF EXISTS "_s + name, error))
            return false;
    }
    m_deferred = true;
    return state.setValue(kDeferredIndexes, u"1"_s, error);
}

bool PageWriter::apply(const ChangePage &page, QString *error)
{
    if (!m_prepareError.isEmpty()) {
        *error = m_prepareError;
        return false;
    }
    if (!beginGroup(error))
        return false;
    for (const PulledChange &change : page.changes()) {
        if (!applyChange(page, change, error)) {
            m_tx.reset(); // rolls back the group: the cursor stays at the last group committed
            return false;
        }
    }
    if (!SyncState(m_db).setValue(QString::fromUtf16(SyncState::kCursor), page.nextCursor(), error)) {
        m_tx.reset();
        return false;
    }
    m_groupChanges += int(page.changes().size());
    if (m_groupChanges >= kGroupChanges || m_groupTimer.elapsed() >= kGroupMs)
        return commit(error);
    return true;
}

bool PageWriter::commit(QString *error)
{
    if (!m_tx)
        return true;
    const bool ok = m_bulk->finish(error) && m_tx->commit(error);
    m_tx.reset();
    if (ok)
        reachStage("sync:page-group-committed"); // for crash tests (see reachStage)
    return ok;
}

bool PageWriter::finish(QString *error)
{
    if (!commit(error))
        return false;
    if (!m_deferred)
        return true;
    // The pages are written: hand back most of the page cache before the statistics (a map of
    // every cell) and the index sorts need memory of their own.
    QSqlQuery(m_db).exec(u"PRAGMA cache_size = -%1"_s.arg(kFinishCacheKb));
    QSqlQuery(m_db).exec(u"PRAGMA shrink_memory"_s);
#ifdef __GLIBC__
    // glibc keeps what the pull freed (pages of JSON, batches) in its arenas; give it back before
    // the index sorts and the statistics allocate theirs, or the peak is the sum of both.
    malloc_trim(0);
#endif
    // The statistics are counted on a second thread, over a read connection of its own, while
    // this one builds the indexes: the two take about as long, and WAL lets the reader see the
    // committed pages while the writer works. Indexes, statistics and the marker's removal then
    // commit together, so an interruption anywhere means all of it is done again.
    QElapsedTimer timer;
    timer.start();
    CaseStatsAccumulator stats;
    QString countError;
    bool counted = false;
    qint64 countMs = 0;
    std::thread counter([&, path = m_db.databaseName()] {
        const QString name = u"pass-sync-stats-%1"_s.arg(quintptr(&stats));
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            reader.setDatabaseName(path);
            if (reader.open())
                counted = stats.countAll(reader, &countError);
            else
                countError = reader.lastError().text();
            reader.close();
        }
        QSqlDatabase::removeDatabase(name);
        countMs = timer.elapsed();
    });
    auto joined = qScopeGuard([&counter] { counter.join(); });
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    qsizetype removed = 0;
    if (!buildDeferredIndexes(m_db, m_log, &removed, error)) {
        // The pages stay, with the marker that says the indexes are still owed (next sync, or
        // the next opening of the store): say why in words, the disk being the usual reason.
        *error = Transaction::saveFailed(m_db, *error);
        return false;
    }
    const qint64 indexMs = timer.elapsed();
    reachStage("sync:indexes-built"); // for crash tests: built, not yet committed
    counter.join();
    joined.dismiss();
    if (!counted) {
        *error = tr("Could not count the case statistics: %1").arg(countError);
        return false;
    }
    // The second connection counted the committed rows, repeated keys and all: after a case file
    // was settled away (rare: a portal breaking its own rule), count again on this one.
    if (removed > 0) {
        stats = CaseStatsAccumulator();
        if (!stats.countAll(m_db, error))
            return false;
    }
    if (!stats.replaceAll(m_db, error) || !SyncState(m_db).removeValue(kDeferredIndexes, error) || !tx.commit(error))
        return false;
    qCDebug(lcSync) << "case file indexes built in" << indexMs << "ms, statistics counted alongside in" << countMs
                    << "ms, both stored after" << timer.elapsed() << "ms";
    m_deferred = false;
    // Give back the disk the large WAL of an initial sync took (best effort: a reader may hold it).
    QSqlQuery(m_db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

bool PageWriter::repairInterruptedInitialSync(QSqlDatabase db, bool *repaired, QString *error)
{
    *repaired = false;
    const std::optional<QString> marker = SyncState(db).value(kDeferredIndexes, error);
    if (!marker)
        return false;
    if (*marker != u"1")
        return true;
    Transaction tx(db);
    if (!tx.begin(error))
        return false;
    SyncLog log(db);
    qsizetype removed = 0;
    if (!buildDeferredIndexes(db, &log, &removed, error))
        return false;
    CaseStatsAccumulator stats;
    if (!stats.countAll(db, error) || !stats.replaceAll(db, error) || !tx.commit(error))
        return false;
    *repaired = true;
    return true;
}

// A record this store does not have, with nothing local to merge: a plain insert, no audit rows
// (it is not a local edit), no merge base (nobody edited it here). False when the id is already
// here, or when the record cannot be stored as it is (an unknown procedure, a missing subject…):
// the adapter then updates it, or explains why not.
bool PageWriter::insertNew(const ChangePage &page, const PulledChange &change, bool *stored, QString *error)
{
    const QString &entity = change.type;
    const QString &id = change.id;
    const qint64 version = change.version;
    *stored = false;
    QString why;
    if (entity == u"case_file") {
        // Decoded with the page (as CaseFileCodec::applyJson reads data).
        CaseFile c = change.caseFile ? *change.caseFile : CaseFile();
        c.id = id;
        c.version = version;
        // Deferred statistics are rebuilt at the end.
        m_bulk->writeIfNew(c, stored, &why,
                           m_deferred ? CaseBulkLoader::Statistics::CountedByCaller : CaseBulkLoader::Statistics::Count);
    } else {
        const QJsonObject data = page.dataObject(change);
        if (entity == u"support_request") {
            SupportRequest r;
            RequestCodec::applyJson(data, &r);
            if (r.subject.trimmed().isEmpty() || !r.createdOn.isValid())
                return true;
            *stored = m_rows.insertRequest(id, version, r, compactJson(data.value(u"status_history")));
        } else if (entity == u"visit") {
            Visit v;
            RequestCodec::applyJson(data, &v);
            if (!v.date.isValid())
                return true;
            *stored = m_rows.insertVisit(id, version, v, compactJson(data.value(u"follow_up_items")));
        } else if (entity == u"request_message") {
            RequestMessage m;
            RequestCodec::applyJson(data, &m);
            *stored = m_rows.insertMessage(id, version, m);
        } else {
            return true;
        }
    }
    // The group always writes inside its transaction: a failure of the store stops it.
    if (!*stored && Transaction::storeFailed(m_db, why)) {
        *error = Transaction::saveFailed(m_db, why);
        return false;
    }
    return true;
}


bool PageWriter::applyChange(const ChangePage &page, const PulledChange &change, QString *error)
{
    const QString &type = change.type;
    const QString &id = change.id;
    const qint64 version = change.version;
    const QString &op = change.op;
    if (type.isEmpty() || id.isEmpty() || version <= 0 || (op != u"upsert" && op != u"delete")) {
        *error = tr("The portal sent a malformed change (type, id, version or op missing)");
        return false;
    }
    SyncEntityAdapter *adapter = m_adapters(type);
    // Unsent edits, or a conflict still waiting for a person, protect the local record.
    const bool pending = isProtected(type, id);
    if (op == u"delete") {
        // Deleted on the server or out of our scope now. Unsent edits keep the record: the push
        // will tell whether it is a conflict (deleted) or a refusal (out of scope).
        if (!pending && adapter && !adapter->remove(id, error))
            return false;
        return removeBase(type, id, error);
    }
    if (!adapter) // kept for a later version of the client
        return setBase(type, id, version, page.dataObject(change), error);
    if (pending)
        return mergePending(adapter, type, id, version, page.dataObject(change), error);
    // Nothing local to merge: the server's copy is the record. The common case of an initial sync
    // is a record new to this store.
    bool stored = false;
    if (!insertNew(page, change, &stored, error))
        return false;
    if (stored)
        return true;
    qint64 local = -1;
    if (!m_rows.localVersion(type, id, &local, error))
        return false;
    if (local > version)
        return true; // a newer version is already here
    if (!storeOrExplain(adapter, type, id, version, page.dataObject(change), error))
        return false;
    // A base left by an edit that has been settled since is no longer anybody's base.
    return removeBase(type, id, error);
}

// The record has unsent edits or an open conflict: merge field by field against the server's
// state those edits were made against, never overwrite them.
bool PageWriter::mergePending(SyncEntityAdapter *adapter, const QString &type, const QString &id, qint64 version,
                              const QJsonObject &data, QString *error)
{
    std::optional<SyncState::Base> known;
    if (!base(type, id, &known, error))
        return false;
    if (known && known->version >= version)
        return true; // already merged (a page applied twice after a lost reply)
    QJsonObject local = data;
    std::optional<QJsonObject> mine;
    if (!adapter->load(id, &mine, error))
        return false;
    if (mine)
        local = FieldMerge::merge(known ? known->data : QJsonObject(), *mine, data).merged;
    if (!storeOrExplain(adapter, type, id, version, local, error))
        return false;
    return setBase(type, id, version, data, error);
}

bool PageWriter::storeOrExplain(SyncEntityAdapter *adapter, const QString &type, const QString &id, qint64 version,
                                const QJsonObject &data, QString *error)
{
    QString storeError;
    if (adapter->store(id, data, version, &storeError))
        return true;
    if (Transaction::storeFailed(m_db, storeError)) {
        *error = Transaction::saveFailed(m_db, storeError);
        return false;
    }
    // A record we cannot take (e.g. an unknown procedure): say so, go on.
    m_log->write(SyncLog::Level::Error, tr("Could not store %1 %2 from the portal: %3").arg(type, id, storeError));
    return true;
}

} // namespace pass
