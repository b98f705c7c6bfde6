#pragma once

#include "core/store/casefilestore.h"
#include "core/sync/syncentityadapter.h"

namespace pass {

// Case files for the sync engine, over CaseFileStore (so statistics and audit stay maintained).
class CaseFileAdapter : public SyncEntityAdapter
{
public:
    explicit CaseFileAdapter(QSqlDatabase db);

    QString entity() const override;
    std::optional<QJsonObject> load(const QString &id) const override;
    qint64 localVersion(const QString &id) const override;
    bool store(const QString &id, const QJsonObject &data, qint64 version, QString *error) override;
    bool remove(const QString &id, QString *error) override;
    bool setVersion(const QString &id, qint64 version, QString *error) override;
    bool syncedIds(QStringList *ids, QString *error) const override;

private:
    QSqlDatabase m_db;
    CaseFileStore m_store;
};

} // namespace pass
