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

QSqlQuery &RecordStore::prepared(Sql which) const
{
    static const char *const sql[] = {
        "SELECT entity, authority_istat, parent_id, natural_key, version, updated_at, deleted,"
        " data, field_versions, rid FROM records WHERE id = ?",
        "UPDATE records SET id = ?, entity = ?, authority_istat = ?, parent_id = ?,"
        " natural_key = ?, version = ?, updated_at = ?, deleted = ?, data = ?, field_versions = ?"
        " WHERE rid = ?",
        "INSERT INTO records (id, entity, authority_istat, parent_id, natural_key, version,"
        " updated_at, deleted, data, field_versions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        // The new shared row also replaces the rows that brought the record into an expert's
        // scope: the expert still holds the authority and sees the shared row, so keeping them
        // would send the record twice. Tombstones of records that left a scope stay.
        "DELETE FROM changes WHERE record_rid = ? AND (audience IS NULL OR op = 'upsert')",
        "INSERT INTO changes (seq, record_rid, authority_istat, audience, op) VALUES (?, ?, ?, NULL, ?)",
        "SELECT id FROM records WHERE entity = ? AND natural_key = ?",
        "SELECT 1 FROM records WHERE parent_id = ? AND deleted = 0",
    };
    static_assert(std::size(sql) == size_t(Sql::Count));
    auto &slot = m_prepared[size_t(which)];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->prepare(QString::fromLatin1(sql[size_t(which)]));
    }
    return *slot;
}

std::optional<StoredRecord> RecordStore::load(const QString &id) const
{
    QSqlQuery &query = prepared(Sql::Load);
    query.bindValue(0, id);
    if (!query.exec() || !query.next()) {
        query.finish();
        return std::nullopt;
    }
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
    record.rid = query.value(9).toLongLong();
    query.finish();
    return record;
}

bool RecordStore::write(const StoredRecord &record, SequenceAllocator &seq)
{
    // In place when the record exists: its rid, which change rows point at, stays.
    QSqlQuery &insert = prepared(record.rid ? Sql::UpdateRecord : Sql::InsertRecord);
    insert.bindValue(0, record.id);
    insert.bindValue(1, record.entity);
    insert.bindValue(2, record.authorityIstat);
    insert.bindValue(3, record.parentId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(record.parentId));
    insert.bindValue(4, record.naturalKey.isEmpty() || record.deleted
                            ? QVariant(QMetaType(QMetaType::QString))
                            : QVariant(record.naturalKey));
    insert.bindValue(5, record.version);
    insert.bindValue(6, record.updatedAt);
    insert.bindValue(7, record.deleted ? 1 : 0);
    insert.bindValue(8, QString::fromUtf8(compact(record.data)));
    insert.bindValue(9, QString::fromUtf8(compact(record.fieldVersions)));
    if (record.rid)
        insert.bindValue(10, record.rid);
    bool ok = insert.exec();
    const qint64 rid = record.rid ? record.rid : insert.lastInsertId().toLongLong();
    QSqlQuery &dropChanges = prepared(Sql::DeleteChanges);
    dropChanges.bindValue(0, rid);
    ok = ok && dropChanges.exec();
    QSqlQuery &change = prepared(Sql::InsertChange);
    change.bindValue(0, seq.next());
    change.bindValue(1, rid);
    change.bindValue(2, record.authorityIstat);
    change.bindValue(3, record.deleted ? u"delete"_s : u"upsert"_s);
    ok = ok && change.exec();
    if (!ok) {
        for (const QSqlQuery *q : {&insert, &dropChanges, &change}) {
            if (q->lastError().isValid())
                m_error = q->lastError().text();
        }
    }
    return ok;
}

std::optional<QString> RecordStore::idByNaturalKey(const QString &entity, const QString &key) const
{
    QSqlQuery &query = prepared(Sql::ByNaturalKey);
    query.bindValue(0, entity);
    query.bindValue(1, key);
    std::optional<QString> id;
    if (query.exec() && query.next())
        id = query.value(0).toString();
    query.finish();
    return id;
}

bool RecordStore::hasLiveChildren(const QString &parentId) const
{
    QSqlQuery &query = prepared(Sql::LiveChildren);
    query.bindValue(0, parentId);
    const bool found = query.exec() && query.next();
    query.finish();
    return found;
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
    // Conversation order is when a message was written (created_at, a field of the message),
    // not when it was last edited. (json_extract: SQLite; PostgreSQL spells it data->>'…'.)
    query.prepare(u"SELECT id, version, updated_at, data FROM records WHERE parent_id = ?"
                  " AND entity = 'request_message' AND deleted = 0"
                  " ORDER BY json_extract(data, '$.created_at'), id"_s);
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
