#include "casefileadapter.h"

#include "core/store/casefilecodec.h"

using namespace Qt::StringLiterals;

namespace pass {

CaseFileAdapter::CaseFileAdapter(QSqlDatabase db) : TableAdapter(db, u"case_file"_s, u"case_files"_s), m_store(db) { }

bool CaseFileAdapter::load(const QString &id, std::optional<QJsonObject> *data, QString *error) const
{
    std::optional<CaseFile> c;
    return asJson(m_store.find(id, &c, error), c, data, &CaseFileCodec::toJson);
}

bool CaseFileAdapter::store(const QString &id, const QJsonObject &data, qint64 version, QString *error)
{
    std::optional<CaseFile> existing;
    if (!m_store.find(id, &existing, error))
        return false;
    CaseFile c = existing.value_or(CaseFile{});
    c.id = id;
    CaseFileCodec::applyJson(data, &c);
    c.version = version;
    if (existing)
        return m_store.updateInTransaction(c, EditContext::fromPortal(), error);
    return m_store.insertInTransaction(&c, EditContext::fromPortal(), error);
}

bool CaseFileAdapter::remove(const QString &id, QString *error)
{
    bool here = false;
    if (!exists(id, &here, error))
        return false;
    return !here || m_store.removeInTransaction(id, EditContext::fromPortal(), error);
}

} // namespace pass
