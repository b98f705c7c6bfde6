#include "sqlitestatement.h"

#include "core/store/sqlitehandle.h"

#include <QObject>

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

bool SqliteStatement::prepare(const QSqlDatabase &db, const char *sql, QString *error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = QObject::tr("The store's SQLite handle is not available");
        return false;
    }
    return prepare(handle, sql, error);
}

QByteArray &SqliteStatement::buffer(int i)
{
    if (m_buffers.size() < size_t(i))
        m_buffers.resize(size_t(i));
    return m_buffers[size_t(i - 1)];
}

void SqliteStatement::bindBuffer(int i)
{
    const QByteArray &text = m_buffers[size_t(i - 1)];
    sqlite3_bind_text(m_stmt, i, text.constData(), int(text.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int i, QStringView text)
{
    QByteArray &out = buffer(i);
    const qsizetype n = text.size();
    out.resize(n);
    char *ascii = out.data();
    const char16_t *p = text.utf16();
    for (qsizetype k = 0; k < n; ++k) {
        if (p[k] >= 0x80) {
            out = text.toUtf8();
            break;
        }
        ascii[k] = char(p[k]);
    }
    bindBuffer(i);
}

void SqliteStatement::bind(int i, QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid()) {
        bindNull(i);
        return;
    }
    if (y < 0 || y > 9999) {
        bind(i, date.toString(Qt::ISODate)); // as Qt writes such years
        return;
    }
    // What QDate::toString(Qt::ISODate) writes, without its formatting machinery (a visible
    // share of a million-row import or demo).
    QByteArray &out = buffer(i);
    out.resize(10);
    char *b = out.data();
    const auto put = [](char *at, int value, int width) {
        for (int k = width - 1; k >= 0; --k, value /= 10)
            at[k] = char('0' + value % 10);
    };
    put(b, y, 4);
    b[4] = '-';
    put(b + 5, m, 2);
    b[7] = '-';
    put(b + 8, d, 2);
    bindBuffer(i);
}

void SqliteStatement::bindUtf8(int i, const char *utf8, qsizetype size)
{
    sqlite3_bind_text(m_stmt, i, utf8, int(size), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int i, qint64 value)
{
    sqlite3_bind_int64(m_stmt, i, value);
}

void SqliteStatement::bindReal(int i, double value)
{
    sqlite3_bind_double(m_stmt, i, value);
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
