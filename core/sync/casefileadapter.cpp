#include "casefileadapter.h"

#include "core/store/casefilecodec.h"

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

SyncEntityAdapter::~SyncEntityAdapter() = default;

CaseFileAdapter::CaseFileAdapter(QSqlDatabase db) : m_db(db), m_store(db) { }

QString CaseFileAdapter::entity() const
{
    return u"case_file"_s;
}

std::optional<QJsonObject> CaseFileAdapter::load(const QString &id) const
{
    const std::optional<CaseFile> c = m_store.find(id);
    if (!c)
        return std::nullopt;
    return CaseFileCodec::toJson(*c);
}

qint64 CaseFileAdapter::localVersion(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT version FROM case_files WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool CaseFileAdapter::store(const QString &id, const QJsonObject &data, qint64 version, QString *error)
{
    std::optional<CaseFile> existing = m_store.find(id);
    CaseFile c = existing.value_or(CaseFile{});
    c.id = id;
    CaseFileCodec::applyJson(data, &c);
    c.version = version;
    if (existing)
        return m_store.updateInTransaction(c, syncContext(), error);
    return m_store.insertInTransaction(&c, syncContext(), error);
}

bool CaseFileAdapter::remove(const QString &id, QString *error)
{
    if (localVersion(id) < 0)
        return true;
    return m_store.removeInTransaction(id, syncContext(), error);
}

bool CaseFileAdapter::setVersion(const QString &id, qint64 version, QString *error)
{
    return m_store.setVersion(id, version, error);
}

bool CaseFileAdapter::syncedIds(QStringList *ids, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id FROM case_files WHERE version > 0"_s)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        *ids << q.value(0).toString();
    return true;
}

} // namespace pass
