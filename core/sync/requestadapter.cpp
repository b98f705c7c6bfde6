#include "requestadapter.h"

#include "core/store/requestcodec.h"

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString tableOf(const QString &entity)
{
    return entity == u"support_request" ? u"support_requests"_s
        : entity == u"visit"            ? u"visits"_s
                                        : u"request_messages"_s;
}

} // namespace

RequestAdapter::RequestAdapter(QSqlDatabase db, const QString &entity)
    : TableAdapter(db, entity, tableOf(entity)), m_store(db)
{
}

bool RequestAdapter::load(const QString &id, std::optional<QJsonObject> *data, QString *error) const
{
    const auto toJson = [](const auto &record) { return RequestCodec::toJson(record); };
    if (entity() == u"support_request") {
        std::optional<SupportRequest> r;
        return asJson(m_store.findRequest(id, &r, error), r, data, toJson);
    }
    if (entity() == u"visit") {
        std::optional<Visit> v;
        return asJson(m_store.findVisit(id, &v, error), v, data, toJson);
    }
    std::optional<RequestMessage> m;
    return asJson(m_store.findMessage(id, &m, error), m, data, toJson);
}

template<typename Record, typename Find, typename Save>
bool RequestAdapter::merge(const QString &id, const QJsonObject &data, qint64 version, Find find, Save save,
                           QString *error)
{
    std::optional<Record> existing;
    if (!(m_store.*find)(id, &existing, error))
        return false;
    Record record = existing.value_or(Record{});
    record.id = id;
    RequestCodec::applyJson(data, &record);
    record.version = version;
    return (m_store.*save)(&record, EditContext::fromPortal(), error);
}

bool RequestAdapter::store(const QString &id, const QJsonObject &data, qint64 version, QString *error)
{
    if (entity() == u"support_request")
        return merge<SupportRequest>(id, data, version, &RequestStore::findRequest,
                                     &RequestStore::saveRequestInTransaction, error);
    if (entity() == u"visit")
        return merge<Visit>(id, data, version, &RequestStore::findVisit, &RequestStore::saveVisitInTransaction, error);
    return merge<RequestMessage>(id, data, version, &RequestStore::findMessage, &RequestStore::addMessageInTransaction,
                                 error);
}

bool RequestAdapter::remove(const QString &id, QString *error)
{
    bool here = false;
    if (!exists(id, &here, error))
        return false;
    return !here || m_store.removeInTransaction(entity(), id, EditContext::fromPortal(), error);
}

} // namespace pass
