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
// The sorter's worker threads; the main thread reads the table meanwhile.
constexpr int kSortThreads = 2;

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
