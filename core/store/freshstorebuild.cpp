#include "freshstorebuild.h"

#include "core/util/stage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pass {
namespace {

bool removeStoreFiles(const QString &path)
{
    bool ok = true;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    }
    return ok;
}

// Flushes a file (or, on POSIX, a directory entry) to disk before the rename makes it visible.
bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.flush();
#endif
}

} // namespace

FreshStoreBuild::FreshStoreBuild(QString finalPath)
    : m_finalPath(std::move(finalPath)),
      m_temporaryPath(m_finalPath + u".building"_s)
{
}

FreshStoreBuild::~FreshStoreBuild()
{
    if (!m_finished)
        discard();
}

void FreshStoreBuild::discard()
{
    m_db.reset();
    removeStoreFiles(m_temporaryPath);
}

bool FreshStoreBuild::open(QString *error)
{
    if (QFileInfo::exists(m_finalPath)) {
        *error = QObject::tr("A store already exists at %1").arg(m_finalPath);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(m_finalPath).absolutePath())) {
        *error = QObject::tr("Cannot create the folder %1").arg(QFileInfo(m_finalPath).absolutePath());
        return false;
    }
    // What an interrupted earlier build left behind.
    if (!removeStoreFiles(m_temporaryPath)) {
        *error = QObject::tr("Cannot remove the unfinished store %1").arg(m_temporaryPath);
        return false;
    }
    {
        // Private from its first byte, like every store (Database gives a new file 16 KiB pages).
        QFile file(m_temporaryPath);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QObject::tr("Cannot create the store %1: %2").arg(m_temporaryPath, file.errorString());
            return false;
        }
        file.close();
        QFile::setPermissions(m_temporaryPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_db = std::make_unique<Database>(m_temporaryPath);
    if (!m_db->open()) {
        *error = m_db->errorString();
        return false;
    }
    // Nobody else knows this file, and a failed build is thrown away whole: no journal needed.
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"PRAGMA journal_mode = OFF"_s) || !q.exec(u"PRAGMA synchronous = OFF"_s)) {
        *error = q.lastError().text();
        return false;
    }
    reachStage("fresh-store:opened");
    return true;
}

bool FreshStoreBuild::finish(QString *error)
{
    if (!m_db) {
        *error = QObject::tr("The store build was not opened");
        return false;
    }
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(u"PRAGMA synchronous = FULL"_s) || !q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next()
            || q.value(0).toString() != u"wal") {
            *error = QObject::tr("Cannot switch the new store back to WAL: %1").arg(q.lastError().text());
            return false;
        }
    }
    reachStage("fresh-store:switched-to-wal");
    m_db.reset(); // closes the connections: the store is complete on disk
    if (!syncToDisk(m_temporaryPath)) {
        *error = QObject::tr("Cannot flush the new store %1 to disk").arg(m_temporaryPath);
        return false;
    }
    if (QFileInfo::exists(m_temporaryPath + u"-wal"_s)) {
        *error = QObject::tr("The new store %1 still has a write-ahead log after closing").arg(m_temporaryPath);
        return false;
    }
    reachStage("fresh-store:flushed");
    if (QFileInfo::exists(m_finalPath)) {
        *error = QObject::tr("A store appeared at %1 while the new one was being built; the new one was discarded")
                     .arg(m_finalPath);
        return false;
    }
    if (!QFile::rename(m_temporaryPath, m_finalPath)) {
        *error = QObject::tr("Cannot move the new store to %1").arg(m_finalPath);
        return false;
    }
    reachStage("fresh-store:moved");
    syncToDisk(QFileInfo(m_finalPath).absolutePath());
    m_finished = true;
    return true;
}

} // namespace pass
