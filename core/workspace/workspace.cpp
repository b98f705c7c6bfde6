#include "workspace.h"

#include "core/store/sql.h"

#include "core/store/casefilestore.h"
#include "core/store/changetracker.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/storebackup.h"
#include "core/store/referencestore.h"
#include "core/workspace/storeopening.h"
#include "core/workspace/synccontroller.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace pass {

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error)
{
    auto store = std::make_unique<Database>(path);
    if (!openStore(*store, error))
        return nullptr;
    return std::make_unique<Workspace>(std::move(store));
}

Workspace::Workspace(std::unique_ptr<Database> store, QObject *parent)
    : QObject(parent),
      m_store(std::move(store)),
      m_sync(std::make_unique<SyncController>(m_store.get()))
{
    qRegisterMetaType<pass::ChangeSet>();
    m_announce.setSingleShot(true);
    connect(&m_announce, &QTimer::timeout, this, &Workspace::announce);
    connect(m_store->changes(), &ChangeHub::committed, this, &Workspace::collect);
    // Edits are made in the name of the signed-in account: a new sign-in makes new commands.
    connect(m_sync.get(), &SyncController::accountChanged, this, [this] { m_caseFileCommands.reset(); });
}

Workspace::~Workspace()
{
    // The scheduler's worker uses the store: stop it before the store closes.
    m_sync.reset();
}

QString Workspace::storePath() const
{
    return m_store->path();
}

bool Workspace::backup(const QString &path, QString *error) const
{
    return m_store->backup(path, error);
}

bool Workspace::restore(const QString &storePath, const QString &copy, QString *error)
{
    Database store(storePath);
    if (!openStore(store, error))
        return false;
    if (store.restore(copy, error))
        return true;
    // The copy went in but could not be upgraded: the content kept before goes back, so the
    // store is as it was. (A copy that never went in changed nothing: the backup API writes in
    // one transaction.)
    QString why;
    if (StoreBackup::fileSchemaVersion(storePath, &why) != kCurrentSchemaVersion
        && !StoreBackup::restoreFrom(store.connection(), store.beforeRestorePath(), &why))
        *error += u'\n' + QObject::tr("The store could not be put back as it was (%1); its previous content is in %2")
                               .arg(why, store.beforeRestorePath());
    return false;
}

QString Workspace::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

int Workspace::schemaVersion()
{
    return kCurrentSchemaVersion;
}

void Workspace::collect(const ChangeSet &changes)
{
    m_pending.merge(changes);
    if (m_announce.isActive())
        return;
    // The first change after a quiet spell is announced at once (an edit shows immediately);
    // a burst (a sync's pages, an import's batches) at most once per interval.
    const qint64 since = m_sinceAnnounce.isValid() ? m_sinceAnnounce.elapsed() : m_interval;
    m_announce.start(int(std::max<qint64>(0, m_interval - since)));
}

void Workspace::announce()
{
    if (m_pending.isEmpty())
        return;
    const ChangeSet changes = std::exchange(m_pending, ChangeSet());
    m_sinceAnnounce.start();
    // The commands check against the authority list and the catalogue: keep them current.
    if (m_caseFileCommands
        && (changes.touches(ChangeSet::Entity::Authority) || changes.touches(ChangeSet::Entity::Catalogue)))
        m_caseFileCommands->reloadReference();
    Q_EMIT changed(changes);
}

QList<Authority> Workspace::authorities(QString *error) const
{
    QList<Authority> list;
    QString why;
    const bool ok = ReferenceStore(m_store->connection()).authorities(&list, &why);
    return sql::valueOr(ok, list, u"the authorities"_s, why, error);
}

QList<TaskForce> Workspace::taskForces(QString *error) const
{
    QList<TaskForce> list;
    QString why;
    const bool ok = ReferenceStore(m_store->connection()).taskForces(&list, &why);
    return sql::valueOr(ok, list, u"the task forces"_s, why, error);
}

QList<ProcedureType> Workspace::procedureTypes(QString *error) const
{
    QList<ProcedureType> list;
    QString why;
    const bool ok = ReferenceStore(m_store->connection()).procedureTypes(&list, &why);
    return sql::valueOr(ok, list, u"the procedure catalogue"_s, why, error);
}

qint64 Workspace::caseFileCount(QString *error) const
{
    qint64 count = -1;
    QString why;
    if (CaseFileStore(m_store->connection()).count(&count, &why))
        return count;
    sql::readFailed(u"the number of case files"_s, why, error);
    return -1;
}

std::optional<CaseFile> Workspace::caseFile(const QString &id, QString *error) const
{
    std::optional<CaseFile> found;
    QString why;
    const bool ok = CaseFileStore(m_store->connection()).find(id, &found, &why);
    return sql::valueOr(ok, found, u"the case file"_s, why, error);
}

CaseFileQuery Workspace::caseFileQuery() const
{
    return CaseFileQuery(m_store->connection(), procedureTypes());
}

RequestDesk Workspace::requests() const
{
    return RequestDesk(m_store->connection());
}

bool Workspace::saveCaseFile(CaseFile *c, QString *error)
{
    CaseFileStore store(m_store->connection());
    std::optional<CaseFile> existing;
    if (!c->id.isEmpty() && !store.find(c->id, &existing, error))
        return false;
    if (!existing)
        return store.insert(c, EditContext::local(), error);
    return store.update(*c, EditContext::local(), error);
}

bool Workspace::removeCaseFile(const QString &id, QString *error)
{
    return CaseFileStore(m_store->connection()).remove(id, EditContext::local(), error);
}

void Workspace::setFocusAuthority(const QString &istatCode)
{
    if (istatCode == m_focusAuthority)
        return;
    m_focusAuthority = istatCode;
    Q_EMIT focusAuthorityChanged(istatCode);
}

CaseFileCommands &Workspace::caseFileCommands()
{
    if (!m_caseFileCommands) {
        EditContext context = EditContext::local();
        if (const QString account = m_sync->status().account; !account.isEmpty())
            context.actor = account;
        m_caseFileCommands = std::make_unique<CaseFileCommands>(m_store->connection(), context);
    }
    return *m_caseFileCommands;
}

QList<AuditLog::Entry> Workspace::caseFileHistory(const QString &id, QString *error) const
{
    QList<AuditLog::Entry> entries;
    QString why;
    if (!AuditLog(m_store->connection()).history(u"case_file"_s, id, &entries, &why))
        sql::readFailed(u"the case file's history"_s, why, error);
    return entries;
}

QFuture<AuthoritySummaries::Result> Workspace::authoritySummaries(QDate today) const
{
    return readInBackground<AuthoritySummaries::Result>(
        [today](QSqlDatabase db) { return AuthoritySummaries::read(db, today); });
}

} // namespace pass
