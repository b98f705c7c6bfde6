#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pass {

// What the sync engine needs from the store of one entity (case_file, support_request, …).
// Writes are sync-origin edits: they never create outbox rows. All run inside the engine's
// transaction.
class SyncEntityAdapter
{
public:
    virtual ~SyncEntityAdapter();
    virtual QString entity() const = 0;
    // The local record's wire fields into *data, nullopt when it does not exist locally. False
    // (with *error) when the store cannot be read: never taken for "not here".
    virtual bool load(const QString &id, std::optional<QJsonObject> *data, QString *error) const = 0;
    // The local record's version into *version, -1 when it does not exist locally; false (with
    // *error) when it cannot be read.
    virtual bool localVersion(const QString &id, qint64 *version, QString *error) const = 0;
    // Inserts or updates the record from wire fields with the given server version.
    virtual bool store(const QString &id, const QJsonObject &data, qint64 version, QString *error) = 0;
    // Removes the record if present (absent is fine).
    virtual bool remove(const QString &id, QString *error) = 0;
    virtual bool setVersion(const QString &id, qint64 version, QString *error) = 0;
    // Ids of records the server has acknowledged (version > 0). False (with *error) when they
    // cannot be read.
    virtual bool syncedIds(QStringList *ids, QString *error) const = 0;
};

} // namespace pass
