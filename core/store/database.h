#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pass {

class ChangeHub;

// One SQLite store per user profile. Opening creates the file (mode 0600) if needed, refuses a
// store written by a newer version without touching it, upgrades an older one, and sets WAL,
// foreign keys and a busy timeout so the application and passctl can share the file.
//
// Every connection it opens is watched: changes() announces what each committed write changed,
// whichever thread wrote it (see ChangeTracker).
//
// SQLite connections are per thread: connection() returns the calling thread's own named
// connection to this store, opening it on first use.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and creates or upgrades) the store and seeds the shipped reference data.
    // Returns false and sets errorString() on failure; the file is left as it was.
    bool open();
    void close();

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const;
    // Closes the calling thread's connection. A worker thread calls it before it ends, once
    // nothing of its own holds the connection any more: otherwise the connection (a file
    // handle, a page cache) would stay open, unused, until the store is closed.
    void releaseConnection() const;

    // Announces the committed changes of every connection of this store. Lives in the thread
    // that created the Database.
    ChangeHub *changes() const { return m_hub.get(); }
    // A consistent copy of the store at path (SQLite's backup API; the store stays in use).
    bool backup(const QString &path, QString *error) const;
    // Replaces the store's content with the copy at path, after keeping the current content
    // beside the store (beforeRestorePath()); an older copy is then upgraded as at open().
    // Refuses a file that is not a store or is newer than this version, changing nothing.
    bool restore(const QString &path, QString *error);
    QString beforeRestorePath() const { return m_path + QStringLiteral(".before-restore.bak"); }
    // Where open() keeps the copy of a store it upgrades from the given schema version.
    QString migrationBackupPath(int fromVersion) const;

    // The default location: QStandardPaths::AppDataLocation/pass.db.
    static QString defaultPath();

private:
    bool openConnection(QSqlDatabase &db, QString *error) const;
    // Upgrades the schema, after a backup copy of the store at its old version.
    bool upgrade(QSqlDatabase &db, QString *error) const;
    QString threadConnectionName() const;

    struct Watched;

    QString m_path;
    QString m_connectionPrefix;
    std::unique_ptr<ChangeHub> m_hub;
    std::unique_ptr<Watched> m_watched;
    QString m_error;
};

} // namespace pass
