#include "requestadapter.h"

#include "core/store/requestcodec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

EditContext syncContext()
{
    return EditContext{EditOrigin::Sync, u"portal"_s};
}

} // namespace

RequestAdapter::RequestAdapter(QSqlDatabase db, QString entity)
    : m_db(db), m_entity(std::move(entity)), m_store(db)
{
    m_table = m_entity == u"support_request" ? u"support_requests"_s
        : m_entity == u"visit"               ? u"visits"_s
                                             : u"request_messages"_s;
}

std::optional<RequestMessage> RequestAdapter::findMessage(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, request_id, author, body, created_at, version FROM request_messages WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RequestMessage{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()};
}

std::optional<QJsonObject> RequestAdapter::load(const QString &id) const
{
    if (m_entity == u"support_request") {
        const auto r = m_store.findRequest(id);
        return r ? std::optional(RequestCodec::toJson(*r)) : std::nullopt;
    }
    if (m_entity == u"visit") {
        const auto v = m_store.findVisit(id);
        return v ? std::optional(RequestCodec::toJson(*v)) : std::nullopt;
    }
    const auto m = findMessage(id);
    return m ? std::optional(RequestCodec::toJson(*m)) : std::nullopt;
}

qint64 RequestAdapter::localVersion(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT version FROM "_s + m_table + u" WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool RequestAdapter::store(const QString &id, const QJsonObject &data, qint64 version, QString *error)
{
    if (m_entity == u"support_request") {
        SupportRequest r = m_store.findRequest(id).value_or(SupportRequest{});
        r.id = id;
        RequestCodec::applyJson(data, &r);
        r.version = version;
        return m_store.saveRequestInTransaction(&r, syncContext(), error);
    }
    if (m_entity == u"visit") {
        Visit v = m_store.findVisit(id).value_or(Visit{});
        v.id = id;
        RequestCodec::applyJson(data, &v);
        v.version = version;
        return m_store.saveVisitInTransaction(&v, syncContext(), error);
    }
    RequestMessage m = findMessage(id).value_or(RequestMessage{});
    m.id = id;
    RequestCodec::applyJson(data, &m);
    m.version = version;
    return m_store.addMessageInTransaction(&m, syncContext(), error);
}

bool RequestAdapter::remove(const QString &id, QString *error)
{
    if (localVersion(id) < 0)
        return true;
    return m_store.removeInTransaction(m_entity, id, syncContext(), error);
}

bool RequestAdapter::setVersion(const QString &id, qint64 version, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE "_s + m_table + u" SET version = ? WHERE id = ?"_s);
    q.addBindValue(version);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool RequestAdapter::syncedIds(QStringList *ids, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id FROM "_s + m_table + u" WHERE version > 0"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        *ids << q.value(0).toString();
    return true;
}

} // namespace pass
