#include "recordstore.h"

#include "caller.h"
#include "sequenceallocator.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

RecordStore::RecordStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<StoredRecord> RecordStore::load(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT entity, authority_istat, parent_id, natural_key, version, updated_at,"
                  " deleted, data, field_versions FROM records WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    StoredRecord record;
    record.id = id;
    record.entity = query.value(0).toString();
    record.authorityIstat = query.value(1).toString();
    record.parentId = query.value(2).toString();
    record.naturalKey = query.value(3).toString();
    record.version = query.value(4).toLongLong();
    record.updatedAt = query.value(5).toString();
    record.deleted = query.value(6).toInt() != 0;
    record.data = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
    record.fieldVersions = QJsonDocument::fromJson(query.value(8).toByteArray()).object();
    return record;
}

bool RecordStore::write(const StoredRecord &record, SequenceAllocator &seq)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM records WHERE id = ?"_s);
    query.addBindValue(record.id);
    bool ok = query.exec();
    query.prepare(u"INSERT INTO records (id, entity, authority_istat, parent_id, natural_key,"
                  " version, updated_at, deleted, data, field_versions)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.id);
    query.addBindValue(record.entity);
    query.addBindValue(record.authorityIstat);
    query.addBindValue(record.parentId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(record.parentId));
    query.addBindValue(record.naturalKey.isEmpty() || record.deleted
                           ? QVariant(QMetaType(QMetaType::QString))
                           : QVariant(record.naturalKey));
    query.addBindValue(record.version);
    query.addBindValue(record.updatedAt);
    query.addBindValue(record.deleted ? 1 : 0);
    query.addBindValue(QString::fromUtf8(compact(record.data)));
    query.addBindValue(QString::fromUtf8(compact(record.fieldVersions)));
    ok = ok && query.exec();
    // The new shared row also replaces the rows that brought the record into an expert's
    // scope: the expert still holds the authority and sees the shared row, so keeping them
    // would send the record twice. Tombstones of records that left a scope stay.
    query.prepare(u"DELETE FROM changes WHERE record_id = ? AND (audience IS NULL OR op = 'upsert')"_s);
    query.addBindValue(record.id);
    ok = ok && query.exec();
    query.prepare(u"INSERT INTO changes (seq, record_id, authority_istat, audience, op)"
                  " VALUES (?, ?, ?, NULL, ?)"_s);
    query.addBindValue(seq.next());
    query.addBindValue(record.id);
    query.addBindValue(record.authorityIstat);
    query.addBindValue(record.deleted ? u"delete"_s : u"upsert"_s);
    ok = ok && query.exec();
    if (!ok)
        m_error = query.lastError().text();
    return ok;
}

std::optional<QString> RecordStore::idByNaturalKey(const QString &entity, const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM records WHERE entity = ? AND natural_key = ?"_s);
    query.addBindValue(entity);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

bool RecordStore::hasLiveChildren(const QString &parentId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM records WHERE parent_id = ? AND deleted = 0"_s);
    query.addBindValue(parentId);
    return query.exec() && query.next();
}

QByteArray RecordStore::wireJson(const QString &id, qint64 version, const QString &updatedAt,
                                 const QByteArray &dataJson)
{
    QByteArray out;
    out.reserve(dataJson.size() + 100);
    out += "{\"id\":\"";
    out += id.toLatin1();
    out += "\",\"version\":";
    out += QByteArray::number(version);
    out += ",\"updated_at\":\"";
    out += updatedAt.toLatin1();
    out += '"';
    if (dataJson.size() > 2) {
        out += ',';
        out += QByteArrayView(dataJson).sliced(1);
    } else {
        out += '}';
    }
    return out;
}

QByteArray RecordStore::wireJson(const StoredRecord &record)
{
    return wireJson(record.id, record.version, record.updatedAt, compact(record.data));
}

QByteArray RecordStore::listPage(const Caller &caller, const QString &entity,
                                 const QString &after, int limit, QString *nextAfter,
                                 bool *hasMore) const
{
    QString sql = u"SELECT id, version, updated_at, data FROM records"
                  " WHERE entity = ? AND deleted = 0 AND id > ?"_s;
    if (caller.role != Role::Coordinator)
        sql += u" AND authority_istat IN (SELECT istat FROM user_authorities WHERE username = ?)"_s;
    sql += u" ORDER BY id LIMIT ?"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(entity);
    query.addBindValue(after.isNull() ? u""_s : after); // NULL would compare false
    if (caller.role != Role::Coordinator)
        query.addBindValue(caller.username);
    query.addBindValue(limit + 1);
    query.exec();
    QByteArray items = "[";
    int count = 0;
    *hasMore = false;
    nextAfter->clear();
    while (query.next()) {
        if (count == limit) {
            *hasMore = true;
            break;
        }
        if (count++ > 0)
            items += ',';
        *nextAfter = query.value(0).toString();
        items += wireJson(*nextAfter, query.value(1).toLongLong(), query.value(2).toString(),
                          query.value(3).toByteArray());
    }
    items += ']';
    if (!*hasMore)
        nextAfter->clear();
    return items;
}

QByteArray RecordStore::messagesOf(const QString &requestId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, version, updated_at, data FROM records WHERE parent_id = ?"
                  " AND entity = 'request_message' AND deleted = 0 ORDER BY updated_at, id"_s);
    query.addBindValue(requestId);
    query.exec();
    QByteArray items = "[";
    bool first = true;
    while (query.next()) {
        if (!first)
            items += ',';
        first = false;
        items += wireJson(query.value(0).toString(), query.value(1).toLongLong(),
                          query.value(2).toString(), query.value(3).toByteArray());
    }
    items += ']';
    return items;
}

} // namespace pass::portal
