#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace pass::portal {

// A prepared statement on the SQLite connection under a QSqlDatabase, for the hot read paths
// (change feed, snapshot): columns come back as views of SQLite's own UTF-8 buffers, so a page
// is assembled by copying bytes, without a QVariant and a QString per column and row.
// The rest of the server stays on QSqlQuery (portable to QPSQL).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);

    // True for a row; false at the end or on an error (then errorString() is set).
    bool next();
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    qint64 int64(int column) const;
    QByteArrayView text(int column) const;

    // The sqlite3 handle of a QSQLITE connection (the driver links the same libsqlite3).
    static sqlite3 *handle(const QSqlDatabase &db);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace pass::portal
