#include "indexbuild.h"

#include "core/store/scopedpragma.h"
#include "core/store/sql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// SQLite's smallest sorter run is 250 pages (4 MiB at 16 KiB a page) whatever the cache: a
// cache below that gives the smallest runs.
constexpr int kSortCacheKb = 2048;
// No sorter worker threads. With workers SQLite merges each worker's sorted runs into a temporary
// file of its own before the final merge: on the office-style import (1,000,000 rows, five
// indexes) that extra pass cost 8.2-8.5 s of CPU for the whole import against 6.0-6.4 s with
// none, for a wall-time gain that only a second idle core gives. PRAGMA threads = 0 states it
// rather than relying on the build's default.
constexpr int kSortThreads = 0;

} // namespace

bool createIndexes(QSqlDatabase db, const QStringList &statements, QString *error)
{
    if (statements.isEmpty())
        return true;
    const ScopedPragma cache(db, "cache_size", -kSortCacheKb);
    const ScopedPragma threads(db, "threads", kSortThreads);
    for (const QString &statement : statements) {
        if (!sql::run(db, statement, error))
            return false;
    }
    return true;
}

bool dropIndexesWhileEmpty(QSqlDatabase db, const QString &table, QStringList *dropped, QString *error)
{
    QVariant hasRows;
    if (!sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM \"%1\")"_s.arg(table), &hasRows, error))
        return false;
    if (hasRows.toBool())
        return true;
    QList<std::pair<QString, QString>> indexes;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::exec(q, u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                          "AND sql IS NOT NULL"_s, {table}, error))
            return false;
        while (q.next())
            indexes.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (const auto &[name, createSql] : std::as_const(indexes)) {
        QString ignored; // kept, see above
        if (!sql::run(db, u"DROP INDEX \"%1\""_s.arg(name), &ignored))
            break;
        *dropped << createSql;
    }
    return true;
}

} // namespace pass
