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

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace pass
