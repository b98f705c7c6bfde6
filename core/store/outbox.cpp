#include "outbox.h"

#include "core/store/auditlog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

bool Outbox::enqueue(const QString &entity, const QString &recordId, const QString &op,
                     qint64 baseVersion, const QJsonObject &fields, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO outbox (mutation_id, entity, record_id, op, base_version, fields, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(entity);
    q.addBindValue(recordId);
    q.addBindValue(op);
    q.addBindValue(baseVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    q.addBindValue(utcNow());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<OutboxEntry> Outbox::pending(int limit) const
{
    QList<OutboxEntry> result;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT seq, mutation_id, entity, record_id, op, base_version, fields, attempts, last_error "
              "FROM outbox ORDER BY seq LIMIT ?"_s);
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.mutationId = q.value(1).toString();
        e.entity = q.value(2).toString();
        e.recordId = q.value(3).toString();
        e.op = q.value(4).toString();
        e.baseVersion = q.value(5).toLongLong();
        e.fields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.attempts = q.value(7).toInt();
        e.lastError = q.value(8).toString();
        result << e;
    }
    return result;
}

qint64 Outbox::count() const
{
    QSqlQuery q(m_db);
    q.exec(u"SELECT count(*) FROM outbox"_s);
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool Outbox::remove(qint64 seq, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM outbox WHERE seq = ?"_s);
    q.addBindValue(seq);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Outbox::markAttempt(qint64 seq, const QString &lastError, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"_s);
    q.addBindValue(lastError);
    q.addBindValue(seq);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Outbox::hasPendingFor(const QString &entity, const QString &recordId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM outbox WHERE entity = ? AND record_id = ? LIMIT 1"_s);
    q.addBindValue(entity);
    q.addBindValue(recordId);
    q.exec();
    return q.next();
}

} // namespace pass
