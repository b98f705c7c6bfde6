#pragma once

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace pass {

// A prepared statement on the raw SQLite handle under a QSqlDatabase connection, for the bulk
// writers (the importer, the demo and sync loader): through QSqlQuery every value becomes a
// QVariant and every row a round of driver bookkeeping, which for a million rows costs more
// than the inserts themselves.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(sqlite3 *db, const char *sql, QString *error);
    // The same on the SQLite handle under a Qt connection; fails when it has none (not QSQLITE).
    bool prepare(const QSqlDatabase &db, const char *sql, QString *error);

    // Binding indexes are 1-based, as in SQLite. Text and dates are bound as UTF-8, the store's
    // encoding, from a buffer the statement keeps per parameter until the next bind of it
    // (SQLITE_STATIC): ASCII text (codes, dates, names) costs neither an allocation nor a copy by
    // SQLite, where UTF-16 would make SQLite convert and allocate for every value. bindUtf8()
    // copies (the caller's bytes may not outlive the call).
    void bind(int i, QStringView text);
    // ISO 8601 (yyyy-MM-dd), NULL for an invalid date.
    void bind(int i, QDate date);
    void bind(int i, const QString &text) { bind(i, QStringView(text)); }
    void bindUtf8(int i, const QByteArray &utf8) { bindUtf8(i, utf8.constData(), utf8.size()); }
    void bindUtf8(int i, const char *utf8, qsizetype size);
    void bind(int i, qint64 value);
    void bindReal(int i, double value);
    void bindNull(int i);
    void bindOptional(int i, const QString &text) { text.isNull() ? bindNull(i) : bind(i, text); }
    bool isPrepared() const { return m_stmt != nullptr; }

    // A text that is bound as NULL when it is a null QString (as bindOptional() does).
    struct OrNull
    {
        const QString &text;
    };
    // Binds `values` to parameters 1, 2, … in order, each as its bind() above (a QByteArray as
    // UTF-8 text, OrNull as bindOptional()), and runs the statement as exec() does. For the
    // appenders, whose one INSERT takes a row's values in column order.
    template<typename... Values>
    bool execWith(QString *error, const Values &...values)
    {
        int i = 0;
        (bindValue(++i, values), ...);
        return exec(error);
    }

    // Runs a statement that returns no rows, then resets it for the next use.
    bool exec(QString *error);
    // Steps a query: true while a row is available; done() is then false.
    bool step(QString *error);
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

private:
    void bindValue(int i, const QString &text) { bind(i, QStringView(text)); }
    void bindValue(int i, qint64 value) { bind(i, value); }
    void bindValue(int i, const QByteArray &utf8) { bindUtf8(i, utf8); }
    void bindValue(int i, OrNull text) { bindOptional(i, text.text); }

    QByteArray &buffer(int i);
    void bindBuffer(int i);

    std::vector<QByteArray> m_buffers; // per parameter, see bind()
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace pass
