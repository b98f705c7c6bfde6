#include "tableadapter.h"

#include "core/store/sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {

SyncEntityAdapter::~SyncEntityAdapter() = default;

TableAdapter::TableAdapter(QSqlDatabase db, QString entity, QString table)
    : m_db(std::move(db)), m_entity(std::move(entity)), m_table(std::move(table))
{
}

bool TableAdapter::localVersion(const QString &id, qint64 *version, QString *error) const
{
    std::optional<qint64> found;
    if (!sql::first(m_db, u"SELECT version FROM "_s + m_table + u" WHERE id = ?"_s, {id}, &found, error,
                    [](const QSqlQuery &q) { return q.value(0).toLongLong(); }))
        return false;
    *version = found.value_or(-1);
    return true;
}

bool TableAdapter::exists(const QString &id, bool *here, QString *error) const
{
    qint64 version = -1;
    if (!localVersion(id, &version, error))
        return false;
    *here = version >= 0;
    return true;
}

bool TableAdapter::setVersion(const QString &id, qint64 version, QString *error)
{
    return sql::run(m_db, u"UPDATE "_s + m_table + u" SET version = ? WHERE id = ?"_s, {version, id}, error);
}

bool TableAdapter::syncedIds(QStringList *ids, QString *error) const
{
    return sql::list(m_db, u"SELECT id FROM "_s + m_table + u" WHERE version > 0"_s, {}, ids, error,
                     [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace pass
