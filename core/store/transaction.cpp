#include "transaction.h"

#include "core/store/changetracker.h"
#include "core/store/sqlitehandle.h"

#include <sqlite3.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        if (error)
            *error = QObject::tr("Cannot start a write to the store: %1").arg(q.lastError().text());
        return false;
    }
    m_active = true;
    return true;
}

namespace {
int sqliteCode(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    return handle ? (sqlite3_extended_errcode(handle) & 0xff) : SQLITE_OK;
}
} // namespace

bool Transaction::isDiskFull(const QSqlDatabase &db, const QString &error)
{
    // The text too: a failure reported after another statement has run keeps only its message.
    return sqliteCode(db) == SQLITE_FULL || error.contains(u"disk is full"_s);
}

QString Transaction::describeFailure(const QSqlDatabase &db, const QString &error)
{
    if (isDiskFull(db, error))
        return QObject::tr("the disk that holds the store is full (%1)").arg(error);
    if (sqliteCode(db) == SQLITE_IOERR)
        return QObject::tr("the store could not be written, a disk error (%1)").arg(error);
    return error;
}

bool Transaction::storeFailed(const QSqlDatabase &db, const QString &error)
{
    if (isDiskFull(db, error))
        return true;
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return false;
    const int code = sqliteCode(db);
    return code == SQLITE_IOERR || code == SQLITE_NOMEM || code == SQLITE_CORRUPT || sqlite3_get_autocommit(handle) != 0;
}

QString Transaction::saveFailed(const QSqlDatabase &db, const QString &error)
{
    return QObject::tr("Cannot save to the store: %1").arg(describeFailure(db, error));
}

bool Transaction::commit(QString *error)
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        if (error)
            *error = saveFailed(m_db, q.lastError().text());
        rollback();
        return false;
    }
    m_active = false;
    ChangeTracker::committed(m_db);
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    m_active = false;
    ChangeTracker::rolledBack(m_db);
}

} // namespace pass
