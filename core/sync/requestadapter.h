#pragma once

#include "core/store/requeststore.h"
#include "core/sync/syncentityadapter.h"

namespace pass {

// Support requests, visits and request messages for the sync engine, over RequestStore: one
// adapter object per entity name.
class RequestAdapter : public SyncEntityAdapter
{
public:
    RequestAdapter(QSqlDatabase db, QString entity);

    QString entity() const override { return m_entity; }
    std::optional<QJsonObject> load(const QString &id) const override;
    qint64 localVersion(const QString &id) const override;
    bool store(const QString &id, const QJsonObject &data, qint64 version, QString *error) override;
    bool remove(const QString &id, QString *error) override;
    bool setVersion(const QString &id, qint64 version, QString *error) override;
    bool syncedIds(QStringList *ids, QString *error) const override;

private:
    std::optional<RequestMessage> findMessage(const QString &id) const;

    QSqlDatabase m_db;
    QString m_entity;
    QString m_table;
    RequestStore m_store;
};

} // namespace pass
