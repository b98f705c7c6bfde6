#include "rejectionstore.h"

#include "core/store/auditlog.h"
#include "core/store/outbox.h"
#include "core/store/sql.h"
#include "core/sync/portalproblem.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

bool RejectionStore::record(const OutboxEntry &entry, const PortalProblem &problem, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_rejections (mutation_id, entity, record_id, op, fields, status, field, message, "
              "rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(mutation_id) DO NOTHING"_s);
    q.addBindValue(entry.mutationId);
    q.addBindValue(entry.entity);
    q.addBindValue(entry.recordId);
    q.addBindValue(entry.op);
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.fields).toJson(QJsonDocument::Compact)));
    q.addBindValue(problem.status);
    q.addBindValue(problem.field.isEmpty() ? QVariant() : QVariant(problem.field));
    q.addBindValue(problem.message());
    q.addBindValue(utcNow());
    return sql::exec(q, error);
}

bool RejectionStore::list(QList<Rejection> *rejections, QString *error) const
{
    rejections->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::exec(q, u"SELECT id, mutation_id, entity, record_id, op, fields, status, field, message, rejected_at "
                      "FROM sync_rejections ORDER BY id"_s, error))
        return false;
    while (q.next()) {
        *rejections << Rejection{q.value(0).toLongLong(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object(),
                            q.value(6).toInt(),
                            q.value(7).toString(),
                            q.value(8).toString(),
                            q.value(9).toString()};
    }
    return sql::finished(q, error);
}

bool RejectionStore::count(qint64 *count, QString *error) const
{
    QVariant value;
    if (!sql::scalar(m_db, u"SELECT count(*) FROM sync_rejections"_s, &value, error))
        return false;
    *count = value.toLongLong();
    return true;
}

qint64 RejectionStore::clear(QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, u"DELETE FROM sync_rejections"_s, error))
        return -1;
    return q.numRowsAffected();
}

} // namespace pass
