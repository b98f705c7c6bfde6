#pragma once

#include "core/store/documentstore.h"
#include "core/sync/tableadapter.h"

namespace pass {

// The metadata of request documents (entity request_document) for the sync engine, over
// DocumentStore. Their bytes travel apart (see DocumentTransfer).
class DocumentAdapter : public TableAdapter
{
public:
    explicit DocumentAdapter(QSqlDatabase db);

    bool load(const QString &id, std::optional<QJsonObject> *data, QString *error) const override;
    bool store(const QString &id, const QJsonObject &data, qint64 version, QString *error) override;
    bool remove(const QString &id, QString *error) override;

private:
    DocumentStore m_store;
};

} // namespace pass
