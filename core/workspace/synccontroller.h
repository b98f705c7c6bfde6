#pragma once

#include "core/store/outbox.h"
#include "core/sync/conflictstore.h"
#include "core/sync/rejectionstore.h"
#include "core/sync/syncengine.h"
#include "core/sync/synclog.h"
#include "core/sync/syncscheduler.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace pass {

class Database;

// What the status bar and the sync view show about the portal account and the queues (read
// through core/sync's SyncReport::read(), the same reading as `passctl status`).
struct SyncSummary
{
    QUrl portal;
    QString account;          // empty: not signed in (offline)
    bool sessionOnly = false; // the sign-in is kept in memory only
    bool running = false;
    QDateTime lastSync;       // last successful cycle (UTC); invalid: never
    QString lastError;        // of the last cycle, empty when it succeeded
    qint64 outbox = 0;        // edits waiting to be sent (retrying ones included)
    qint64 conflicts = 0;     // open conflicts
    qint64 rejections = 0;    // edits the portal refused
    // Of the waiting edits, those that failed at least once and wait for a retry, with the
    // portal's or the network's words (at most retryingListed() of them listed), and how many
    // they are in all.
    QList<OutboxEntry> retrying;
    qint64 retryingCount = 0;
    static constexpr int retryingListed() { return 50; }
    // The edits the portal refused by one of its rules, with its words: final until cleared.
    QList<RejectionStore::Rejection> refused;
    // Not empty when the store could not be read: then the figures above are not to be shown
    // as if they were (an empty outbox, no conflicts), this is.
    QString readError;
};

// The store's link with the portal: the account (sign-in through the browser, sign-out), the
// scheduler of automatic sync cycles (started as soon as a sign-in exists: at start-up, after
// signing in) and the open conflicts. Owned by the Workspace; views use it through signals and
// these commands, never by building network or keychain objects themselves.
class SyncController : public QObject
{
    Q_OBJECT
public:
    using OpenBrowser = std::function<bool(const QUrl &)>;

    explicit SyncController(Database *db, QObject *parent = nullptr);
    ~SyncController() override;

    SyncSummary status() const;
    // The readers below take an optional *error: when the store cannot be read they return an
    // empty answer and say why there (or in the log when error is null), never silently.
    bool isSignedIn(QString *error = nullptr) const;
    bool isRunning() const { return m_scheduler && m_scheduler->isRunning(); }
    // Whether automatic sync is on (a sign-in exists and start() or a sign-in started it).
    bool isAutomatic() const { return m_scheduler != nullptr; }
    // The portal to sign in to: the one IT preset for the machine, else the one of the last
    // sign-in, else the address in the user's settings (AppSettings).
    QUrl portalUrl(QString *error = nullptr) const;
    // True when IT preset the portal address: the sign-in does not ask for it.
    bool isPortalPreset() const;

    // How the sign-in opens the system browser (the UI passes QDesktopServices::openUrl).
    void setOpenBrowser(OpenBrowser open) { m_openBrowser = std::move(open); }
    // The worker's network (tests pass a fake portal); before the first cycle.
    void setNetworkFactory(SyncScheduler::NetworkFactory factory) { m_networkFactory = std::move(factory); }
    // Replaces the keychain account when preparing the client: automation and tests sign in
    // with a token they hold (PASS_ACCESS_TOKEN, a test portal's token).
    void setClientPreparer(SyncScheduler::Prepare prepare) { m_customPrepare = std::move(prepare); }
    // Automatic sync interval; zero: only on demand and when the network comes back.
    void setInterval(std::chrono::minutes interval);
    std::chrono::minutes interval() const { return m_interval; }

    // When a sign-in exists (at start-up): syncs at once, then automatically every interval()
    // and when the network comes back. Does nothing otherwise.
    void start();
    // Signs in through the browser on a worker thread; signInFinished() tells the outcome.
    // `sessionOnly`: keep the tokens in memory only (no usable keychain).
    void signIn(const QUrl &portal, bool sessionOnly);
    bool signOut(QString *error);
    void syncNow();
    void cancel();

    // The newest `limit` entries of the sync log, oldest first.
    QList<SyncLog::Entry> recentLog(int limit, QString *error = nullptr) const;
    QList<ConflictStore::Conflict> openConflicts(QString *error = nullptr) const;
    bool resolveConflict(qint64 id, ConflictStore::Choice choice, QString *error);

Q_SIGNALS:
    void accountChanged();
    // Automatic sync was switched on or off, or its interval changed.
    void automaticChanged();
    void signInFinished(const QString &error); // empty on success
    void started();
    void progress(const pass::SyncProgress &progress);
    void finished(const pass::SyncResult &result);

private:
    void startScheduler();
    void stopScheduler();
    ConflictStore conflictStore() const;

    Database *m_db;
    SyncScheduler *m_scheduler = nullptr;
    SyncScheduler::NetworkFactory m_networkFactory;
    SyncScheduler::Prepare m_customPrepare;
    OpenBrowser m_openBrowser;
    // The entities' adapters on this thread's connection, for resolving conflicts.
    QHash<QString, std::shared_ptr<SyncEntityAdapter>> m_adapters;
    std::chrono::minutes m_interval{15};
    bool m_sessionOnly = false;
    bool m_signingIn = false;
};

} // namespace pass
