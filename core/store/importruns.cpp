#include "importruns.h"

#include "core/store/sql.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

bool ImportRuns::open(const QString &file, const QString &at, const QString &actor, const QString &origin,
                      qint64 *id, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, u"INSERT INTO import_runs (file, sha256, at, actor, origin) VALUES (?, '', ?, ?, ?)"_s,
                   {file, at, actor, origin}, error))
        return false;
    *id = q.lastInsertId().toLongLong();
    return true;
}

bool ImportRuns::discard(qint64 id, QString *error)
{
    return sql::run(m_db, u"DELETE FROM import_runs WHERE id = ?"_s, {id}, error);
}

bool ImportRuns::close(qint64 id, const QString &sha256, qint64 created, qint64 updated, qint64 firstOutboxSeq,
                       QString *error)
{
    const bool owes = firstOutboxSeq > 0;
    return sql::run(m_db, u"UPDATE import_runs SET sha256 = ?, created = ?, updated = ?, outbox_first_seq = ?, "
                          "outbox_pending = ? WHERE id = ?"_s,
                    {sha256, created, updated, owes ? QVariant(firstOutboxSeq) : QVariant(), owes ? 1 : 0, id}, error);
}

} // namespace pass
