#include "syncscheduler.h"

#include "core/store/database.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncclock.h"
#include "core/util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>

namespace pass {

SyncScheduler::SyncScheduler(Database *db, QUrl portal, Prepare prepare, QObject *parent)
    : QObject(parent), m_db(db), m_portal(std::move(portal)), m_prepare(std::move(prepare))
{
    qRegisterMetaType<pass::SyncProgress>();
    qRegisterMetaType<pass::SyncResult>();
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::syncNow);
}

SyncScheduler::~SyncScheduler()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void SyncScheduler::setInterval(std::chrono::milliseconds interval)
{
    if (interval.count() > 0)
        m_timer.start(interval);
    else
        m_timer.stop();
}

void SyncScheduler::watchNetwork()
{
    if (!QNetworkInformation::loadDefaultBackend() && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // no backend on this platform: the timer and the button remain
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online) {
                    qCInfo(lcSync) << "network is back: syncing";
                    syncNow();
                }
            });
}

void SyncScheduler::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(m_worker, [this] { runCycle(); }, Qt::QueuedConnection);
}

void SyncScheduler::cancel()
{
    m_again = false;
    if (SyncEngine *engine = m_engine.load())
        engine->cancel();
}

void SyncScheduler::runCycle()
{
    // Worker thread: its own connection, network and client for this cycle.
    std::unique_ptr<QNetworkAccessManager> nam(m_networkFactory ? m_networkFactory() : new QNetworkAccessManager);
    PortalClient client(nam.get(), SyncClock::system());
    SyncResult result;
    QString error;
    if (!client.setBaseUrl(m_portal, &error) || (m_prepare && !m_prepare(&client, &error))) {
        result.error = error;
    } else {
        SyncEngine engine(m_db->connection(), &client);
        engine.addDefaultAdapters();
        // Every request of the cycle goes through the factory's network (a test's fake portal):
        // fetch-ahead, which makes a plain one on its own thread, would go around it.
        if (m_networkFactory)
            engine.setFetchAhead(false);
        engine.setProgressCallback([this](const SyncProgress &p) {
            QMetaObject::invokeMethod(this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
        });
        m_engine = &engine;
        result = engine.run();
        m_engine = nullptr;
    }
    QMetaObject::invokeMethod(this, [this, result] {
        m_running = false;
        emit finished(result);
        if (m_again) {
            m_again = false;
            syncNow();
        }
    }, Qt::QueuedConnection);
}

} // namespace pass
