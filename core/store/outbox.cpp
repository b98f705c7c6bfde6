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
    OutboxAppender appender;
    return appender.prepare(m_db, error)
        && appender.append(QUuid::createUuid().toString(QUuid::WithoutBraces), entity, recordId, op, baseVersion,
                           QJsonDocument(fields).toJson(QJsonDocument::Compact), utcNow(), error);
}

bool OutboxAppender::prepare(const QSqlDatabase &db, QString *error)
{
    return m_insert.prepare(db, "INSERT INTO outbox (mutation_id, entity, record_id, op, base_version, fields, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", error);
}

bool OutboxAppender::append(const QString &mutationId, const QString &entity, const QString &recordId,
                            const QString &op, qint64 baseVersion, const QByteArray &fields,
                            const QString &createdAt, QString *error)
{
    return m_insert.execWith(error, mutationId, entity, recordId, op, baseVersion, fields, createdAt);
}

bool Outbox::removeFor(const QString &entity, const QString &recordId, QString *error)
{
    return sql::run(m_db, u"DELETE FROM outbox WHERE entity = ? AND record_id = ?"_s, {entity, recordId}, error);
}

bool Outbox::rebaseAfter(const QString &entity, const QString &recordId, qint64 seq, qint64 version, QString *error)
{
    return sql::run(m_db, u"UPDATE outbox SET base_version = max(base_version, ?) WHERE entity = ? AND record_id = ? "
                          "AND seq > ?"_s, {version, entity, recordId, seq}, error);
}

bool Outbox::reserveSequence(qint64 count, qint64 *first, QString *error)
{
    QVariant last;
    if (!sql::scalar(m_db, u"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0), "
                           "coalesce((SELECT max(seq) FROM outbox), 0))"_s, &last, error)
        || !sql::run(m_db, u"INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox', 0 "
                           "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox')"_s, error)
        || !sql::run(m_db, u"UPDATE sqlite_sequence SET seq = ? WHERE name = 'outbox'"_s, {last.toLongLong() + count},
                     error))
        return false;
    *first = last.toLongLong() + 1;
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
    return sql::finished(q, error);
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
    return sql::run(m_db, u"DELETE FROM outbox WHERE seq = ?"_s, {seq}, error);
}

bool Outbox::retrying(int limit, QList<OutboxEntry> *entries, QString *error) const
{
    return readEntries(m_db, u"WHERE attempts > 0"_s, limit, entries, error);
}

bool Outbox::retryingCount(qint64 *count, QString *error) const
{
    QVariant value;
    if (!sql::scalar(m_db, u"SELECT count(*) FROM outbox WHERE attempts > 0"_s, &value, error))
        return false;
    *count = value.toLongLong();
    return true;
}

bool Outbox::markAttempt(qint64 seq, const QString &lastError, QString *error)
{
    return sql::run(m_db, u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"_s, {lastError, seq},
                    error);
}

bool Outbox::hasPendingFor(const QString &entity, const QString &recordId, bool *pending, QString *error) const
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, u"SELECT 1 FROM outbox WHERE entity = ? AND record_id = ? LIMIT 1"_s, {entity, recordId}, error))
        return false;
    *pending = q.next();
    return true;
}

} // namespace pass
