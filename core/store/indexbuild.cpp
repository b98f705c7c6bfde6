#include "indexbuild.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// SQLite's smallest sorter run is 250 pages (4 MiB at 16 KiB a page) whatever the cache: a
// cache below that gives the smallest runs.
constexpr int kSortCacheKb = 2048;
// The sorter's worker threads; the main thread reads the table meanwhile.
constexpr int kSortThreads = 2;

QVariant pragmaValue(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0) : QVariant();
}

} // namespace

bool createIndexes(QSqlDatabase db, const QStringList &statements, QString *error)
{
    if (statements.isEmpty())
        return true;
    const QVariant cacheSize = pragmaValue(db, u"cache_size"_s);
    const QVariant threads = pragmaValue(db, u"threads"_s);
    QSqlQuery q(db);
    q.exec(u"PRAGMA cache_size = -%1"_s.arg(kSortCacheKb));
    q.exec(u"PRAGMA threads = %1"_s.arg(kSortThreads));
    const auto restore = qScopeGuard([&] {
        QSqlQuery pragma(db);
        if (cacheSize.isValid())
            pragma.exec(u"PRAGMA cache_size = %1"_s.arg(cacheSize.toLongLong()));
        if (threads.isValid())
            pragma.exec(u"PRAGMA threads = %1"_s.arg(threads.toInt()));
    });
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace pass
