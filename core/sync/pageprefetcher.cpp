#include "pageprefetcher.h"

#include "core/sync/changepage.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncclock.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pass {

PagePrefetcher::PagePrefetcher(const PortalClient &from, const std::atomic_bool *cancel, NetworkFactory network)
    : m_baseUrl(from.baseUrl()), m_timeoutMs(from.timeoutMs()), m_cancel(cancel), m_network(std::move(network))
{
    m_page = std::make_unique<ChangePage>();
    m_thread.reset(QThread::create([this] { runThread(); }));
    m_thread->setObjectName(u"pass page prefetch"_s);
    m_thread->start();
    QMutexLocker lock(&m_mutex);
    while (!m_context)
        m_changed.wait(&m_mutex);
}

PagePrefetcher::~PagePrefetcher()
{
    {
        QMutexLocker lock(&m_mutex);
        waitIdle();
    }
    // quit() ends the thread's event loop whenever it is asked, even before the loop started.
    m_thread->quit();
    m_thread->wait();
}

void PagePrefetcher::runThread()
{
    // Everything network lives and dies on this thread.
    std::unique_ptr<QNetworkAccessManager> nam = m_network ? m_network() : std::make_unique<QNetworkAccessManager>();
    // The process-wide real clock, not the engine's (a test's FakeClock is not thread-safe): with
    // one attempt the client never waits, and it only reads the time for Retry-After.
    PortalClient client(nam.get(), SyncClock::system());
    QString ignored; // the engine's client accepted this URL already
    client.setBaseUrl(m_baseUrl, &ignored);
    client.setTimeoutMs(m_timeoutMs);
    client.setMaxAttempts(1);
    client.setCancelFlag(&m_stop);
    QObject context;
    QEventLoop loop;
    {
        QMutexLocker lock(&m_mutex);
        m_context = &context;
        m_client = &client;
        m_changed.wakeAll();
    }
    loop.exec();
    QMutexLocker lock(&m_mutex);
    m_context = nullptr;
    m_client = nullptr;
}

void PagePrefetcher::start(const QString &path, const QUrlQuery &query, const QString &token)
{
    QMutexLocker lock(&m_mutex);
    waitIdle();
    m_busy = true;
    m_done = false;
    m_whole = false;
    m_cancelled = false;
    m_why.clear();
    m_bytes = 0;
    m_path = path;
    m_query = query;
    QMetaObject::invokeMethod(m_context, [this, path, query, token] { fetch(path, query, token); }, Qt::QueuedConnection);
}

// On the prefetch thread.
void PagePrefetcher::fetch(const QString &path, const QUrlQuery &query, const QString &token)
{
    ChangePage *page = nullptr;
    PortalClient *client = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        page = m_page.get(); // the writing thread leaves it alone until m_done
        client = m_client;
    }
    client->setAccessToken(token);
    bool parsed = false;
    const PortalReply reply = client->get(path, query, [page, &parsed](const QByteArray &body, QString *error) {
        parsed = page->parse(body, error);
        return parsed;
    });
    client->setAccessToken({});
    // A 2xx without a body (204) never reaches the parser: the page would still hold the last one.
    const bool whole = reply.ok && parsed && !page->notAPage();
    QString why;
    if (!whole && !reply.cancelled) {
        why = !reply.ok ? u"HTTP %1: %2"_s.arg(reply.status).arg(reply.error)
            : parsed    ? u"HTTP %1: not a change page"_s.arg(reply.status)
                        : u"HTTP %1 without a page"_s.arg(reply.status);
    }
    QMutexLocker lock(&m_mutex);
    m_done = true;
    m_whole = whole;
    m_cancelled = reply.cancelled;
    m_why = why;
    m_bytes = reply.bytes;
    m_changed.wakeAll();
}

bool PagePrefetcher::isFor(const QString &path, const QUrlQuery &query) const
{
    return m_path == path && m_query == query;
}

bool PagePrefetcher::arrived(const QString &path, const QUrlQuery &query, int graceMs)
{
    QMutexLocker lock(&m_mutex);
    const QDeadlineTimer grace(graceMs);
    while (m_busy && !m_done && isFor(path, query) && !grace.hasExpired())
        m_changed.wait(&m_mutex, grace);
    return m_busy && m_done && m_whole && isFor(path, query);
}

PagePrefetcher::Outcome PagePrefetcher::take(const QString &path, const QUrlQuery &query,
                                             std::unique_ptr<ChangePage> *page, qint64 *bytes, QString *why)
{
    QMutexLocker lock(&m_mutex);
    *bytes = 0;
    if (!m_busy)
        return Outcome::NotAsked;
    if (!isFor(path, query)) {
        waitIdle();
        return Outcome::NotAsked;
    }
    while (!m_done) {
        // Cancel from any thread: the prefetch client sees m_stop within its poll and aborts.
        if (m_cancel && m_cancel->load())
            m_stop = true;
        m_changed.wait(&m_mutex, QDeadlineTimer(50));
    }
    m_busy = false;
    m_stop = false;
    *bytes = m_bytes;
    if (m_cancelled || (m_cancel && m_cancel->load()))
        return Outcome::Cancelled;
    if (!m_whole) {
        *why = m_why;
        return Outcome::Failed;
    }
    std::swap(*page, m_page);
    return Outcome::Taken;
}

void PagePrefetcher::waitIdle()
{
    if (!m_busy)
        return;
    m_stop = true;
    while (!m_done)
        m_changed.wait(&m_mutex);
    m_busy = false;
    m_stop = false;
}

} // namespace pass
