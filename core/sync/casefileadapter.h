#pragma once

#include "core/store/casefilestore.h"
#include "core/sync/tableadapter.h"

namespace pass {

// Case files for the sync engine, over CaseFileStore (so statistics and audit stay maintained).
class CaseFileAdapter : public TableAdapter
{
public:
    explicit CaseFileAdapter(QSqlDatabase db);

    bool load(const QString &id, std::optional<QJsonObject> *data, QString *error) const override;
    bool store(const QString &id, const QJsonObject &data, qint64 version, QString *error) override;
    bool remove(const QString &id, QString *error) override;

private:
    CaseFileStore m_store;
};

} // namespace pass
