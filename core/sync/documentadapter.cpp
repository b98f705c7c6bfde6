#include "documentadapter.h"

#include "core/store/documentcodec.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

DocumentAdapter::DocumentAdapter(QSqlDatabase db)
    : m_db(db), m_store(db)
{
}

QString DocumentAdapter::entity() const
{
    return u"request_document"_s;
}

std::optional<QJsonObject> DocumentAdapter::load(const QString &id) const
{
    const auto d = m_store.find(id);
    return d ? std::optional(RequestCodec::toJson(*d)) : std::nullopt;
}

qint64 DocumentAdapter::localVersion(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT version FROM request_documents WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool DocumentAdapter::store(const QString &id, const QJsonObject &data, qint64 version, QString *error)
{
    RequestDocument d = m_store.find(id).value_or(RequestDocument{});
    d.id = id;
    RequestCodec::applyJson(data, &d);
    d.version = version;
    return m_store.saveInTransaction(&d, EditContext{EditOrigin::Sync, u"portal"_s}, error);
}

bool DocumentAdapter::remove(const QString &id, QString *error)
{
    return m_store.removeInTransaction(id, EditContext{EditOrigin::Sync, u"portal"_s}, error);
}

bool DocumentAdapter::setVersion(const QString &id, qint64 version, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE request_documents SET version = ? WHERE id = ?"_s);
    q.addBindValue(version);
    q.addBindValue(id);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool DocumentAdapter::syncedIds(QStringList *ids, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id FROM request_documents WHERE version > 0"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        *ids << q.value(0).toString();
    return true;
}

} // namespace pass
