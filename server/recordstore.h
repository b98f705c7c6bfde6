#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace pass::portal {

class SequenceAllocator;
struct Caller;

// One syncable record as the portal stores it.
struct StoredRecord
{
    qint64 rid = 0; // the row's key, which change rows point at; 0 for a record not yet stored
    QString id;
    QString entity;
    QString authorityIstat; // the authority that scopes it (a request's, for messages/visits)
    QString parentId;       // request_id of messages and visits
    QString naturalKey;     // unique per entity when set (case files: istat + protocol)
    qint64 version = 0;
    QString updatedAt;
    bool deleted = false;
    QJsonObject data;          // the entity's fields
    QJsonObject fieldVersions; // field → version of its last change (absent: 1)

    qint64 fieldVersion(const QString &field) const
    {
        return fieldVersions.value(field).toInteger(1);
    }
};

// Reads and writes records and their change rows. Every write replaces the record's shared
// change row with a new one at the next sequence number, so the feed holds each record once.
class RecordStore
{
public:
    explicit RecordStore(QSqlDatabase db);

    std::optional<StoredRecord> load(const QString &id) const;
    bool write(const StoredRecord &record, SequenceAllocator &seq);

    // The live record with this natural key, if any.
    std::optional<QString> idByNaturalKey(const QString &entity, const QString &key) const;
    bool hasLiveChildren(const QString &parentId) const;

    // The wire form {id, version, updated_at, …fields}, spliced from stored JSON text.
    static QByteArray wireJson(const QString &id, qint64 version, const QString &updatedAt,
                               const QByteArray &dataJson);
    static QByteArray wireJson(const StoredRecord &record);

    // A page of the caller's live records of one entity, ordered by id, after `after`.
    QByteArray listPage(const Caller &caller, const QString &entity, const QString &after,
                        int limit, QString *nextAfter, bool *hasMore) const;
    // The live messages of one request, oldest first.
    QByteArray messagesOf(const QString &requestId) const;

    QString errorString() const { return m_error; }

private:
    // The statements of the per-mutation path, prepared once per connection: preparing
    // (parsing and planning the SQL) cost about as much as running them.
    enum class Sql { Load, UpdateRecord, InsertRecord, DeleteChanges, InsertChange, ByNaturalKey,
                     LiveChildren, Count };
    QSqlQuery &prepared(Sql which) const;

    QSqlDatabase m_db;
    mutable std::array<std::unique_ptr<QSqlQuery>, size_t(Sql::Count)> m_prepared;
    mutable QString m_error;
};

} // namespace pass::portal
