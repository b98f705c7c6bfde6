#include "syncengine.h"

#include "core/store/auditlog.h"
#include "core/store/editjournal.h"
#include "core/store/outbox.h"
#include "core/store/transaction.h"
#include "core/sync/casefileadapter.h"
#include "core/sync/documentadapter.h"
#include "core/sync/documenttransfer.h"
#include "core/sync/changepage.h"
#include "core/sync/fieldmerge.h"
#include "core/sync/mutationresults.h"
#include "core/sync/pagewriter.h"
#include "core/sync/portalclient.h"
#include "core/sync/requestadapter.h"
#include "core/sync/synclog.h"
#include "core/sync/syncstate.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::SyncEngine", text);
}

const QString kChangesPath = u"/api/v1/sync/changes"_s;
const QString kMutationsPath = u"/api/v1/sync/mutations"_s;
// How long the writer waits, holding its open group of pages, for a page fetched ahead that is
// still being received or parsed. The page is usually a few milliseconds from done; committing
// instead writes every page the group dirtied to the WAL and starts a new group. On 1,000,000
// records (idle machine): 86 groups committed early and 74,700 records/s without the wait,
// none and 99,800 records/s with it.
constexpr int kPageGraceMs = 100;

} // namespace

SyncEngine::SyncEngine(QSqlDatabase db, PortalClient *client)
    : m_db(db), m_client(client), m_log(std::make_unique<SyncLog>(db))
{
    m_client->setCancelFlag(&m_cancel);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::addAdapter(std::unique_ptr<SyncEntityAdapter> adapter)
{
    m_adapters.insert(adapter->entity(), adapter.get());
    m_owned.push_back(std::move(adapter));
}

void SyncEngine::addDefaultAdapters()
{
    // Case files first: requests may refer to them, and they are most of the data.
    addAdapter(std::make_unique<CaseFileAdapter>(m_db));
    for (const QString &entity : {u"support_request"_s, u"visit"_s, u"request_message"_s})
        addAdapter(std::make_unique<RequestAdapter>(m_db, entity));
    addAdapter(std::make_unique<DocumentAdapter>(m_db));
}

SyncEntityAdapter *SyncEngine::adapter(const QString &entity) const
{
    return m_adapters.value(entity);
}

void SyncEngine::report(SyncProgress::Phase phase, const SyncResult &result)
{
    if (!m_progress)
        return;
    SyncProgress p;
    p.phase = phase;
    p.records = phase == SyncProgress::Phase::Push ? result.pushed : result.pulled;
    p.bytes = result.bytes;
    QString ignored; // progress only: the count stays at 0 when it cannot be read
    Outbox(m_db).count(&p.pending, &ignored);
    m_progress(p);
}

bool SyncEngine::fail(SyncResult *result, const QString &error)
{
    result->ok = false;
    result->error = error;
    QString ignored;
    SyncState(m_db).setValue(QString::fromUtf16(SyncState::kLastError), error, &ignored);
    m_log->write(result->cancelled ? SyncLog::Level::Warning : SyncLog::Level::Error,
                 tr("Sync stopped: %1").arg(error));
    return false;
}

SyncResult SyncEngine::run()
{
    SyncResult result;
    m_retryReason.clear();
    m_log->write(SyncLog::Level::Info, tr("Sync started with %1").arg(m_client->baseUrl().toString()));
    if (!push(&result) || !pull(&result) || !downloadDocuments(&result))
        return result;
    // Conflicts found while pushing may have queued the non-clashing part of an edit again.
    qint64 waiting = 0;
    QString error;
    if (!Outbox(m_db).count(&waiting, &error)) {
        fail(&result, error);
        return result;
    }
    if (result.retrying == 0 && waiting > 0 && !push(&result))
        return result;
    if (result.retrying > 0) {
        // Not a refusal: the scheduler tries again later, and the edits wait with the portal's words.
        fail(&result, tr("%1 edits could not be applied by the portal now and wait for a retry: %2")
                          .arg(result.retrying).arg(m_retryReason));
        return result;
    }
    SyncState state(m_db);
    if (!state.setValue(QString::fromUtf16(SyncState::kLastSync), utcNow(), &error)
        || !state.removeValue(QString::fromUtf16(SyncState::kLastError), &error)) {
        fail(&result, error);
        return result;
    }
    result.ok = true;
    m_log->write(SyncLog::Level::Info, tr("Sync finished: %1 sent, %2 received, %3 conflicts, %4 refused")
                                           .arg(result.pushed).arg(result.pulled).arg(result.conflicts).arg(result.rejected));
    report(SyncProgress::Phase::Done, result);
    return result;
}

bool SyncEngine::push(SyncResult *result)
{
    QString error;
    if (!Outbox(m_db).expandImportRuns(&error))
        return fail(result, error);
    for (;;) {
        bool done = false;
        if (!pushBatch(result, &done))
            return false;
        // An edit the portal could not apply now waits for the next run, with the edits queued
        // behind it: retried at once it would most likely fail the same way.
        if (done || result->retrying > 0)
            return true;
    }
}

bool SyncEngine::pushBatch(SyncResult *result, bool *done)
{
    Outbox outbox(m_db);
    QList<OutboxEntry> pending;
    QString readError;
    if (!outbox.pending(m_batchSize * 4, &pending, &readError))
        return fail(result, readError);
    if (pending.isEmpty()) {
        *done = true;
        return true;
    }
    // One mutation per record per batch: the next one needs the version this one produces.
    QList<OutboxEntry> batch;
    QSet<QString> records;
    for (const OutboxEntry &e : pending) {
        const QString key = e.entity + u'/' + e.recordId;
        if (records.contains(key))
            continue;
        records.insert(key);
        batch << e;
        // A create without fields (an imported case) sends the record as it is now.
        if (e.op == u"create" && e.fields.isEmpty()) {
            std::optional<QJsonObject> current;
            if (SyncEntityAdapter *a = adapter(e.entity); a && !a->load(e.recordId, &current, &readError))
                return fail(result, readError);
            if (current)
                batch.last().fields = *current;
        }
        if (batch.size() >= m_batchSize)
            break;
    }
    QJsonArray mutations;
    for (const OutboxEntry &e : std::as_const(batch)) {
        QJsonObject m{{u"mutation_id"_s, e.mutationId}, {u"entity"_s, e.entity}, {u"id"_s, e.recordId},
                      {u"op"_s, e.op}};
        if (e.op != u"create")
            m.insert(u"base_version"_s, e.baseVersion);
        if (e.op != u"delete")
            m.insert(u"fields"_s, e.fields);
        mutations.append(m);
    }
    // A document's metadata names content the portal must hold already: its bytes go first.
    DocumentTransfer documents(m_db, m_client);
    QString uploadError;
    const bool uploaded = documents.uploadFor(batch, &uploadError);
    result->bytes += documents.bytes();
    if (!uploaded) {
        Transaction tx(m_db);
        QString ignored;
        if (tx.begin(&ignored)) {
            for (const OutboxEntry &e : std::as_const(batch))
                outbox.markAttempt(e.seq, uploadError, &ignored);
            tx.commit(&ignored);
        }
        return fail(result, uploadError);
    }
    const PortalReply reply = m_client->postJson(kMutationsPath, QJsonObject{{u"mutations"_s, mutations}});
    result->bytes += reply.bytes;
    if (!reply.ok) {
        result->cancelled = reply.cancelled;
        if (!reply.cancelled) {
            Transaction tx(m_db);
            QString ignored;
            if (tx.begin(&ignored)) {
                for (const OutboxEntry &e : std::as_const(batch))
                    outbox.markAttempt(e.seq, reply.error, &ignored);
                tx.commit(&ignored);
            }
        }
        return fail(result, reply.error);
    }
    QHash<QString, QJsonObject> byMutation;
    const QJsonArray results = reply.json.object().value(u"results").toArray();
    for (const QJsonValue &v : results)
        byMutation.insert(v.toObject().value(u"mutation_id").toString(), v.toObject());

    Transaction tx(m_db);
    QString error;
    if (!tx.begin(&error))
        return fail(result, error);
    MutationResults writer(m_db, m_log.get(), [this](const QString &entity) { return adapter(entity); });
    int handled = 0;
    for (const OutboxEntry &e : std::as_const(batch)) {
        const auto it = byMutation.constFind(e.mutationId);
        if (it == byMutation.cend())
            continue; // no answer for it: it stays in the outbox and goes again
        MutationResults::Outcome outcome;
        if (!writer.store(e, *it, &outcome, &error))
            return fail(result, tr("Cannot store the portal's answer: %1").arg(error));
        ++handled;
        if (outcome == MutationResults::Outcome::Applied)
            ++result->pushed;
        else if (outcome == MutationResults::Outcome::Conflict)
            ++result->conflicts;
        else if (outcome == MutationResults::Outcome::Retry)
            ++result->retrying;
        else
            ++result->rejected;
    }
    if (!tx.commit(&error))
        return fail(result, error);
    if (result->retrying > 0)
        m_retryReason = writer.lastRetryReason();
    report(SyncProgress::Phase::Push, *result);
    if (handled == 0)
        return fail(result, tr("The portal answered none of the %1 changes sent").arg(batch.size()));
    return true;
}

bool SyncEngine::downloadDocuments(SyncResult *result)
{
    // After the pull: the documents it brought are known, and their bytes come now, each checked
    // against its SHA-256. What was pulled stays whatever happens here.
    DocumentTransfer documents(m_db, m_client);
    int count = 0;
    QString error;
    const bool ok = documents.downloadMissing(&count, &error);
    result->bytes += documents.bytes();
    if (count > 0)
        m_log->write(SyncLog::Level::Info, tr("%1 documents downloaded").arg(count));
    return ok || fail(result, error);
}

bool SyncEngine::pull(SyncResult *result)
{
    m_pullStats = {};
    PageWriter writer(m_db, m_log.get(), [this](const QString &entity) { return adapter(entity); });
    const bool ok = pullPages(&writer, result);
    // However the pull ended, what was applied is kept, and the store gets its indexes back.
    QString error;
    if (!writer.finish(&error))
        return ok ? fail(result, error) : false;
    return ok;
}

QUrlQuery SyncEngine::pageQuery(const QString &cursor) const
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    return query;
}

bool SyncEngine::pullPages(PageWriter *writer, SyncResult *result)
{
    SyncState state(m_db);
    bool rebuilt = false;
    // The page being applied. With fetch-ahead the next one is parsed meanwhile into the
    // prefetcher's page, and the two are swapped when it is taken.
    auto page = std::make_unique<ChangePage>();
    std::unique_ptr<PagePrefetcher> ahead; // made for the second page: a one-page pull needs no thread
    for (;;) {
        // A cursor that cannot be read stops the pull: read as "none" it would pull everything again.
        QString error;
        const std::optional<QString> cursor = state.value(QString::fromUtf16(SyncState::kCursor), &error);
        if (!cursor)
            return fail(result, error);
        const QUrlQuery query = pageQuery(*cursor);
        // Pages share a write transaction only while the next one is here or a few milliseconds
        // from it (kPageGraceMs): waiting for the network (a slow portal, a retry after a
        // failure) never holds the store's write lock longer than that.
        const bool here = ahead && ahead->arrived(kChangesPath, query, kPageGraceMs);
        if (ahead && !here)
            ++m_pullStats.waited;
        if (!here && !writer->commit(&error))
            return fail(result, error);
        QElapsedTimer timer;
        timer.start();
        bool taken = false;
        if (ahead) {
            qint64 bytes = 0;
            QString why;
            const PagePrefetcher::Outcome outcome = ahead->take(kChangesPath, query, &page, &bytes, &why);
            result->bytes += bytes;
            taken = outcome == PagePrefetcher::Outcome::Taken;
            if (outcome == PagePrefetcher::Outcome::Failed) {
                // Retries, Retry-After, the token refresh and the 410 rebuild are the client's
                // below: the prefetch thread only ever delivers whole pages.
                ++m_pullStats.refetched;
                qCInfo(lcSync).noquote() << u"the page fetched ahead is not a whole page (%1): asking again"_s.arg(why);
            }
        }
        bool parsed = taken;
        if (!taken) {
            const PortalReply reply = m_client->get(kChangesPath, query, [&page, &parsed](const QByteArray &body, QString *why) {
                return parsed = page->parse(body, why);
            });
            result->bytes += reply.bytes;
            if (reply.status == 410 && !rebuilt) {
                m_log->write(SyncLog::Level::Warning,
                             tr("The portal no longer knows our position (%1): downloading everything again; "
                                "unsent edits are kept").arg(reply.problem.message()));
                if (!writer->commit(&error) || !rebuild(&error))
                    return fail(result, error);
                rebuilt = true;
                continue;
            }
            if (!reply.ok) {
                result->cancelled = reply.cancelled;
                return fail(result, reply.error);
            }
        }
        const qint64 fetchMs = timer.restart();
        // A 2xx without a body (204) never reached the parser: the page still holds an earlier one.
        if (!parsed || page->notAPage())
            return fail(result, tr("The portal sent a change page without changes, next_cursor or has_more"));
        const bool more = page->hasMore();
        if (more && !m_cancel && m_fetchAhead) {
            if (!ahead)
                ahead = std::make_unique<PagePrefetcher>(*m_client, &m_cancel, m_aheadNetwork);
            // The portal and the prefetch thread work while this page is stored.
            ahead->start(kChangesPath, pageQuery(page->nextCursor()), m_client->accessToken());
        }
        if (!writer->apply(*page, &error))
            return fail(result, error); // the prefetcher drops the page under way as it goes
        ++m_pullStats.pages;
        if (page->parsedOn() != QThread::currentThreadId())
            ++m_pullStats.parsedElsewhere;
        result->pulled += qint64(page->changes().size());
        qCDebug(lcSync).noquote() << "page of" << page->changes().size() << "changes: fetched and parsed in" << fetchMs
                                  << "ms, applied in" << timer.elapsed() << "ms"
                                  << (taken ? "(parsed on the prefetch thread: the first figure is the wait)" : "");
        report(SyncProgress::Phase::Pull, *result);
        if (!more)
            return true;
        if (m_cancel) {
            result->cancelled = true;
            return fail(result, tr("Cancelled"));
        }
    }
}

bool SyncEngine::rebuild(QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    // Any read that fails stops the rebuild (the transaction rolls back, the cursor stays): a
    // record is deleted only when the store said for certain that nothing of it is unsent.
    for (SyncEntityAdapter *adapter : std::as_const(m_adapters)) {
        QStringList ids;
        if (!adapter->syncedIds(&ids, error))
            return false;
        for (const QString &id : std::as_const(ids)) {
            bool unsynced = true;
            if (!hasUnsyncedWork(m_db, adapter->entity(), id, &unsynced, error))
                return false;
            if (!unsynced && !adapter->remove(id, error))
                return false;
        }
    }
    // Records with unsent edits keep their merge base: it is what those edits were made against.
    SyncState state(m_db);
    return state.clearSettledBases(error) && state.removeValue(QString::fromUtf16(SyncState::kCursor), error)
        && tx.commit(error);
}

} // namespace pass
