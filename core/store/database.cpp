#include "database.h"

#include "core/reference/referencedata.h"
#include "core/store/changetracker.h"
#include "core/store/sqlitehandle.h"
#include "core/store/migrations.h"
#include "core/store/referencestore.h"
#include "core/store/storebackup.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace pass {

// The connections (of any thread) whose writes are watched, so that close() can stop watching
// them before Qt closes them.
struct Database::Watched
{
    std::mutex mutex;
    QList<sqlite3 *> handles;

    void add(sqlite3 *handle)
    {
        const std::lock_guard lock(mutex);
        handles << handle;
    }
    void remove(sqlite3 *handle)
    {
        ChangeTracker::uninstall(handle);
        const std::lock_guard lock(mutex);
        handles.removeAll(handle);
    }
    void removeAll()
    {
        const std::lock_guard lock(mutex);
        for (sqlite3 *handle : std::as_const(handles))
            ChangeTracker::uninstall(handle);
        handles.clear();
    }
};

Database::Database(QString path)
    : m_path(std::move(path)),
      m_connectionPrefix(u"pass-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_hub(std::make_unique<ChangeHub>()),
      m_watched(std::make_unique<Watched>())
{
    // SQLite's memory statistics take a process-wide mutex around every allocation; nothing
    // here reads them. Only possible before SQLite's first use in the process (a no-op after).
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pass.db"_s;
}

bool Database::openConnection(QSqlDatabase &db, QString *error) const
{
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = QObject::tr("Cannot open the store %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // A busy timeout first: another process may hold the write lock for a moment. The page
    // size takes effect only on a new, empty file (before WAL fixes it): 16 KiB pages, as in a
    // store FreshStoreBuild builds, make a million-row import a sixth cheaper (fewer pages to
    // write, split and checkpoint); an existing store keeps the page size it has.
    const char *const pragmas[] = {
        "PRAGMA busy_timeout = 10000",
        "PRAGMA foreign_keys = ON",
        "PRAGMA page_size = 16384",
        "PRAGMA journal_mode = WAL",
        // FULL: a committed edit, and its outbox row, survive a power cut (NORMAL in WAL mode
        // may lose the last commits). Bulk writers commit once at the end, so the extra sync
        // costs them one flush; FreshStoreBuild writes a file of its own without a journal.
        "PRAGMA synchronous = FULL",
    };
    for (const char *pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = QObject::tr("Cannot configure the store %1: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    ChangeTracker::install(db, m_hub.get());
    m_watched->add(sqliteHandle(db));
    return true;
}

QString Database::threadConnectionName() const
{
    // A number per thread for the life of the process: a QThread's address can be reused by a
    // later thread, which would then be handed a connection that belongs to a dead one.
    static std::atomic<quint64> nextThreadNumber{1};
    thread_local const quint64 threadNumber = nextThreadNumber++;
    return m_connectionPrefix + u'-' + QString::number(threadNumber);
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    QString error;
    if (!openConnection(db, &error))
        qCWarning(lcStore) << error;
    return db;
}

bool Database::open()
{
    QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QObject::tr("Cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    if (!info.exists()) {
        // Create the file ourselves so that it is private to the user from its first byte.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = QObject::tr("Cannot create the store %1: %2").arg(m_path, file.errorString());
            return false;
        }
        file.close();
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // Check the version with a plain connection before any pragma writes to the file.
    {
        const QString probeName = m_connectionPrefix + u"-probe"_s;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, probeName);
            probe.setDatabaseName(m_path);
            probe.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!probe.open()) {
                m_error = QObject::tr("Cannot open the store %1: %2").arg(m_path, probe.lastError().text());
                QSqlDatabase::removeDatabase(probeName);
                return false;
            }
            const int version = schemaVersion(probe);
            probe.close();
            if (version < 0) {
                m_error = QObject::tr("%1 is not a PAsS Desktop store (not an SQLite database).").arg(m_path);
            } else if (version > kCurrentSchemaVersion) {
                m_error = QObject::tr("The store %1 was written by a newer version of PAsS Desktop "
                                      "(schema %2; this version knows up to %3). It was not modified: "
                                      "please update PAsS Desktop.")
                              .arg(m_path)
                              .arg(version)
                              .arg(kCurrentSchemaVersion);
            }
        }
        QSqlDatabase::removeDatabase(probeName);
        if (!m_error.isEmpty())
            return false;
    }

    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_error = QObject::tr("Cannot open the store %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (!upgrade(db, &m_error))
        return false;

    // Seed the shipped reference data once per version of it, not at every start: parsing and
    // offering 1,514 authorities again costs more than the rest of opening the store.
    const QString fingerprint = ReferenceData::shippedFingerprint();
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM meta WHERE key = 'shipped_reference'"_s);
    if (q.exec() && q.next() && q.value(0).toString() == fingerprint)
        return true;
    q.finish();
    ReferenceData reference;
    if (!reference.loadShipped()) {
        m_error = reference.errorString();
        return false;
    }
    ReferenceStore refStore(db);
    if (!refStore.seedIfEmpty(reference, &m_error))
        return false;
    q.prepare(u"INSERT INTO meta (key, value) VALUES ('shipped_reference', ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(fingerprint);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QString Database::migrationBackupPath(int fromVersion) const
{
    return m_path + u".v%1.bak"_s.arg(fromVersion);
}

bool Database::upgrade(QSqlDatabase &db, QString *error) const
{
    const int from = schemaVersion(db);
    if (from > 0 && from < kCurrentSchemaVersion) {
        // Never upgrade without a way back: a failed or faulty migration must not cost the data.
        const QString copy = migrationBackupPath(from);
        QString why;
        if (!StoreBackup::copyTo(db, copy, &why)) {
            *error = QObject::tr("The store %1 was not upgraded: a backup copy could not be made first (%2)")
                         .arg(m_path, why);
            return false;
        }
        qCInfo(lcStore) << "store at schema version" << from << "copied to" << copy << "before the upgrade";
    }
    return migrate(db, error);
}

bool Database::backup(const QString &path, QString *error) const
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        *error = QObject::tr("The backup cannot replace the store itself");
        return false;
    }
    return StoreBackup::copyTo(connection(), path, error);
}

bool Database::restore(const QString &path, QString *error)
{
    QString why;
    const int version = StoreBackup::fileSchemaVersion(path, &why);
    if (version <= 0 || version > kCurrentSchemaVersion) {
        *error = version < 0 ? why
            : version == 0 ? QObject::tr("%1 is not a PAsS Desktop store").arg(path)
                           : QObject::tr("%1 was written by a newer version of PAsS Desktop (schema %2; this version "
                                         "knows up to %3)").arg(path).arg(version).arg(kCurrentSchemaVersion);
        return false;
    }
    QSqlDatabase db = connection();
    if (!StoreBackup::copyTo(db, beforeRestorePath(), &why)) {
        *error = QObject::tr("Nothing was restored: the current store could not be copied first (%1)").arg(why);
        return false;
    }
    if (!StoreBackup::restoreFrom(db, path, error))
        return false;
    return upgrade(db, error);
}

void Database::releaseConnection() const
{
    const QString name = threadConnectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        m_watched->remove(sqliteHandle(db));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::close()
{
    releaseConnection();
    m_watched->removeAll();
    // Connections of other threads (ones that did not release theirs) are only removed: asking
    // Qt for another thread's connection is refused with a warning, and removing it closes it.
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionPrefix + u'-'))
            QSqlDatabase::removeDatabase(name);
    }
}

} // namespace pass
