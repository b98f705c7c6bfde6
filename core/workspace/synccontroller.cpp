#include "synccontroller.h"

#include "core/store/database.h"
#include "core/store/outbox.h"
#include "core/store/sql.h"
#include "core/sync/casefileadapter.h"
#include "core/sync/portalclient.h"
#include "core/sync/documentadapter.h"
#include "core/sync/requestadapter.h"
#include "core/sync/rejectionstore.h"
#include "core/sync/syncaccount.h"
#include "core/sync/syncclock.h"
#include "core/sync/syncstate.h"
#include "core/sync/syncreport.h"
#include "core/sync/tokenstore.h"
#include "core/util/logging.h"
#include "core/workspace/appsettings.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pass {

SyncController::SyncController(Database *db, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_interval(AppSettings().syncIntervalMinutes())
{
    // The same adapters as SyncEngine::addDefaultAdapters(), without an engine.
    const auto add = [this](std::shared_ptr<SyncEntityAdapter> adapter) {
        m_adapters.insert(adapter->entity(), std::move(adapter));
    };
    add(std::make_shared<CaseFileAdapter>(db->connection()));
    for (const QString &entity : {u"support_request"_s, u"visit"_s, u"request_message"_s})
        add(std::make_shared<RequestAdapter>(db->connection(), entity));
    add(std::make_shared<DocumentAdapter>(db->connection()));
}

SyncController::~SyncController()
{
    delete m_scheduler; // cancels and waits for the running cycle; nobody is told any more
}

using sql::readFailed;

bool SyncController::isSignedIn(QString *error) const
{
    QString why;
    const std::optional<QString> account = SyncState(m_db->connection()).value(u"account"_s, &why);
    if (!account)
        return readFailed(u"the account"_s, why, error);
    return !account->isEmpty();
}

QUrl SyncController::portalUrl(QString *error) const
{
    const AppSettings settings;
    if (settings.isLocked(SystemPresets::PortalUrlKey))
        return settings.portalUrl();
    QString why;
    const std::optional<QString> stored = SyncState(m_db->connection()).value(u"portal_url"_s, &why);
    if (!stored)
        readFailed(u"the portal address"_s, why, error);
    const QUrl signedIn(stored.value_or(QString()));
    return signedIn.isEmpty() ? settings.portalUrl() : signedIn;
}

bool SyncController::isPortalPreset() const
{
    return AppSettings().isLocked(SystemPresets::PortalUrlKey);
}

SyncSummary SyncController::status() const
{
    SyncSummary s;
    s.sessionOnly = m_sessionOnly;
    s.running = isRunning();
    SyncReport read;
    if (!SyncReport::read(m_db->connection(), &read, &s.readError, SyncSummary::retryingListed())) {
        qCWarning(lcSync).noquote() << "the sync status cannot be read:" << s.readError;
        return s;
    }
    s.portal = QUrl(read.portal);
    s.account = read.account;
    s.lastSync = QDateTime::fromString(read.lastSync, Qt::ISODate);
    s.lastError = read.lastError;
    s.outbox = read.waiting;
    s.conflicts = read.conflicts;
    s.rejections = read.refused.size();
    s.retrying = read.retrying;
    s.retryingCount = read.retryingCount;
    s.refused = read.refused;
    return s;
}

void SyncController::setInterval(std::chrono::minutes interval)
{
    m_interval = interval;
    if (m_scheduler)
        m_scheduler->setInterval(interval);
    Q_EMIT automaticChanged();
}

void SyncController::start()
{
    if (!isSignedIn() && !m_customPrepare)
        return;
    startScheduler();
    // What changed on the portal while the application was closed shows now, not an interval
    // later.
    m_scheduler->syncNow();
}

void SyncController::startScheduler()
{
    if (m_scheduler)
        return;
    const QUrl portal = portalUrl();
    SyncScheduler::Prepare prepare = m_customPrepare;
    if (!prepare) {
        const bool sessionOnly = m_sessionOnly;
        Database *database = m_db;
        prepare = [database, sessionOnly](PortalClient *client, QString *error) {
            // Lives for the worker's cycle; the refresher it installs is used within that cycle.
            thread_local std::unique_ptr<TokenStore> tokens;
            thread_local std::unique_ptr<SyncAccount> account;
            tokens = std::make_unique<TokenStore>(sessionOnly);
            account = std::make_unique<SyncAccount>(database->connection(), client, SyncClock::system(), tokens.get());
            return account->prepareClient(error);
        };
    }
    m_scheduler = new SyncScheduler(m_db, portal, prepare, this);
    if (m_networkFactory)
        m_scheduler->setNetworkFactory(m_networkFactory);
    m_scheduler->setInterval(m_interval);
    m_scheduler->watchNetwork();
    connect(m_scheduler, &SyncScheduler::started, this, &SyncController::started);
    connect(m_scheduler, &SyncScheduler::progress, this, &SyncController::progress);
    connect(m_scheduler, &SyncScheduler::finished, this, &SyncController::finished);
    Q_EMIT automaticChanged();
}

void SyncController::stopScheduler()
{
    if (!m_scheduler)
        return;
    delete m_scheduler; // cancels and waits for the running cycle
    m_scheduler = nullptr;
    Q_EMIT automaticChanged();
}

void SyncController::syncNow()
{
    startScheduler();
    m_scheduler->syncNow();
}

void SyncController::cancel()
{
    if (m_scheduler)
        m_scheduler->cancel();
}

void SyncController::signIn(const QUrl &portal, bool sessionOnly)
{
    if (m_signingIn)
        return;
    m_signingIn = true;
    stopScheduler();
    m_sessionOnly = sessionOnly;
    auto *result = new QString;
    Database *database = m_db;
    const OpenBrowser openBrowser = m_openBrowser;
    QObject *context = this;
    // The browser flow waits for the loopback redirect: keep it off the GUI thread. The browser
    // itself is opened from this object's thread.
    QThread *worker = QThread::create([database, portal, sessionOnly, result, openBrowser, context] {
        {
            QNetworkAccessManager nam;
            PortalClient client(&nam, SyncClock::system());
            TokenStore tokens(sessionOnly);
            SyncAccount account(database->connection(), &client, SyncClock::system(), &tokens);
            QString error;
            const auto open = [openBrowser, context](const QUrl &url) {
                bool opened = false;
                if (openBrowser)
                    QMetaObject::invokeMethod(context, [openBrowser, url] { return openBrowser(url); },
                                              Qt::BlockingQueuedConnection, &opened);
                return opened;
            };
            if (!account.setPortalUrl(portal, &error) || !account.signIn(open, &error))
                *result = error;
        }
        database->releaseConnection();
    });
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        m_signingIn = false;
        const QString error = *result;
        delete result;
        Q_EMIT accountChanged();
        Q_EMIT signInFinished(error);
        if (error.isEmpty())
            startScheduler();
    });
    worker->start();
}

bool SyncController::signOut(QString *error)
{
    stopScheduler();
    QNetworkAccessManager nam;
    PortalClient client(&nam, SyncClock::system());
    TokenStore tokens(m_sessionOnly);
    SyncAccount account(m_db->connection(), &client, SyncClock::system(), &tokens);
    const bool ok = account.signOut(error);
    m_sessionOnly = false;
    Q_EMIT accountChanged();
    return ok;
}

ConflictStore SyncController::conflictStore() const
{
    const auto adapters = m_adapters;
    return ConflictStore(m_db->connection(),
                         [adapters](const QString &entity) { return adapters.value(entity).get(); });
}

QList<SyncLog::Entry> SyncController::recentLog(int limit, QString *error) const
{
    QList<SyncLog::Entry> entries;
    QString why;
    if (!SyncLog(m_db->connection()).recent(limit, &entries, &why))
        readFailed(u"the sync log"_s, why, error);
    return entries;
}

QList<ConflictStore::Conflict> SyncController::openConflicts(QString *error) const
{
    QList<ConflictStore::Conflict> conflicts;
    QString why;
    if (!conflictStore().open(&conflicts, &why))
        readFailed(u"the open conflicts"_s, why, error);
    return conflicts;
}

bool SyncController::resolveConflict(qint64 id, ConflictStore::Choice choice, QString *error)
{
    return conflictStore().resolve(id, choice, error);
}

} // namespace pass
