#include "syncstate.h"

#include "core/store/sql.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

using sql::exec;

std::optional<QString> SyncState::value(const QString &key, QString *error) const
{
    QSqlQuery q(m_db);
    if (!exec(q, u"SELECT value FROM sync_state WHERE key = ?"_s, {key}, error))
        return std::nullopt;
    return q.next() ? q.value(0).toString() : QString();
}

bool SyncState::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q, error);
}

bool SyncState::removeValue(const QString &key, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM sync_state WHERE key = ?"_s);
    q.addBindValue(key);
    return exec(q, error);
}

bool SyncState::base(const QString &entity, const QString &id, std::optional<Base> *base, QString *error) const
{
    QSqlQuery q(m_db);
    if (!exec(q, u"SELECT version, data FROM sync_base WHERE entity = ? AND record_id = ?"_s, {entity, id}, error))
        return false;
    *base = std::nullopt;
    if (q.next())
        *base = Base{q.value(0).toLongLong(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()};
    return true;
}

bool SyncState::baseVersion(const QString &entity, const QString &id, qint64 *version, QString *error) const
{
    QSqlQuery q(m_db);
    if (!exec(q, u"SELECT version FROM sync_base WHERE entity = ? AND record_id = ?"_s, {entity, id}, error))
        return false;
    *version = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool SyncState::setBase(const QString &entity, const QString &id, qint64 version, const QJsonObject &data,
                        QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_base (entity, record_id, version, data) VALUES (?, ?, ?, ?) "
              "ON CONFLICT(entity, record_id) DO UPDATE SET version = excluded.version, data = excluded.data"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(version);
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    return exec(q, error);
}

bool SyncState::removeBase(const QString &entity, const QString &id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM sync_base WHERE entity = ? AND record_id = ?"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    return exec(q, error);
}

bool SyncState::clearSettledBases(QString *error)
{
    return sql::run(m_db, u"DELETE FROM sync_base WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = sync_base.entity "
                          "AND o.record_id = sync_base.record_id) AND NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE "
                          "c.resolved_at IS NULL AND c.entity = sync_base.entity AND c.record_id = sync_base.record_id)"_s,
                    error);
}

bool SyncBaseRows::prepare(const QSqlDatabase &db, QString *error)
{
    return m_find.prepare(db, "SELECT version, data FROM sync_base WHERE entity = ? AND record_id = ?", error)
        && m_set.prepare(db, "INSERT INTO sync_base (entity, record_id, version, data) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(entity, record_id) DO UPDATE SET version = excluded.version, "
                                 "data = excluded.data", error)
        && m_remove.prepare(db, "DELETE FROM sync_base WHERE entity = ? AND record_id = ?", error);
}

bool SyncBaseRows::find(const QString &entity, const QString &id, std::optional<SyncState::Base> *base,
                        QString *error)
{
    m_find.bind(1, entity);
    m_find.bind(2, id);
    QString why;
    *base = std::nullopt;
    if (m_find.step(&why))
        *base = SyncState::Base{m_find.integer(0), QJsonDocument::fromJson(m_find.text(1).toUtf8()).object()};
    m_find.reset();
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    return true;
}

bool SyncBaseRows::set(const QString &entity, const QString &id, qint64 version, const QJsonObject &data,
                       QString *error)
{
    return m_set.execWith(error, entity, id, version, QJsonDocument(data).toJson(QJsonDocument::Compact));
}

bool SyncBaseRows::remove(const QString &entity, const QString &id, QString *error)
{
    return m_remove.execWith(error, entity, id);
}

} // namespace pass
