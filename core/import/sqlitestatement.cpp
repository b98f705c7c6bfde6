#include "sqlitestatement.h"

#include <sqlite3.h>

namespace pass {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql, QString *error)
{
    m_db = db;
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

void SqliteStatement::bind(int i, QStringView text)
{
    constexpr qsizetype kShort = 128;
    const qsizetype n = text.size();
    if (n <= kShort) {
        char ascii[kShort];
        const char16_t *p = text.utf16();
        qsizetype k = 0;
        while (k < n && p[k] < 0x80) {
            ascii[k] = char(p[k]);
            ++k;
        }
        if (k == n) {
            bindUtf8(i, ascii, n);
            return;
        }
    }
    bindUtf8(i, text.toUtf8());
}

void SqliteStatement::bindUtf8(int i, const char *utf8, qsizetype size)
{
    sqlite3_bind_text(m_stmt, i, utf8, int(size), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int i, qint64 value)
{
    sqlite3_bind_int64(m_stmt, i, value);
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

bool SqliteStatement::exec(QString *error)
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

bool SqliteStatement::step(QString *error)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::text(int column) const
{
    const void *p = sqlite3_column_text16(m_stmt, column);
    if (!p)
        return {};
    return QString(reinterpret_cast<const QChar *>(p), sqlite3_column_bytes16(m_stmt, column) / 2);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace pass
