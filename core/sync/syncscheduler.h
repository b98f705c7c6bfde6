#pragma once

#include "core/sync/syncengine.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace pass {

class Database;
class PortalClient;

// Runs sync cycles off the GUI thread: on demand, on a timer, and when the network comes back
// (QNetworkInformation). One cycle at a time; a request during a cycle runs one more after it.
// The worker thread has its own store connection, network access manager and portal client.
// Progress and results arrive as queued signals on the scheduler's thread; cancel() stops the
// running cycle between requests or pages.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    // Called in the worker thread before each cycle to put the access token into the client
    // (e.g. SyncAccount::prepareClient); returns false with a reason to skip the cycle.
    using Prepare = std::function<bool(PortalClient *client, QString *error)>;
    // Creates the worker's network access manager (tests pass a fake portal); with one, the
    // engine fetches every page on the worker thread (no fetch-ahead network of its own).
    using NetworkFactory = std::function<QNetworkAccessManager *()>;

    SyncScheduler(Database *db, QUrl portal, Prepare prepare, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setNetworkFactory(NetworkFactory factory) { m_networkFactory = std::move(factory); }
    void setInterval(std::chrono::milliseconds interval);
    // Follows QNetworkInformation's reachability when a backend is available.
    void watchNetwork();
    bool isRunning() const { return m_running; }

public slots:
    void syncNow();
    void cancel();

signals:
    void started();
    void progress(const pass::SyncProgress &progress);
    void finished(const pass::SyncResult &result);

private:
    void runCycle();

    Database *m_db;
    QUrl m_portal;
    Prepare m_prepare;
    NetworkFactory m_networkFactory;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    QTimer m_timer;
    std::atomic<SyncEngine *> m_engine = nullptr;
    bool m_running = false;
    bool m_again = false;
};

} // namespace pass

Q_DECLARE_METATYPE(pass::SyncProgress)
Q_DECLARE_METATYPE(pass::SyncResult)
