#pragma once

#include "core/store/auditlog.h"
#include "core/sync/syncentityadapter.h"

#include <QSqlDatabase>

#include <optional>

namespace pass {

// What every entity's adapter does the same way over its own table (an `id` and a `version`
// column): the local version, the version the portal gave, the ids the portal has acknowledged.
// Subclasses add how a record is loaded, stored and removed through its store.
class TableAdapter : public SyncEntityAdapter
{
public:
    TableAdapter(QSqlDatabase db, QString entity, QString table);

    QString entity() const override { return m_entity; }
    bool localVersion(const QString &id, qint64 *version, QString *error) const override;
    bool setVersion(const QString &id, qint64 version, QString *error) override;
    bool syncedIds(QStringList *ids, QString *error) const override;

protected:
    // A store's find() result as wire fields: `toJson` turns the record into them.
    template<typename Record, typename ToJson>
    static bool asJson(bool found, const std::optional<Record> &record, std::optional<QJsonObject> *data,
                       ToJson toJson)
    {
        if (!found)
            return false;
        *data = record ? std::optional(toJson(*record)) : std::nullopt;
        return true;
    }
    // Whether the record is here; false with *error when that cannot be read.
    bool exists(const QString &id, bool *here, QString *error) const;

    QSqlDatabase m_db;

private:
    QString m_entity;
    QString m_table;
};

} // namespace pass
