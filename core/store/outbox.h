#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace pass {

// A local edit waiting to be pushed to the portal.
struct OutboxEntry
{
    qint64 seq = 0;
    QString mutationId; // stable UUID: a retried push is recognised by the server
    QString entity;     // case_file | support_request | request_message | visit
    QString recordId;
    QString op;         // create | update | delete
    qint64 baseVersion = 0;
    QJsonObject fields;
    int attempts = 0;
    QString lastError;
};

// The outbox table. enqueue() runs inside the transaction of the edit it records.
class Outbox
{
public:
    explicit Outbox(QSqlDatabase db) : m_db(std::move(db)) { }

    bool enqueue(const QString &entity, const QString &recordId, const QString &op,
                 qint64 baseVersion, const QJsonObject &fields, QString *error);
    QList<OutboxEntry> pending(int limit) const;
    qint64 count() const;
    bool remove(qint64 seq, QString *error);
    bool markAttempt(qint64 seq, const QString &lastError, QString *error);
    bool hasPendingFor(const QString &entity, const QString &recordId) const;

private:
    QSqlDatabase m_db;
};

} // namespace pass
