#pragma once

#include "core/store/sqlitestatement.h"

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
    // Readers return false (and *error) when the store cannot be read: a failed read is never
    // "nothing to send".
    bool pending(int limit, QList<OutboxEntry> *entries, QString *error) const;
    // Edits waiting, the creates import runs owe the portal included.
    bool count(qint64 *count, QString *error) const;
    // Turns the creates each import run owes the portal into outbox rows, in the sequence
    // numbers the run reserved (so they go before any later edit of the same cases), with no
    // fields: "send the record as it is when pushed" (see SyncEngine). Cases deleted since the
    // import are left out. Runs its own transaction; the sync calls it before pushing.
    bool expandImportRuns(QString *error);
    bool remove(qint64 seq, QString *error);
    bool markAttempt(qint64 seq, const QString &lastError, QString *error);
    // Edits that were sent and not taken yet (a server failure, a lost connection): they wait
    // for the next sync, with the last error in the portal's or the network's words.
    bool retrying(int limit, QList<OutboxEntry> *entries, QString *error) const;
    // How many edits wait for a retry, all of them (retrying() lists a page).
    bool retryingCount(qint64 *count, QString *error) const;
    // Whether edits of the record wait here, in *pending. False (with *error) when the outbox
    // cannot be read: the caller must not take the record for settled then.
    bool hasPendingFor(const QString &entity, const QString &recordId, bool *pending, QString *error) const;
    // Forgets every edit of the record that waits here (the portal settled it another way).
    bool removeFor(const QString &entity, const QString &recordId, QString *error);
    // Edits of the record queued after seq were made on top of the version the portal now gave
    // the edit at seq: they are based on at least that version.
    bool rebaseAfter(const QString &entity, const QString &recordId, qint64 seq, qint64 version, QString *error);
    // Reserves `count` sequence numbers after every one used so far, for rows written later
    // (the creates an import run owes the portal): *first is the first of them.
    bool reserveSequence(qint64 count, qint64 *first, QString *error);

private:
    QSqlDatabase m_db;
};

// The outbox's one INSERT, prepared once on the connection's SQLite handle and reused: how every
// writer queues an edit, Outbox::enqueue() and the bulk importer. Inside the caller's transaction.
class OutboxAppender
{
public:
    bool prepare(const QSqlDatabase &db, QString *error);
    // fields: the edit's fields as compact JSON.
    bool append(const QString &mutationId, const QString &entity, const QString &recordId, const QString &op,
                qint64 baseVersion, const QByteArray &fields, const QString &createdAt, QString *error);

private:
    SqliteStatement m_insert;
};

} // namespace pass
