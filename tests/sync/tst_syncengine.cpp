#include "tests/common/storereads.h"
#include "fakeportal.h"
#include "syncfixture.h"

#include "core/store/casefilecodec.h"
#include "core/store/casefilestore.h"
#include "core/store/migrations.h"
#include "core/store/requeststore.h"
#include "core/sync/conflictstore.h"
#include "core/sync/rejectionstore.h"
#include "core/sync/synclog.h"
#include "core/sync/pagewriter.h"
#include "core/sync/syncstate.h"
#include "core/util/stage.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {
const QUrl kUrl(u"http://127.0.0.1:9"_s);

// Two clients of one in-memory portal, both holding a case the first one created.
struct TwoClients
{
    FakePortalState state;
    FakePortal nam{&state};
    SyncClient a{&nam, kUrl, QStringLiteral("a")};
    SyncClient b{&nam, kUrl, QStringLiteral("b")};
    QString id;

    bool share(const QString &protocol, const QString &notes)
    {
        id = a.addCase(protocol, notes);
        return a.sync().ok && b.sync().ok;
    }
};
}

// The real sync engine and store against the in-memory portal, with faults injected per request.
class TestSyncEngine : public QObject
{
    Q_OBJECT
private:
    static void seed(FakePortalState &s, int n)
    {
        for (int i = 0; i < n; ++i)
            s.create(u"case_file"_s, SyncClient::caseFields(u"SRV-%1"_s.arg(i)));
    }
    static QStringList serverIds(const FakePortalState &s)
    {
        QStringList ids;
        for (const QJsonObject &o : s.liveRecords(u"case_file"_s))
            ids << o.value(u"id").toString();
        ids.sort();
        return ids;
    }
    static ConflictStore conflicts(SyncClient &c) { return c.conflicts(); }
    // The hook answers the requests of the change feed in the portal's place (given their number,
    // from 1) when it returns a reply; the portal answers the rest.
    using PageHook = std::function<QNetworkReply *(QNetworkAccessManager::Operation, const QNetworkRequest &, int page)>;
    static void hookPages(FakePortal &nam, PageHook hook)
    {
        nam.setOverride([hook, pages = 0](QNetworkAccessManager::Operation op, const QNetworkRequest &req,
                                          const QByteArray &) mutable -> QNetworkReply * {
            return req.url().path().endsWith(u"/changes") ? hook(op, req, ++pages) : nullptr;
        });
    }
    static qint64 scalar(SyncClient &c, const QString &sql)
    {
        QSqlQuery q(c.database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // What an initial sync may leave out while it runs is all there once it has stopped: the
    // case file indexes, and statistics that count every case file.
    static void checkIndexes(SyncClient &c)
    {
        const QStringList names = caseFileIndexNames();
        for (const QString &name : names)
            QCOMPARE(scalar(c, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'"_s.arg(name)), 1);
    }
    static void checkIndexesAndStatistics(SyncClient &c)
    {
        checkIndexes(c);
        QCOMPARE(scalar(c, u"SELECT count(*) FROM sync_state WHERE key = 'deferred_case_indexes'"_s), 0);
        QCOMPARE(scalar(c, u"SELECT sum(started) FROM case_stats WHERE authority_istat = '*'"_s), c.caseCount());
    }

private slots:
    void initialSyncResumesAfterAFailedPage()
    {
        FakePortalState state;
        seed(state, 250);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        hookPages(nam, [](QNetworkAccessManager::Operation op, const QNetworkRequest &req, int page) {
            return page > 2 ? FakePortal::problem(op, req, 503, u"Down"_s, 1) : nullptr;
        });
        SyncResult r = a.sync();
        QVERIFY(!r.ok);
        QCOMPARE(a.caseCount(), 200); // two pages committed with their cursor
        checkIndexesAndStatistics(a); // however the pull ends
        nam.setOverride({});
        r = a.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(a.caseCount(), 250);
        checkIndexesAndStatistics(a);
        QCOMPARE(a.caseIds(), serverIds(state));
        QCOMPARE(r.pulled, 50); // resumed, not restarted
        // Killed while they were left out (indexes dropped, statistics not built, the marker
        // committed): the next sync builds them.
        QSqlQuery q(a.database().connection());
        QVERIFY(q.exec(u"DROP INDEX case_files_start"_s));
        QVERIFY(q.exec(u"DELETE FROM case_stats"_s));
        QVERIFY(q.exec(u"INSERT INTO sync_state (key, value) VALUES ('deferred_case_indexes', '1')"_s));
        QVERIFY(a.sync().ok);
        checkIndexesAndStatistics(a);
    }

    // A 2xx without a body is no page: the pull stops there, instead of applying again the page
    // it applied before and moving the cursor back to it.
    void answerWithoutAPageStopsThePull()
    {
        FakePortalState state;
        seed(state, 250);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        int asked = 0;
        hookPages(nam, [&asked](QNetworkAccessManager::Operation op, const QNetworkRequest &req, int page) {
            asked = page;
            return page == 2 ? new FakeReply(op, req, 204, {}) : nullptr;
        });
        SyncResult r = a.sync();
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"next_cursor"_s), qPrintable(r.error));
        QCOMPARE(asked, 2);
        QCOMPARE(a.caseCount(), 100); // the first page, committed with its cursor
        nam.setOverride({});
        r = a.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pulled, 150);
        QCOMPARE(a.caseIds(), serverIds(state));
    }

    // A record whose protocol number another case holds is refused for that record only, and
    // said in the log; pulled again from the start, records already here are updated in place.
    void aRefusedRecordStopsOnlyItselfAndKnownRecordsAreUpdated()
    {
        FakePortalState state;
        seed(state, 100);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        // A case nobody sent, holding the key of the 11th record of the feed.
        QSqlQuery q(a.database().connection());
        QVERIFY(q.exec(u"INSERT INTO case_files (id, authority_istat, procedure_code, protocol_number, start_date, "
                       "updated_at) VALUES ('squatter', '019002', 'PAUR', 'SRV-10', '2024-03-01', '2024-03-01')"_s));
        QVERIFY(a.sync().ok);
        const QStringList ids = serverIds(state);
        QCOMPARE(a.caseCount(), 100); // 99 of the portal and the squatter
        QCOMPARE(a.caseIdByProtocol(u"SRV-10"_s), u"squatter"_s);
        for (int i = 0; i < 100; ++i) {
            if (i != 10)
                QVERIFY2(!a.caseIdByProtocol(u"SRV-%1"_s.arg(i)).isEmpty(), qPrintable(u"SRV-%1"_s.arg(i)));
        }
        const QList<SyncLog::Entry> log = pass::testutil::syncLog(a.database().connection(), 50);
        QVERIFY(std::any_of(log.begin(), log.end(), [](const SyncLog::Entry &e) {
            return e.message.contains(u"Could not store"_s);
        }));
        // From the start again, with ten records changed on the portal: every id is here already.
        QVERIFY(q.exec(u"DELETE FROM case_files WHERE id = 'squatter'"_s));
        QVERIFY(q.exec(u"DELETE FROM sync_state WHERE key = 'cursor'"_s));
        for (const QString &id : ids.mid(0, 10))
            state.update(id, {{u"notes"_s, u"changed on the portal"_s}});
        const SyncResult r = a.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(a.caseCount(), 100);
        QCOMPARE(a.caseIds(), ids);
        for (const QString &id : ids.mid(0, 10))
            QCOMPARE(a.caseJson(id)->value(u"notes").toString(), u"changed on the portal"_s);
        checkIndexes(a);
    }

    // The disk fills up during an initial sync, while the pages go in or while the indexes left
    // out are built at the end (SQLite's page limit stands in for the disk: the same SQLITE_FULL
    // on the real file). The sync says so, the store stays intact with the local request, what
    // was committed stays, and with room again the next sync completes: every record, index and
    // statistic, the request on the portal.
    void fullDiskDuringAnInitialSyncLosesNothing_data()
    {
        QTest::addColumn<bool>("atTheIndexBuild");
        QTest::newRow("while the pages go in") << false;
        QTest::newRow("while the indexes are built") << true;
    }
    void fullDiskDuringAnInitialSyncLosesNothing()
    {
        QFETCH(bool, atTheIndexBuild);
        constexpr int kRecords = 3000;
        FakePortalState state;
        seed(state, kRecords);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        QSqlDatabase db = a.database().connection();
        SupportRequest request;
        request.authorityIstat = u"019002"_s;
        request.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        request.subject = u"Arretrato SCIA"_s;
        request.createdOn = QDate(2024, 2, 1);
        QString error;
        QVERIFY2(RequestStore(db).saveRequest(&request, EditContext::local(), &error), qPrintable(error));
        QSqlQuery q(db);
        // No free pages left by the migrations: the pull has to grow the file.
        QVERIFY(q.exec(u"VACUUM"_s));
        q.finish();
        Database &store = a.database();
        const auto limitTo = [&store](qint64 room) {
            QSqlQuery limit(store.connection()); // the connection of the thread that syncs
            return limit.exec(u"PRAGMA page_count"_s) && limit.next()
                && limit.exec(u"PRAGMA max_page_count = %1"_s.arg(limit.value(0).toLongLong() + room));
        };
        auto limited = std::make_shared<bool>(false);
        if (atTheIndexBuild) {
            // Once every record is committed (the pages' last group), no room for the indexes.
            setStageHook([limitTo, limited, &store](const char *stage) {
                QSqlQuery count(store.connection());
                if (qstrcmp(stage, "sync:page-group-committed") == 0 && count.exec(u"SELECT count(*) FROM case_files"_s)
                    && count.next() && count.value(0).toInt() == kRecords)
                    *limited = limitTo(0);
            });
        } else {
            // Room for the pushed request, not for the records.
            *limited = limitTo(2);
        }
        const SyncResult full = a.sync();
        setStageHook({});
        QVERIFY(*limited);
        QVERIFY(!full.ok);
        QVERIFY2(full.error.contains(u"the disk that holds the store is full"_s), qPrintable(full.error));
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
        q.finish();
        QCOMPARE(scalar(a, u"SELECT count(*) FROM support_requests WHERE id = '%1'"_s.arg(request.id)), 1);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        q.finish();
        if (atTheIndexBuild) {
            // Every page was in when the disk filled: they stay, and the marker says the indexes
            // are still owed.
            QCOMPARE(a.caseCount(), kRecords);
            QCOMPARE(scalar(a, u"SELECT count(*) FROM sync_state WHERE key = 'deferred_case_indexes'"_s), 1);
        } else {
            QVERIFY2(a.caseCount() < kRecords, qPrintable(QString::number(a.caseCount())));
        }

        const SyncResult done = a.sync();
        QVERIFY2(done.ok, qPrintable(done.error));
        QCOMPARE(a.caseCount(), kRecords);
        QCOMPARE(a.caseIds(), serverIds(state));
        checkIndexesAndStatistics(a);
        QCOMPARE(a.outboxCount(), 0);
        const QList<QJsonObject> onThePortal = state.liveRecords(u"support_request"_s);
        QVERIFY(std::any_of(onThePortal.cbegin(), onThePortal.cend(),
                            [&](const QJsonObject &o) { return o.value(u"id").toString() == request.id; }));
    }

    // Opened offline after an initial sync was killed halfway: the store gets its indexes and
    // complete statistics now, and the marker stays so that the next sync still counts.
    void interruptedInitialSyncIsRepairedOffline()
    {
        FakePortalState state;
        seed(state, 120);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        QVERIFY(a.sync().ok);
        QSqlDatabase db = a.database().connection();
        bool repaired = true;
        QString error;
        QVERIFY2(PageWriter::repairInterruptedInitialSync(db, &repaired, &error), qPrintable(error));
        QVERIFY(!repaired); // a finished sync leaves nothing to repair
        QSqlQuery q(db);
        QVERIFY(q.exec(u"DROP INDEX case_files_start"_s));
        QVERIFY(q.exec(u"DROP INDEX case_files_procedure"_s));
        QVERIFY(q.exec(u"DELETE FROM case_stats"_s));
        QVERIFY(q.exec(u"INSERT INTO sync_state (key, value) VALUES ('deferred_case_indexes', '1')"_s));
        QVERIFY2(PageWriter::repairInterruptedInitialSync(db, &repaired, &error), qPrintable(error));
        QVERIFY(repaired);
        checkIndexes(a);
        QCOMPARE(scalar(a, u"SELECT sum(started) FROM case_stats WHERE authority_istat = '*'"_s), 120);
        QCOMPARE(scalar(a, u"SELECT count(*) FROM sync_state WHERE key = 'deferred_case_indexes'"_s), 1);
        for (int i = 0; i < 30; ++i) // more on the portal: the next sync counts them and clears the marker
            state.create(u"case_file"_s, SyncClient::caseFields(u"NEW-%1"_s.arg(i)));
        QVERIFY(a.sync().ok);
        checkIndexesAndStatistics(a);
    }

    // An initial sync into an empty store lifts the unique protocol rule while it pulls (the
    // index is out); any other writer puts it back first and writes under it: a local case file
    // repeating a pulled one's protocol number is refused, one with a new number is kept, and
    // the sync still ends with every record, index and statistic.
    void otherWritersPutTheProtocolRuleBackDuringAnInitialSync()
    {
        FakePortalState state;
        seed(state, 250);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        struct Seen
        {
            bool done = false;
            qint64 indexBefore = -1, indexAfter = -1;
            QString repeated, refusal, keptId;
        };
        auto seen = std::make_shared<Seen>();
        QSqlDatabase db = a.database().connection();
        setStageHook([seen, db](const char *stage) {
            if (seen->done || qstrcmp(stage, "sync:page-group-committed") != 0)
                return;
            seen->done = true;
            QSqlQuery q(db);
            const auto protocolIndex = [&q] {
                return q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'case_files_protocol'"_s) && q.next()
                    ? q.value(0).toLongLong() : -1;
            };
            seen->indexBefore = protocolIndex();
            if (q.exec(u"SELECT protocol_number FROM case_files LIMIT 1"_s) && q.next())
                seen->repeated = q.value(0).toString();
            CaseFileStore store(db);
            CaseFile twin;
            CaseFileCodec::applyJson(SyncClient::caseFields(seen->repeated), &twin);
            if (store.insert(&twin, EditContext::local(), &seen->refusal))
                seen->refusal.clear();
            // The refused write rolled back, index and all; this one commits it.
            CaseFile fresh;
            CaseFileCodec::applyJson(SyncClient::caseFields(u"LOCAL-1"_s), &fresh);
            QString error;
            if (store.insert(&fresh, EditContext::local(), &error))
                seen->keptId = fresh.id;
            seen->indexAfter = protocolIndex();
        });
        const SyncResult r = a.sync();
        setStageHook({});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(seen->done);
        QCOMPARE(seen->indexBefore, 0); // lifted while pulling
        QVERIFY(!seen->repeated.isEmpty());
        QVERIFY2(seen->refusal.contains(u"UNIQUE"_s), qPrintable(seen->refusal));
        QCOMPARE(seen->indexAfter, 1); // put back by the local write
        QVERIFY(!seen->keptId.isEmpty());
        QCOMPARE(a.caseCount(), 251);
        QCOMPARE(a.caseIdByProtocol(u"LOCAL-1"_s), seen->keptId);
        QVERIFY(a.caseIdByProtocol(seen->repeated) != seen->keptId);
        checkIndexesAndStatistics(a);
        QCOMPARE(a.outboxCount(), 0); // sent at the end of the same sync
        QCOMPARE(serverIds(state), a.caseIds());
    }

    // Two records of the portal with one protocol number (a portal keeping the rule never sends
    // that): pulled with the rule lifted, they are settled when the pull ends. The first stored
    // stays and the other is said in the log, as a record refused at its insert used to be;
    // unless the other has unsent edits (a tool wrote it meanwhile): that one is never removed.
    void repeatedProtocolNumbersAreSettledWhenThePullEnds()
    {
        FakePortalState state;
        seed(state, 20);
        const QString first = state.create(u"case_file"_s, SyncClient::caseFields(u"TWICE"_s));
        const QString second = state.create(u"case_file"_s, SyncClient::caseFields(u"TWICE"_s));
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        auto wrote = std::make_shared<bool>(false);
        QSqlDatabase db = a.database().connection();
        // While the rule is out, a tool writes a case file with SRV-3's number, and its outbox row.
        setStageHook([wrote, db](const char *stage) {
            if (*wrote || qstrcmp(stage, "sync:page-group-committed") != 0)
                return;
            QSqlQuery q(db);
            *wrote = q.exec(u"INSERT INTO case_files (id, authority_istat, procedure_code, protocol_number, start_date, "
                            "updated_at) VALUES ('mine', '019002', 'PAUR', 'SRV-3', '2024-03-01', '2024-03-01')"_s)
                && q.exec(u"INSERT INTO outbox (mutation_id, entity, record_id, op, created_at) "
                          "VALUES ('m-mine', 'case_file', 'mine', 'create', '2024-03-01')"_s);
        });
        const SyncResult r = a.sync();
        setStageHook({});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(*wrote);
        QCOMPARE(a.caseCount(), 21); // 22 of the portal, less one of each pair, and mine
        QCOMPARE(a.caseIdByProtocol(u"TWICE"_s), first);
        QCOMPARE(a.caseIdByProtocol(u"SRV-3"_s), u"mine"_s);
        checkIndexesAndStatistics(a);
        const QList<SyncLog::Entry> log = pass::testutil::syncLog(db, 50);
        const auto logged = [&log](const QString &id) {
            return std::any_of(log.begin(), log.end(), [&id](const SyncLog::Entry &e) {
                return e.message.contains(u"Could not keep case_file "_s + id);
            });
        };
        QVERIFY(logged(second));
        QVERIFY(!logged(first));
        QVERIFY(!logged(u"mine"_s));
    }

    void mergeBaseIsKeptOnlyForRecordsEditedHere()
    {
        FakePortalState state;
        seed(state, 30);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        QVERIFY(a.sync().ok);
        QCOMPARE(a.caseCount(), 30);
        QCOMPARE(scalar(a, u"SELECT count(*) FROM sync_base"_s), 0); // pulled records carry only their version
        const QString id = a.caseIds().first();
        const QJsonObject before = *a.caseJson(id);
        const qint64 version = scalar(a, u"SELECT version FROM case_files WHERE id = '%1'"_s.arg(id));
        QVERIFY(version > 0);
        QVERIFY(a.editCase(id, {{u"responsible"_s, u"Arch. Verdi"_s}}));
        std::optional<SyncState::Base> base = pass::testutil::syncBase(a.database().connection(), u"case_file"_s, id);
        QVERIFY(base);
        QCOMPARE(base->version, version);
        QCOMPARE(base->data, before); // the row as it was before the edit
        // A second edit keeps that base: the row now holds an edit the server has not seen.
        QVERIFY(a.editCase(id, {{u"notes"_s, u"second"_s}}));
        base = pass::testutil::syncBase(a.database().connection(), u"case_file"_s, id);
        QVERIFY(base);
        QCOMPARE(base->data, before);
        QCOMPARE(scalar(a, u"SELECT count(*) FROM sync_base"_s), 1);
        QVERIFY(a.sync().ok);
        QCOMPARE(a.outboxCount(), 0);
        QCOMPARE(scalar(a, u"SELECT count(*) FROM sync_base"_s), 0); // settled: no base any more
        QCOMPARE(state.records()[id].data.value(u"responsible").toString(), u"Arch. Verdi"_s);
        QCOMPARE(state.records()[id].data.value(u"notes").toString(), u"second"_s);
        QVERIFY(scalar(a, u"SELECT version FROM case_files WHERE id = '%1'"_s.arg(id)) > version);
    }

    void waitingForThePortalNeverHoldsTheWriteLock()
    {
        FakePortalState state;
        seed(state, 250);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
        other.setDatabaseName(a.storePath());
        QVERIFY(other.open());
        QSqlQuery(other).exec(u"PRAGMA busy_timeout = 0"_s);
        int pages = 0;
        bool otherWrote = false;
        nam.setOverride([&](QNetworkAccessManager::Operation op, const QNetworkRequest &req, const QByteArray &) -> QNetworkReply * {
            if (!req.url().path().endsWith(u"/changes") || ++pages < 3)
                return nullptr;
            if (pages == 3) // two pages applied; the third fails once and is asked again after a wait
                return FakePortal::problem(op, req, 503, u"Busy"_s, 1);
            // Retrying: the pages applied so far are committed, another writer gets in at once.
            if (pages == 4)
                otherWrote = QSqlQuery(other).exec(u"INSERT INTO sync_log (at, level, message) "
                                                   "VALUES ('2025-01-15T09:00:00Z', 'info', 'other writer')"_s);
            return nullptr;
        });
        const SyncResult r = a.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(pages > 3);
        QVERIFY(otherWrote);
        QCOMPARE(a.caseCount(), 250);
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"other-writer"_s);
    }

    void refusedEditIsListedWithItsReason()
    {
        FakePortalState state;
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        const QString id = a.addCase(u"P-TAKEN"_s);
        state.create(u"case_file"_s, SyncClient::caseFields(u"OTHER"_s), id); // the portal refuses the id
        const SyncResult r = a.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rejected, 1);
        QCOMPARE(a.outboxCount(), 0);
        const QList<RejectionStore::Rejection> refused = pass::testutil::rejections(a.database().connection());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused[0].entity, u"case_file"_s);
        QCOMPARE(refused[0].recordId, id);
        QCOMPARE(refused[0].op, u"create"_s);
        QCOMPARE(refused[0].status, 409);
        QCOMPARE(refused[0].field, u"id"_s);
        QVERIFY2(refused[0].message.contains(u"a record with this id exists"_s), qPrintable(refused[0].message));
        QCOMPARE(refused[0].fields.value(u"protocol_number").toString(), u"P-TAKEN"_s); // what was sent
        QVERIFY(a.sync().ok);
        QCOMPARE(pass::testutil::rejectionCount(a.database().connection()), 1); // kept until cleared
    }

    void offlineEditsOnBothSidesMergeFieldByField()
    {
        TwoClients clients;
        QVERIFY(clients.share(u"P-1"_s, u"first"_s));
        auto &[state, nam, a, b, id] = clients;
        QVERIFY(b.caseJson(id));
        // Both offline: different fields.
        QVERIFY(a.editCase(id, {{u"responsible"_s, u"Arch. Bianchi"_s}}));
        QVERIFY(b.editCase(id, {{u"notes"_s, u"from b"_s}, {u"services_conference"_s, true}}));
        const QString newA = a.addCase(u"P-A"_s);
        const QString newB = b.addCase(u"P-B"_s);
        QVERIFY(a.sync().ok);
        QVERIFY(b.sync().ok);
        QVERIFY(a.sync().ok);
        for (SyncClient *c : {&a, &b}) {
            const QJsonObject j = *c->caseJson(id);
            QCOMPARE(j.value(u"responsible").toString(), u"Arch. Bianchi"_s);
            QCOMPARE(j.value(u"notes").toString(), u"from b"_s);
            QCOMPARE(j.value(u"services_conference").toBool(), true);
            QCOMPARE(c->caseIds(), serverIds(state));
            QCOMPARE(c->outboxCount(), 0);
            QCOMPARE(pass::testutil::openConflictCount(conflicts(*c)), 0);
        }
        QCOMPARE(serverIds(state).size(), 3);
        QVERIFY(serverIds(state).contains(newA) && serverIds(state).contains(newB));
    }

    void sameFieldClashBecomesAConflictAndResolvingPushesIt()
    {
        TwoClients clients;
        QVERIFY(clients.share(u"P-1"_s, u"base"_s));
        auto &[state, nam, a, b, id] = clients;
        QVERIFY(a.editCase(id, {{u"notes"_s, u"mine A"_s}, {u"responsible"_s, u"A"_s}}));
        QVERIFY(b.editCase(id, {{u"notes"_s, u"mine B"_s}, {u"protocol_number"_s, u"P-1bis"_s}}));
        QVERIFY(a.sync().ok);
        const SyncResult rb = b.sync();
        QVERIFY2(rb.ok, qPrintable(rb.error));
        QCOMPARE(rb.conflicts, 1);
        const QList<ConflictStore::Conflict> open = pass::testutil::openConflicts(conflicts(b));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].field, u"notes"_s);
        QCOMPARE(open[0].mine.toString(), u"mine B"_s);
        QCOMPARE(open[0].theirs.toString(), u"mine A"_s);
        QCOMPARE(open[0].base.toString(), u"base"_s);
        // Nothing silently overwritten: B still shows its own notes, and got A's responsible;
        // its non-clashing protocol change went to the server anyway.
        QCOMPARE(b.caseJson(id)->value(u"notes").toString(), u"mine B"_s);
        QCOMPARE(b.caseJson(id)->value(u"responsible").toString(), u"A"_s);
        QCOMPARE(state.records()[id].data.value(u"protocol_number").toString(), u"P-1bis"_s);
        QCOMPARE(state.records()[id].data.value(u"notes").toString(), u"mine A"_s);
        QString error;
        QVERIFY2(conflicts(b).resolve(open[0].id, ConflictStore::Choice::Mine, &error), qPrintable(error));
        QVERIFY(b.sync().ok);
        QVERIFY(a.sync().ok);
        QCOMPARE(state.records()[id].data.value(u"notes").toString(), u"mine B"_s);
        QCOMPARE(a.caseJson(id)->value(u"notes").toString(), u"mine B"_s);
        QCOMPARE(pass::testutil::openConflictCount(conflicts(b)), 0);
    }

    void editAfterAResolvedConflictMergesWithoutLosingAnything()
    {
        TwoClients clients;
        QVERIFY(clients.share(u"P-1"_s, u"base"_s));
        auto &[state, nam, a, b, id] = clients;
        QVERIFY(a.editCase(id, {{u"notes"_s, u"from A"_s}}));
        QVERIFY(b.editCase(id, {{u"notes"_s, u"from B"_s}}));
        QVERIFY(a.sync().ok);
        QCOMPARE(b.sync().conflicts, 1);
        QString error;
        QVERIFY2(conflicts(b).resolve(pass::testutil::openConflicts(conflicts(b)).first().id, ConflictStore::Choice::Theirs, &error),
                 qPrintable(error));
        QCOMPARE(b.outboxCount(), 0);
        // B's row is now the portal's state: its next edit is based on it, and merges with what
        // A changes meanwhile, field by field.
        QVERIFY(b.editCase(id, {{u"responsible"_s, u"Ing. B"_s}}));
        QCOMPARE(pass::testutil::syncBase(b.database().connection(), u"case_file"_s, id)->data.value(u"notes").toString(),
                 u"from A"_s);
        QVERIFY(a.editCase(id, {{u"protocol_number"_s, u"P-1bis"_s}}));
        QVERIFY(a.sync().ok);
        const SyncResult rb = b.sync();
        QVERIFY2(rb.ok, qPrintable(rb.error));
        QCOMPARE(rb.conflicts, 0);
        QVERIFY(a.sync().ok);
        for (SyncClient *c : {&a, &b}) {
            const QJsonObject j = *c->caseJson(id);
            QCOMPARE(j.value(u"notes").toString(), u"from A"_s);
            QCOMPARE(j.value(u"responsible").toString(), u"Ing. B"_s);
            QCOMPARE(j.value(u"protocol_number").toString(), u"P-1bis"_s);
            QCOMPARE(pass::testutil::openConflictCount(conflicts(*c)), 0);
        }
    }

    void editAgainstDeletionIsSurfaced()
    {
        FakePortalState state;
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl, u"a"_s), b(&nam, kUrl, u"b"_s);
        const QString id = a.addCase(u"P-1"_s);
        QVERIFY(a.sync().ok);
        QVERIFY(b.sync().ok);
        QVERIFY(a.deleteCase(id));
        QVERIFY(b.editCase(id, {{u"notes"_s, u"still working on it"_s}}));
        QVERIFY(a.sync().ok);
        QVERIFY(b.sync().ok);
        QVERIFY(b.caseJson(id)); // my edit is kept
        QList<ConflictStore::Conflict> open = pass::testutil::openConflicts(conflicts(b));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].field, u"*"_s);
        QVERIFY(open[0].theirs.isNull());
        // Keep mine: the record comes back on the server.
        QString error;
        QVERIFY2(conflicts(b).resolve(open[0].id, ConflictStore::Choice::Mine, &error), qPrintable(error));
        QVERIFY(b.sync().ok);
        QVERIFY(a.sync().ok);
        const QString back = a.caseIdByProtocol(u"P-1"_s);
        QVERIFY(!back.isEmpty() && back != id); // a deleted id is never reused: a new record
        QCOMPARE(a.caseJson(back)->value(u"notes").toString(), u"still working on it"_s);
        const QString id2 = back;

        // The other way round: I delete what the server changed.
        QVERIFY(a.editCase(id2, {{u"notes"_s, u"changed on a"_s}}));
        QVERIFY(b.deleteCase(id2));
        QVERIFY(a.sync().ok);
        QVERIFY(b.sync().ok);
        open = pass::testutil::openConflicts(conflicts(b));
        QCOMPARE(open.size(), 1);
        QVERIFY(open[0].mine.isNull());
        QCOMPARE(b.caseJson(id2)->value(u"notes").toString(), u"changed on a"_s); // shown again
    }

    void lostReplyAfterTheServerAppliedIsNotAppliedTwice()
    {
        FakePortalState state;
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        for (int i = 0; i < 120; ++i)
            a.addCase(u"L-%1"_s.arg(i));
        int lost = 0;
        nam.setOverride([&](QNetworkAccessManager::Operation op, const QNetworkRequest &req, const QByteArray &body) -> QNetworkReply * {
            if (!req.url().path().endsWith(u"/mutations") || lost >= 2)
                return nullptr;
            ++lost;
            delete nam.handle(op, req, body); // the server applies the batch...
            return new FakeReply(op, req, 0, {}, {}, QNetworkReply::RemoteHostClosedError); // ...the answer is lost
        });
        const SyncResult r = a.syncUntilOk();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(state.appliedMutations(), 120);
        QCOMPARE(serverIds(state).size(), 120);
        QCOMPARE(a.caseIds(), serverIds(state));
        QCOMPARE(a.outboxCount(), 0);
    }

    void faultsConverge_data()
    {
        QTest::addColumn<QString>("fault");
        for (const char *f : {"500", "502", "503", "429", "timeout", "reset", "truncated", "invalid", "empty"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void faultsConverge()
    {
        QFETCH(QString, fault);
        FakePortalState state;
        seed(state, 130);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl, u"a"_s);
        for (int i = 0; i < 70; ++i)
            a.addCase(u"F-%1"_s.arg(i));
        int n = 0;
        nam.setOverride([&](QNetworkAccessManager::Operation op, const QNetworkRequest &req, const QByteArray &body) -> QNetworkReply * {
            if (++n % 3 != 0)
                return nullptr; // every third request fails
            if (fault == u"timeout")
                return new FakeReply(op, req, 0, {}, {}, QNetworkReply::TimeoutError);
            if (fault == u"reset")
                return new FakeReply(op, req, 0, {}, {}, QNetworkReply::RemoteHostClosedError);
            if (fault == u"truncated" || fault == u"invalid" || fault == u"empty") {
                QNetworkReply *good = nam.handle(op, req, body);
                QEventLoop loop;
                connect(good, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                if (!good->isFinished())
                    loop.exec();
                QByteArray full = good->readAll();
                delete good;
                const QByteArray broken = fault == u"truncated" ? full.left(full.size() / 2)
                    : fault == u"invalid" ? QByteArray("{\"changes\": [1, 2,, }") : QByteArray();
                return new FakeReply(op, req, 200, broken, {{"Content-Type", "application/json"}});
            }
            return FakePortal::problem(op, req, fault.toInt(), u"Injected"_s, fault == u"429" ? 5 : -1);
        });
        const SyncResult r = a.syncUntilOk(20);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(a.caseCount(), 200);
        QCOMPARE(a.caseIds(), serverIds(state));
        QCOMPARE(state.appliedMutations(), 70);
        QCOMPARE(a.outboxCount(), 0);
        QSqlQuery q(a.database().connection());
        q.exec(u"PRAGMA integrity_check"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
    }

    void expiredCursorRebuildsAndKeepsTheOutbox()
    {
        FakePortalState state;
        seed(state, 30);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        QVERIFY(a.sync().ok);
        const QString mine = a.addCase(u"KEEP-1"_s);
        const QString edited = a.caseIds().first();
        QVERIFY(a.editCase(edited, {{u"notes"_s, u"unsent"_s}}));
        state.remove(serverIds(state).last());
        state.expireCursors();
        // Pull only: the outbox must survive the rebuild.
        SyncResult r;
        QVERIFY2(a.engine().pull(&r), qPrintable(r.error));
        QCOMPARE(a.outboxCount(), 2);
        QVERIFY(a.caseJson(mine));
        QCOMPARE(a.caseJson(edited)->value(u"notes").toString(), u"unsent"_s);
        QVERIFY(a.sync().ok);
        QCOMPARE(a.caseIds(), serverIds(state));
        QCOMPARE(state.records()[edited].data.value(u"notes").toString(), u"unsent"_s);
        const QList<SyncLog::Entry> log = pass::testutil::syncLog(a.database().connection(), 20);
        QVERIFY(std::any_of(log.begin(), log.end(), [](const SyncLog::Entry &e) { return e.message.contains(u"no longer knows"_s); }));
    }

    void recordsLeavingScopeVanishUnlessEdited()
    {
        FakePortalState state;
        seed(state, 3);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        QVERIFY(a.sync().ok);
        const QStringList ids = serverIds(state);
        QVERIFY(a.editCase(ids[1], {{u"notes"_s, u"offline work"_s}}));
        state.setInScope(ids[0], false);
        state.setInScope(ids[1], false);
        SyncResult r;
        QVERIFY(a.engine().pull(&r));
        QVERIFY(!a.caseJson(ids[0]));
        QVERIFY(a.caseJson(ids[1])); // holds unsent edits
        QCOMPARE(a.caseJson(ids[1])->value(u"notes").toString(), u"offline work"_s);
        r = a.sync(); // the push is refused (out of scope): said in the log, the edit stays local
        QVERIFY(r.ok);
        QCOMPARE(r.rejected, 1);
        QVERIFY(a.caseJson(ids[1]));
    }

    void cancelStopsBetweenPagesAndResumes()
    {
        FakePortalState state;
        seed(state, 500);
        FakePortal nam(&state);
        SyncClient a(&nam, kUrl);
        qint64 lastRecords = 0;
        a.engine().setProgressCallback([&](const SyncProgress &p) {
            lastRecords = p.records;
            if (p.phase == SyncProgress::Phase::Pull && p.records >= 200)
                a.engine().cancel();
        });
        SyncResult r = a.sync();
        QVERIFY(r.cancelled);
        QCOMPARE(a.caseCount(), 200);
        a.engine().setProgressCallback({});
        SyncEngine fresh(a.database().connection(), &a.client());
        fresh.addDefaultAdapters();
        r = fresh.run();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(a.caseCount(), 500);
        QVERIFY(lastRecords >= 200);
    }

    void tokenNeverReachesStoreOrLog()
    {
        static QStringList messages;
        messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            messages << m;
        });
        QLoggingCategory::setFilterRules(u"pass.*=true"_s);
        const QString token = u"tok-SECRET-4f1c9a2e7b"_s;
        FakePortalState state;
        seed(state, 20);
        FakePortal nam(&state);
        nam.setToken(token);
        {
            SyncClient a(&nam, kUrl);
            a.client().setAccessToken(token);
            a.addCase(u"T-1"_s);
            QVERIFY(a.sync().ok);
            QCOMPARE(a.caseCount(), 21);
            const QString path = a.storePath();
            for (const QString &file : QStringList{path, path + u"-wal"_s}) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(file));
            }
            QSqlQuery q(a.database().connection());
            q.exec(u"SELECT group_concat(message, ' ') FROM sync_log"_s);
            QVERIFY(q.next());
            QVERIFY(!q.value(0).toString().contains(token));
        }
        qInstallMessageHandler(previous);
        QVERIFY(!messages.join(u'\n').contains(token));
        QVERIFY(!messages.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
