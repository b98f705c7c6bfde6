#pragma once

#include <QMutex>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QObject;
class QThread;

namespace pass {

class ChangePage;
class PortalClient;

// Fetches, inflates, parses and decodes the next page of the change feed on a thread of its own
// while the writing thread applies the current one; the writing thread then takes the finished
// page in exchange for the one it has applied (two ChangePages, swapped).
//
// Only the happy path: one attempt with the token it is given, no refresh, no backoff. Anything
// but a whole 2xx page that parsed (a network error, 401, 410, 429/5xx, a malformed body, a
// cancel) is dropped, and the engine asks again through its own client, which owns retries,
// Retry-After, the token refresh and the 410 rebuild.
//
// All calls from one thread (the writing one). The thread, its network access manager and its
// portal client live as long as the prefetcher; the destructor aborts a fetch under way and
// joins the thread.
class PagePrefetcher
{
public:
    // Makes the network access manager of the prefetch thread, on that thread.
    using NetworkFactory = std::function<std::unique_ptr<QNetworkAccessManager>()>;
    enum class Outcome {
        Taken,     // the page is in *page
        NotAsked,  // nothing was fetched ahead for this URL
        Failed,    // fetched ahead, but not a whole page: *why says what came
        Cancelled, // the engine's cancel flag was raised while it was fetched
    };

    // Uses the base URL and the transfer timeout of \a from; \a cancel is the engine's flag.
    PagePrefetcher(const PortalClient &from, const std::atomic_bool *cancel, NetworkFactory network = {});
    ~PagePrefetcher();
    PagePrefetcher(const PagePrefetcher &) = delete;
    PagePrefetcher &operator=(const PagePrefetcher &) = delete;

    // Starts fetching path?query with this bearer token. A fetch still under way is dropped.
    void start(const QString &path, const QUrlQuery &query, const QString &token);
    // Whether the page of this URL is here, whole and parsed: take() would not wait. A fetch of
    // it still under way is given up to graceMs to end first.
    bool arrived(const QString &path, const QUrlQuery &query, int graceMs = 0);
    // Waits for the page of this URL (returns early on cancel). Taken: *page holds it and the
    // page passed in becomes the one the next fetch parses into. Otherwise *page is untouched
    // and the prefetch thread is idle. *bytes: what was received, whatever the outcome.
    Outcome take(const QString &path, const QUrlQuery &query, std::unique_ptr<ChangePage> *page, qint64 *bytes,
                 QString *why);

private:
    void runThread();
    void fetch(const QString &path, const QUrlQuery &query, const QString &token);
    bool isFor(const QString &path, const QUrlQuery &query) const;
    void waitIdle(); // m_mutex held

    const QUrl m_baseUrl;
    const int m_timeoutMs;
    const std::atomic_bool *m_cancel;
    NetworkFactory m_network;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop = false; // the prefetch client's cancel flag: aborts the fetch under way

    // Shared with the prefetch thread, under m_mutex.
    QMutex m_mutex;
    QWaitCondition m_changed;
    QObject *m_context = nullptr;       // lives in the prefetch thread: fetches are queued to it
    PortalClient *m_client = nullptr;   // the prefetch thread's client
    std::unique_ptr<ChangePage> m_page; // written by the prefetch thread only while m_busy && !m_done
    QString m_path;
    QUrlQuery m_query;
    bool m_busy = false; // a fetch was started and not yet taken or discarded
    bool m_done = false; // the fetch ended (m_page, m_whole, m_why, m_bytes are its result)
    bool m_whole = false;
    bool m_cancelled = false;
    QString m_why;
    qint64 m_bytes = 0;
};

} // namespace pass
