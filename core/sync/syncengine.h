#pragma once

#include "core/sync/pageprefetcher.h"
#include "core/sync/syncentityadapter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QUrlQuery>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace pass {

class PageWriter;
class PortalClient;
class SyncLog;

struct SyncProgress
{
    enum class Phase { Push, Pull, Rebuild, Done };
    Phase phase = Phase::Push;
    qint64 records = 0; // pushed mutations or pulled changes so far
    qint64 bytes = 0;   // received bytes so far
    qint64 pending = 0; // outbox rows left
};

struct SyncResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 pushed = 0;
    qint64 pulled = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0;
    qint64 retrying = 0; // edits the portal could not apply now (a server failure): kept for a retry
    qint64 bytes = 0;
};

// How the pages of the last pull came in: for the log, the benchmark and the tests.
struct PullStats
{
    int pages = 0;           // pages applied
    int parsedElsewhere = 0; // of them, fetched and parsed on a thread other than the writing one
    int refetched = 0;       // pages fetched ahead whose answer was not a whole page: asked again
    int waited = 0;          // pages fetched ahead not yet here when wanted: the group of pages was committed first
};

// One sync cycle: push the outbox in batches, then pull the change feed page by page.
//
// Push: at most one mutation per record in a batch (a record's later edits wait until the
// earlier one is acknowledged, then are rebased on the new version); mutation_ids are the
// outbox's, so a batch retried after a lost reply is recognised by the server. An outbox row is
// removed in the same transaction that stores its result. Pull: each page, its effects and the
// new cursor are committed together, so a crash resumes after the last page. A 410 rebuilds the
// server data but keeps the outbox. Edits waiting in the outbox are merged field by field with
// what arrives, and conflicts the server reports are stored for a person to resolve.
//
// While a page is applied the next one is fetched, inflated and parsed on another thread
// (PagePrefetcher); only a whole page is taken from there, anything else is asked again here.
//
// Blocking; runs on the thread that owns the connection and the client. cancel() may be called
// from any thread.
class SyncEngine
{
public:
    SyncEngine(QSqlDatabase db, PortalClient *client);
    ~SyncEngine();

    void addAdapter(std::unique_ptr<SyncEntityAdapter> adapter);
    // Registers the adapters of every entity this build supports.
    void addDefaultAdapters();
    SyncEntityAdapter *adapter(const QString &entity) const;

    void setPageSize(int limit) { m_pageSize = limit; }
    void setPushBatchSize(int size) { m_batchSize = size; }
    void setProgressCallback(std::function<void(const SyncProgress &)> callback) { m_progress = std::move(callback); }
    // Fetch-ahead (on by default) fetches and parses the next page on a thread of its own, over
    // a network access manager made there by \a network (a plain one when empty). Off, every page
    // is fetched on this thread: for a network that answers on this thread only (an in-memory
    // fake portal), whose requests a network of another thread would bypass.
    void setFetchAhead(bool on, PagePrefetcher::NetworkFactory network = {})
    {
        m_fetchAhead = on;
        m_aheadNetwork = std::move(network);
    }
    const PullStats &pullStats() const { return m_pullStats; }
    void cancel() { m_cancel = true; }
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }

    SyncResult run();
    bool push(SyncResult *result);
    bool pull(SyncResult *result);
    bool pullPages(PageWriter *writer, SyncResult *result);
    QUrlQuery pageQuery(const QString &cursor) const;

private:
    bool pushBatch(SyncResult *result, bool *done);
    bool rebuild(QString *error);
    bool downloadDocuments(SyncResult *result);
    void report(SyncProgress::Phase phase, const SyncResult &result);
    bool fail(SyncResult *result, const QString &error);

    QSqlDatabase m_db;
    PortalClient *m_client;
    std::unique_ptr<SyncLog> m_log;
    QHash<QString, SyncEntityAdapter *> m_adapters;
    std::vector<std::unique_ptr<SyncEntityAdapter>> m_owned;
    std::function<void(const SyncProgress &)> m_progress;
    std::atomic_bool m_cancel = false;
    bool m_fetchAhead = true;
    PagePrefetcher::NetworkFactory m_aheadNetwork;
    PullStats m_pullStats;
    QString m_retryReason; // the portal's words for an edit kept for a retry in this run
    int m_pageSize = 5000; // the portal's largest page: fewer transactions, fewer index pages rewritten
    int m_batchSize = 200;
};

} // namespace pass
