#include "outbox.h"

#include <QDateTime>

#include "core/store/auditlog.h"
#include "core/store/sql.h"
#include "core/store/transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QString kEntryColumns = u"seq, mutation_id, entity, record_id, op, base_version, fields, attempts, last_error"_s;

// The entry on the query's current row (columns as kEntryColumns).
OutboxEntry entryAt(const QSqlQuery &q)
{
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
    return e;
}

} // namespace

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

namespace {
bool readEntries(const QSqlDatabase &db, const QString &where, int limit, QList<OutboxEntry> *entries, QString *error)
{
    entries->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::exec(q, u"SELECT "_s + kEntryColumns + u" FROM outbox "_s + where + u" ORDER BY seq LIMIT ?"_s, {limit},
                   error))
        return false;
    while (q.next())
        *entries << entryAt(q);
    return true;
}
} // namespace

bool Outbox::pending(int limit, QList<OutboxEntry> *entries, QString *error) const
{
    return readEntries(m_db, QString(), limit, entries, error);
}

bool Outbox::count(qint64 *count, QString *error) const
{
    QVariant value;
    if (!sql::scalar(m_db, u"SELECT (SELECT count(*) FROM outbox) "
                           "+ (SELECT coalesce(sum(created), 0) FROM import_runs WHERE outbox_pending)"_s,
                     &value, error))
        return false;
    *count = value.toLongLong();
    return true;
}

bool Outbox::expandImportRuns(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM import_runs WHERE outbox_pending)"_s) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.value(0).toBool())
        return true;
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    // Mutation ids are version 7 UUIDs (RFC 9562): the Unix milliseconds of now plus the
    // row's sequence number, so that they grow with seq, and 74 random bits. Random version 4
    // ids would land all over the unique index on mutation_id: a million of them took 15 s of
    // mostly disk reads and writes, these append in 3 s.
    q.prepare(u"INSERT INTO outbox (seq, mutation_id, entity, record_id, op, base_version, fields, created_at) "
              "SELECT seq, printf('%08x-%04x-7%03x-%x%03x-%012x', (? + seq) >> 16, (? + seq) & 65535, "
              "random() & 4095, 8 + (random() & 3), random() & 4095, random() & 281474976710655), "
              "'case_file', id, 'create', 0, '{}', at "
              "FROM (SELECT r.outbox_first_seq + row_number() OVER (PARTITION BY r.id ORDER BY c.rowid) - 1 AS seq, "
              "c.id AS id, r.at AS at FROM import_runs r JOIN case_files c ON c.import_run = r.id "
              "WHERE r.outbox_pending AND c.version = 0)"_s);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    const bool ok = q.exec()
        && q.exec(u"UPDATE import_runs SET outbox_pending = 0 WHERE outbox_pending"_s);
    if (!ok) {
        *error = q.lastError().text();
        return false;
    }
    return tx.commit(error);
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

bool Outbox::retrying(int limit, QList<OutboxEntry> *entries, QString *error) const
{
    return readEntries(m_db, u"WHERE attempts > 0"_s, limit, entries, error);
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

bool Outbox::hasPendingFor(const QString &entity, const QString &recordId, bool *pending, QString *error) const
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(u"SELECT 1 FROM outbox WHERE entity = ? AND record_id = ? LIMIT 1"_s);
    q.addBindValue(entity);
    q.addBindValue(recordId);
    if (!prepared || !q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *pending = q.next();
    return true;
}

} // namespace pass
