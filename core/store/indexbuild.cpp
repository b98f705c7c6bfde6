#include "indexbuild.h"

#include "core/store/scopedpragma.h"

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
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace pass
