#include "documentadapter.h"

#include "core/store/documentcodec.h"

using namespace Qt::StringLiterals;

namespace pass {

DocumentAdapter::DocumentAdapter(QSqlDatabase db)
    : TableAdapter(db, u"request_document"_s, u"request_documents"_s), m_store(db)
{
}

bool DocumentAdapter::load(const QString &id, std::optional<QJsonObject> *data, QString *error) const
{
    std::optional<RequestDocument> d;
    return asJson(m_store.find(id, &d, error), d, data, [](const RequestDocument &r) { return RequestCodec::toJson(r); });
}

bool DocumentAdapter::store(const QString &id, const QJsonObject &data, qint64 version, QString *error)
{
    std::optional<RequestDocument> existing;
    if (!m_store.find(id, &existing, error))
        return false;
    RequestDocument d = existing.value_or(RequestDocument{});
    d.id = id;
    RequestCodec::applyJson(data, &d);
    d.version = version;
    return m_store.saveInTransaction(&d, EditContext::fromPortal(), error);
}

bool DocumentAdapter::remove(const QString &id, QString *error)
{
    return m_store.removeInTransaction(id, EditContext::fromPortal(), error);
}

} // namespace pass
