#pragma once

#include "core/store/documentstore.h"
#include "core/sync/syncentityadapter.h"

namespace pass {

// The metadata of request documents (entity request_document) for the sync engine, over
// DocumentStore. Their bytes travel apart (see DocumentTransfer).
class DocumentAdapter : public SyncEntityAdapter
{
public:
    explicit DocumentAdapter(QSqlDatabase db);

    QString entity() const override;
    std::optional<QJsonObject> load(const QString &id) const override;
    qint64 localVersion(const QString &id) const override;
    bool store(const QString &id, const QJsonObject &data, qint64 version, QString *error) override;
    bool remove(const QString &id, QString *error) override;
    bool setVersion(const QString &id, qint64 version, QString *error) override;
    bool syncedIds(QStringList *ids, QString *error) const override;

private:
    QSqlDatabase m_db;
    DocumentStore m_store;
};

} // namespace pass
