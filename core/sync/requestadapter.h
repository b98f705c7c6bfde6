#pragma once

#include "core/store/requeststore.h"
#include "core/sync/tableadapter.h"

namespace pass {

// Support requests, visits and request messages for the sync engine, over RequestStore: one
// adapter object per entity name.
class RequestAdapter : public TableAdapter
{
public:
    RequestAdapter(QSqlDatabase db, const QString &entity);

    bool load(const QString &id, std::optional<QJsonObject> *data, QString *error) const override;
    bool store(const QString &id, const QJsonObject &data, qint64 version, QString *error) override;
    bool remove(const QString &id, QString *error) override;

private:
    // Reads the record with `find`, applies the wire fields and the version, and saves it with `save`.
    template<typename Record, typename Find, typename Save>
    bool merge(const QString &id, const QJsonObject &data, qint64 version, Find find, Save save, QString *error);

    RequestStore m_store;
};

} // namespace pass
