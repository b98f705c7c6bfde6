// Fetch-ahead against the real pass-portal on loopback: the next change page is fetched and
// parsed on the prefetch thread while the writing thread applies the current one, and whatever
// goes wrong with a page fetched ahead ends in the engine's own request for it, with every record
// arriving. Faults are injected on the prefetch thread's network only (its factory), so the
// engine's own client sees the real portal.
#include "tests/common/storereads.h"
#include "lossynetwork.h"
#include "portalprocess.h"
#include "syncfixture.h"

#include "core/sync/changepage.h"
#include "core/sync/pageprefetcher.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

constexpr int kRecords = 1500;
constexpr int kPageSize = 100;

// A transfer that never ends by itself: only abort() finishes it.
class StalledReply : public QNetworkReply
{
public:
    StalledReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, std::atomic_bool *aborted)
        : m_aborted(aborted)
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    void abort() override
    {
        if (isFinished())
            return;
        *m_aborted = true;
        setError(OperationCanceledError, u"aborted"_s);
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return 0; }

private:
    std::atomic_bool *m_aborted;
};

// The prefetch thread's network: the real one, with a hook on the n-th page fetched ahead that
// may act first (inject a fault into the portal, move its clock, cancel) or answer in its place;
// that page's answer also goes through LossyNetwork::damage when one is set.
class PrefetchNetwork : public LossyNetwork
{
public:
    using Hook = std::function<QNetworkReply *(Operation, const QNetworkRequest &)>;
    PrefetchNetwork(std::atomic_int *fetches, int at, Hook hook) : m_fetches(fetches), m_at(at), m_hook(std::move(hook)) { }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        if (!request.url().path().endsWith(u"/sync/changes") || ++*m_fetches != m_at)
            return QNetworkAccessManager::createRequest(op, request, data);
        if (QNetworkReply *instead = m_hook ? m_hook(op, request) : nullptr)
            return instead;
        return LossyNetwork::createRequest(op, request, data);
    }

private:
    std::atomic_int *m_fetches;
    int m_at;
    Hook m_hook;
};

} // namespace

class TestFetchAhead : public QObject
{
    Q_OBJECT
private:
    PortalProcess m_portal;
    QNetworkAccessManager m_nam;
    QStringList m_reference; // every record, as a client that fetched each page itself stores it
    int m_pages = 0;

    // A long-lived token: one test moves the portal's clock forward.
    std::unique_ptr<SyncClient> client(const QString &ttl = u"86400"_s)
    {
        auto c = std::make_unique<SyncClient>(&m_nam, m_portal.url(), u"carol"_s);
        c->client().setAccessToken(token(ttl));
        c->engine().setPageSize(kPageSize);
        return c;
    }
    QString token(const QString &ttl) const
    {
        return QString::fromUtf8(m_portal.admin({u"token"_s, u"carol"_s, u"--ttl"_s, ttl})).trimmed();
    }
    static QStringList contents(SyncClient &c)
    {
        QStringList all;
        for (const QString &id : c.caseIds())
            all << id + u' ' + QString::fromUtf8(QJsonDocument(*c.caseJson(id)).toJson(QJsonDocument::Compact));
        for (const SupportRequest &r : testutil::requests(c.database().connection()))
            all << u"request "_s + r.id + u' ' + r.subject;
        return all;
    }
    // The pull brought every record, in as many pages as the reference's, of which all but
    // `onWritingThread` were fetched and parsed on the prefetch thread, and `refetched` were
    // fetched ahead in vain and asked again by the engine.
    void checkWhole(SyncClient &c, int onWritingThread, int refetched)
    {
        const PullStats &stats = c.engine().pullStats();
        QCOMPARE(stats.pages, m_pages);
        QCOMPARE(stats.parsedElsewhere, m_pages - onWritingThread);
        QCOMPARE(stats.refetched, refetched);
        QCOMPARE(contents(c), m_reference);
    }
    // The engine's fetch-ahead network: a PrefetchNetwork made on the prefetch thread.
    using Damage = decltype(LossyNetwork::damage);
    static void hookPrefetch(SyncClient &c, std::atomic_int *fetches, int at, PrefetchNetwork::Hook hook,
                             Damage damage = {})
    {
        c.engine().setFetchAhead(true, [fetches, at, hook, damage] {
            auto net = std::make_unique<PrefetchNetwork>(fetches, at, hook);
            net->damage = damage;
            return net;
        });
    }

private slots:
    void initTestCase()
    {
        if (!PortalProcess::requireBuilt(PortalProcess::binary(), "pass-portal"))
            return;
        QVERIFY(m_portal.addUser(u"carol"_s, u"coordinator"_s));
        int code = -1;
        m_portal.admin({u"seed"_s, u"--records"_s, QString::number(kRecords), u"--seed"_s, u"5"_s}, {}, &code);
        QCOMPARE(code, 0);
        QVERIFY(m_portal.start());
        // The reference: every page fetched and parsed on the writing thread.
        auto reference = client();
        reference->engine().setFetchAhead(false);
        const SyncResult r = reference->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pulled, qint64(kRecords));
        const PullStats &stats = reference->engine().pullStats();
        QCOMPARE(stats.pages, (kRecords + kPageSize - 1) / kPageSize);
        QCOMPARE(stats.parsedElsewhere, 0);
        m_pages = stats.pages;
        m_reference = contents(*reference);
        QCOMPARE(m_reference.size(), kRecords);
    }

    void pagesAreParsedOffTheWritingThread()
    {
        auto c = client();
        const SyncResult r = c->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pulled, qint64(kRecords));
        QCOMPARE(c->clock().totalWaited(), 0);
        // Only the first page is fetched by the writing thread: every later one was parsed
        // (ChangePage::parsedOn) on another thread and taken from there.
        checkWhole(*c, 1, 0);
    }

    // Pages share a write transaction only while the next one is already here. Another writer
    // asks for the write lock (waiting up to 10 s) just before the third page is fetched ahead,
    // so that page cannot arrive until it got it: a writer that kept its transaction open while
    // waiting for that page would leave the other writer timed out.
    void waitingForAPageFetchedAheadNeverHoldsTheWriteLock()
    {
        auto c = client();
        const QString store = c->storePath();
        std::atomic_int fetches = 0;
        std::atomic_bool otherWrote = false;
        QString otherError;
        hookPrefetch(*c, &fetches, 2, [&](QNetworkAccessManager::Operation, const QNetworkRequest &) -> QNetworkReply * {
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
                other.setDatabaseName(store);
                other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
                if (other.open()) {
                    QSqlQuery q(other);
                    otherWrote = q.exec(u"INSERT INTO sync_log (at, level, message) "
                                        "VALUES ('2025-01-15T09:00:00Z', 'info', 'other writer')"_s);
                    otherError = q.lastError().text();
                }
                other.close();
            }
            QSqlDatabase::removeDatabase(u"other-writer"_s);
            return nullptr;
        });
        const SyncResult r = c->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(otherWrote, qPrintable(otherError));
        QVERIFY(c->engine().pullStats().waited >= 1); // that page was not here when wanted: the writer committed first
        checkWhole(*c, 1, 0);
    }

    void failedPrefetchIsAskedAgainByTheEngine_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("portal overloaded (503)") << u"503"_s;
        QTest::newRow("body cut in half") << u"cut"_s;
        QTest::newRow("answer lost") << u"lost"_s;
        QTest::newRow("not JSON") << u"garbage"_s;
    }
    void failedPrefetchIsAskedAgainByTheEngine()
    {
        QFETCH(QString, fault);
        auto c = client();
        std::atomic_int fetches = 0;
        std::atomic_bool fired = false;
        std::atomic_bool injected = true;
        // The third page, the second one fetched ahead: one page was taken from the prefetch
        // thread before, and the pages after it are fetched ahead again.
        hookPrefetch(*c, &fetches, 2, [&](QNetworkAccessManager::Operation, const QNetworkRequest &) -> QNetworkReply * {
            fired = true;
            if (fault == u"503") // the portal itself answers this request (and only this one) 503
                injected = m_portal.injectFaults(503, 1, 0);
            return nullptr;
        }, fault == u"503" ? Damage() : [&](const QNetworkRequest &, const QByteArray &answer, bool *lose) {
            if (fault == u"cut")
                return answer.left(answer.size() / 2);
            if (fault == u"garbage")
                return QByteArray("<html>proxy error</html>");
            *lose = true;
            return QByteArray();
        });
        const SyncResult r = c->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(fired);
        QVERIFY(injected);
        // The engine's own request found the page at once: the failure ahead cost no backoff.
        QCOMPARE(c->clock().totalWaited(), 0);
        QCOMPARE(r.pulled, qint64(kRecords));
        // The first page and the one asked again were parsed on the writing thread.
        checkWhole(*c, 2, 1);
    }

    void cancelDuringAPrefetchEndsTheSyncPromptly()
    {
        auto c = client();
        std::atomic_int fetches = 0;
        std::atomic_bool aborted = false;
        SyncEngine *engine = &c->engine();
        // Cancelled from the prefetch thread (as the UI's thread would) while that page's transfer
        // hangs: only an abort ends it.
        hookPrefetch(*c, &fetches, 2, [&](QNetworkAccessManager::Operation op, const QNetworkRequest &request) {
            engine->cancel();
            return new StalledReply(op, request, &aborted);
        });
        QElapsedTimer timer;
        timer.start();
        const SyncResult r = c->sync();
        QVERIFY(!r.ok);
        QVERIFY2(r.cancelled, qPrintable(r.error));
        QVERIFY(aborted); // the transfer under way was aborted, not left behind
        QVERIFY2(timer.elapsed() < 20'000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
        const qint64 pulled = r.pulled;
        QVERIFY(pulled > 0 && pulled < kRecords);
        // What was applied stays, and a new engine on the same store resumes from its cursor.
        SyncEngine again(c->database().connection(), &c->client());
        again.addDefaultAdapters();
        again.setPageSize(kPageSize);
        const SyncResult rest = again.run();
        QVERIFY2(rest.ok, qPrintable(rest.error));
        QCOMPARE(pulled + rest.pulled, qint64(kRecords));
        QCOMPARE(again.pullStats().parsedElsewhere, again.pullStats().pages - 1);
        QCOMPARE(contents(*c), m_reference);
    }

    // A transfer that hangs is aborted, and the prefetch thread is idle again, whichever way the
    // engine drops it: asking for another page, raising its cancel flag, destroying the prefetcher.
    void hangingTransferIsAbortedWhenDropped_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("another page asked for") << u"other"_s;
        QTest::newRow("cancel while waiting") << u"cancel"_s;
        QTest::newRow("prefetcher destroyed") << u"destroy"_s;
    }
    void hangingTransferIsAbortedWhenDropped()
    {
        QFETCH(QString, how);
        PortalClient engineClient(&m_nam, SyncClock::system());
        QString error;
        QVERIFY2(engineClient.setBaseUrl(m_portal.url(), &error), qPrintable(error));
        std::atomic_bool cancel = false;
        std::atomic_int fetches = 0;
        std::atomic_bool asked = false;
        std::atomic_bool aborted = false;
        auto prefetcher = std::make_unique<PagePrefetcher>(engineClient, &cancel, [&] {
            return std::make_unique<PrefetchNetwork>(&fetches, 1, [&](QNetworkAccessManager::Operation op, const QNetworkRequest &request) {
                asked = true;
                return new StalledReply(op, request, &aborted);
            });
        });
        const QString path = u"/api/v1/sync/changes"_s;
        prefetcher->start(path, QUrlQuery(u"limit=5"_s), token(u"86400"_s));
        QTRY_VERIFY(asked); // the prefetch thread's transfer is under way
        QVERIFY(!prefetcher->arrived(path, QUrlQuery(u"limit=5"_s)));
        auto page = std::make_unique<ChangePage>();
        ChangePage *mine = page.get();
        qint64 bytes = -1;
        QString why;
        if (how == u"other") {
            QCOMPARE(prefetcher->take(path, QUrlQuery(u"limit=6"_s), &page, &bytes, &why), PagePrefetcher::Outcome::NotAsked);
        } else if (how == u"cancel") {
            cancel = true;
            QCOMPARE(prefetcher->take(path, QUrlQuery(u"limit=5"_s), &page, &bytes, &why), PagePrefetcher::Outcome::Cancelled);
        } else {
            prefetcher.reset();
        }
        QVERIFY(aborted);
        QCOMPARE(page.get(), mine); // nothing was swapped in
        if (!prefetcher || how == u"cancel")
            return;
        // Idle again and not stopped: the next fetch (past the hook) brings a whole page, parsed
        // on the prefetch thread, in exchange for ours.
        prefetcher->start(path, QUrlQuery(u"limit=5"_s), token(u"86400"_s));
        QCOMPARE(prefetcher->take(path, QUrlQuery(u"limit=5"_s), &page, &bytes, &why), PagePrefetcher::Outcome::Taken);
        QVERIFY(page.get() != mine);
        QCOMPARE(page->changes().size(), size_t(5));
        QVERIFY(page->parsedOn() != QThread::currentThreadId());
        QVERIFY(bytes > 0);
    }

    // Last: it moves the portal's clock forward.
    void expiredTokenOnAPrefetchedPageIsRefreshed()
    {
        auto c = client(u"60"_s);
        int refreshes = 0;
        c->client().setTokenRefresher([&] {
            ++refreshes;
            return token(u"86400"_s);
        });
        std::atomic_int fetches = 0;
        std::atomic_bool moved = false;
        // The token expires just before the second page fetched ahead is asked for: the portal
        // answers it 401, and the engine's own request of it too until the token is refreshed.
        hookPrefetch(*c, &fetches, 2, [&](QNetworkAccessManager::Operation, const QNetworkRequest &) -> QNetworkReply * {
            moved = m_portal.advanceClock(120);
            return nullptr;
        });
        const SyncResult r = c->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(moved);
        QCOMPARE(refreshes, 1);
        // The pages after it were fetched ahead again, with the fresh token.
        checkWhole(*c, 2, 1);
    }
};

QTEST_GUILESS_MAIN(TestFetchAhead)
#include "tst_fetchahead.moc"
