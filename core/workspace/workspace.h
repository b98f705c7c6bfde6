#pragma once

#include "core/casefiles/authoritysummary.h"
#include "core/casefiles/casefilecommands.h"
#include "core/domain/records.h"
#include "core/query/casefilequery.h"
#include "core/query/readconnection.h"
#include "core/requests/requestdesk.h"
#include "core/store/auditlog.h"
#include "core/store/changeset.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace pass {

class Database;
class SyncController;

// One open store and everything that hangs off it, for the desktop application: the store with
// its open policy (openStore(): migrations, repairs), the sync controller (account, scheduler,
// conflicts), and the queries and commands the views use. Views receive the workspace — never a
// QSqlDatabase — and refresh themselves when changed() says that what they show has changed:
// after every committed write, by whichever writer (a local edit, an import, a pulled page, a
// push result, a conflict resolution), in this process. Nobody calls a view's refresh by hand.
//
// Lives in the GUI thread. Opening another store makes a new Workspace.
class Workspace : public QObject
{
    Q_OBJECT
public:
    // Opens (creating, upgrading, repairing) the store at `path`; nullptr with `error` set.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error);
    // Takes a store that is already open.
    explicit Workspace(std::unique_ptr<Database> store, QObject *parent = nullptr);
    ~Workspace() override;

    QString storePath() const;
    // A consistent copy of the open store at `path` (SQLite's backup API; the store stays in use).
    bool backup(const QString &path, QString *error) const;
    // Replaces the content of the store at `storePath` with the copy at `copy`, while no
    // workspace has it open. The current content is kept beside the store first
    // (Database::beforeRestorePath()); an older copy is upgraded. On failure the store keeps the
    // content it had, and `error` says why.
    static bool restore(const QString &storePath, const QString &copy, QString *error);
    // For the about box: the SQLite library in use and the store schema this build writes (an
    // open store is always at it).
    static QString sqliteVersion();
    static int schemaVersion();
    // For core services that need the store itself (the importer, the demo generator). Views use
    // the queries and commands below.
    Database &store() const { return *m_store; }
    SyncController *sync() const { return m_sync.get(); }

    // --- Queries (GUI thread, quick) ---
    // Each answers nothing (an empty list, nullopt, -1) with *error set when the store cannot be
    // read — logged when error is null — so a view can say so instead of showing "none".
    QList<Authority> authorities(QString *error = nullptr) const;
    QList<TaskForce> taskForces(QString *error = nullptr) const;
    QList<ProcedureType> procedureTypes(QString *error = nullptr) const;
    qint64 caseFileCount(QString *error = nullptr) const;
    std::optional<CaseFile> caseFile(const QString &id, QString *error = nullptr) const;
    // A paged query over the case files for list models (keyset pages, any size of store).
    CaseFileQuery caseFileQuery() const;

    // Support requests and visits: the signed-in account, the list, a request, its timeline,
    // the visit logs and the workflow's commands (RequestService) for that account.
    RequestDesk requests() const;

    // Runs `work` on a worker thread with a private read-only connection to the store (charts,
    // reports, counts over a large store), so the window never waits for it.
    template<typename T>
    QFuture<T> readInBackground(std::function<T(QSqlDatabase)> work) const
    {
        return QtConcurrent::run([path = storePath(), work = std::move(work)] {
            const ReadConnection connection(path);
            return work(connection.database());
        });
    }

    // --- Commands (each one journalled transaction: row, audit, outbox, statistics) ---
    bool saveCaseFile(CaseFile *c, QString *error);
    bool removeCaseFile(const QString &id, QString *error);

    // --- Case files as people edit them (ui/casefiles) ---
    // Create, edit, delete, undo and redo, checked field by field (CaseFileValidator); each one
    // journalled transaction. The actor is the signed-in account, else the OS user.
    CaseFileCommands &caseFileCommands();
    // Every change of one case file, oldest first: who, when, where from (this computer, an
    // import run with its file and line, the portal), field, before and after.
    // Empty, with *error set (logged when error is null), when the store cannot be read.
    QList<AuditLog::Entry> caseFileHistory(const QString &id, QString *error = nullptr) const;
    // The authorities in the user's scope with their case files by state and their backlog
    // against the baseline, read on a worker thread.
    QFuture<AuthoritySummaries::Result> authoritySummaries(QDate today = QDate::currentDate()) const;

    // Coalesces the announcements of writes that follow each other closely (a sync's pages)
    // into one every `interval`; zero announces each at once. 200 ms by default.
    void setChangeInterval(int milliseconds) { m_interval = milliseconds; }

    // --- The authority in focus ---
    // Picking an authority (in the Authorities view, or a view's own filter) narrows every view
    // to it: views read focusAuthority() when built and follow focusAuthorityChanged().
    // An ISTAT code; empty means every authority in scope.
    QString focusAuthority() const { return m_focusAuthority; }
    void setFocusAuthority(const QString &istatCode);

Q_SIGNALS:
    // Records changed and were committed. Emitted in the GUI thread after the commit, for any
    // writer of this process.
    void changed(const pass::ChangeSet &changes);
    void focusAuthorityChanged(const QString &istatCode);

private:
    void collect(const ChangeSet &changes);
    void announce();

    std::unique_ptr<Database> m_store;
    std::unique_ptr<SyncController> m_sync;
    ChangeSet m_pending;
    QTimer m_announce;
    QElapsedTimer m_sinceAnnounce;
    int m_interval = 200;
    std::unique_ptr<CaseFileCommands> m_caseFileCommands;
    QString m_focusAuthority;
};

} // namespace pass
