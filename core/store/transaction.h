#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pass {

// A write transaction that rolls back unless committed. BEGIN IMMEDIATE takes the write lock
// up front, so two processes never deadlock upgrading a read lock (busy_timeout then waits).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { }
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

    // A failed write's error in words when the cause is the disk (full, or an I/O error), else
    // the error as it is. Call it before the rollback: SQLite's error code still names the cause.
    static QString describeFailure(const QSqlDatabase &db, const QString &error);
    static bool isDiskFull(const QSqlDatabase &db, const QString &error);
    // Whether a failed write failed because of the store rather than the row: a full disk, an I/O
    // error, or the caller's transaction gone (SQLite rolls it back itself after some of these,
    // and what ran after it would then commit on its own). Such a failure stops a bulk writer;
    // a row the store refuses (a constraint) does not. Call it before anything else runs.
    static bool storeFailed(const QSqlDatabase &db, const QString &error);
    // "Cannot save to the store: …" with describeFailure()'s words, as commit() says it.
    static QString saveFailed(const QSqlDatabase &db, const QString &error);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace pass
