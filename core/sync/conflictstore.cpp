#include "conflictstore.h"

#include "core/store/auditlog.h"
#include "core/store/outbox.h"
#include "core/store/sql.h"
#include "core/store/transaction.h"
#include "core/sync/syncentityadapter.h"
#include "core/sync/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// Values are stored as one-element JSON arrays so that null, strings and objects round-trip.
QString encode(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue decode(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(v.toString().toUtf8()).array().at(0);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::ConflictStore", text);
}

} // namespace

ConflictStore::ConflictStore(QSqlDatabase db, AdapterLookup adapters) : m_db(std::move(db)), m_adapters(std::move(adapters)) { }

bool ConflictStore::record(const QString &entity, const QString &recordId, const QString &field,
                           const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs,
                           qint64 serverVersion, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, u"DELETE FROM sync_conflicts WHERE entity = ? AND record_id = ? AND field = ? "
                      "AND resolved_at IS NULL"_s, {entity, recordId, field}, error))
        return false;
    q.prepare(u"INSERT INTO sync_conflicts (entity, record_id, field, base_value, mine, theirs, server_version, "
              "detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(entity);
    q.addBindValue(recordId);
    q.addBindValue(field);
    q.addBindValue(encode(base));
    q.addBindValue(encode(mine));
    q.addBindValue(encode(theirs));
    q.addBindValue(serverVersion);
    q.addBindValue(utcNow());
    return sql::exec(q, error);
}

bool ConflictStore::open(QList<Conflict> *conflicts, QString *error) const
{
    QList<Conflict> &result = *conflicts;
    result.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::exec(q, u"SELECT id, entity, record_id, field, base_value, mine, theirs, server_version, detected_at "
                      "FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id"_s, error))
        return false;
    while (q.next()) {
        Conflict c;
        c.id = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.recordId = q.value(2).toString();
        c.field = q.value(3).toString();
        c.base = decode(q.value(4));
        c.mine = decode(q.value(5));
        c.theirs = decode(q.value(6));
        c.serverVersion = q.value(7).toLongLong();
        c.detectedAt = q.value(8).toString();
        result << c;
    }
    return sql::finished(q, error);
}

bool ConflictStore::openCount(qint64 *count, QString *error) const
{
    QVariant value;
    if (!sql::scalar(m_db, u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s, &value, error))
        return false;
    *count = value.toLongLong();
    return true;
}

bool ConflictStore::resolve(qint64 id, Choice choice, QString *error)
{
    Conflict c;
    QList<Conflict> all;
    if (!open(&all, error))
        return false;
    auto it = std::find_if(all.begin(), all.end(), [id](const Conflict &x) { return x.id == id; });
    if (it == all.end()) {
        *error = tr("No open conflict with id %1").arg(id);
        return false;
    }
    c = *it;
    SyncEntityAdapter *adapter = m_adapters(c.entity);
    if (!adapter) {
        *error = tr("Records of type %1 cannot be edited by this version").arg(c.entity);
        return false;
    }
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    Outbox outbox(m_db);
    SyncState state(m_db);
    qint64 serverVersion = 0;
    if (!state.baseVersion(c.entity, c.recordId, &serverVersion, error))
        return false;
    if (c.field == kWholeRecord) {
        const bool serverDeleted = c.theirs.isNull();
        if (serverDeleted && choice == Choice::Mine) {
            // Bring the record back as a new one: the portal never reuses a deleted record's id.
            std::optional<QJsonObject> mine;
            if (!adapter->load(c.recordId, &mine, error))
                return false;
            const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (mine
                && (!adapter->remove(c.recordId, error) || !adapter->store(newId, *mine, 0, error)
                    || !outbox.enqueue(c.entity, newId, u"create"_s, 0, *mine, error)))
                return false;
        } else if (serverDeleted) {
            if (!adapter->remove(c.recordId, error))
                return false;
        } else if (choice == Choice::Mine) {
            // I deleted it, the server changed it: delete again against the version I have seen.
            if (!adapter->remove(c.recordId, error)
                || !outbox.enqueue(c.entity, c.recordId, u"delete"_s, c.serverVersion, {}, error))
                return false;
        }
        // Theirs after my deletion: the record was restored when the conflict was detected.
    } else {
        std::optional<QJsonObject> local;
        if (!adapter->load(c.recordId, &local, error))
            return false;
        if (!local) {
            *error = tr("The record %1 no longer exists locally").arg(c.recordId);
            return false;
        }
        if (choice == Choice::Mine) {
            if (!outbox.enqueue(c.entity, c.recordId, u"update"_s, serverVersion ? serverVersion : c.serverVersion,
                                QJsonObject{{c.field, c.mine}}, error))
                return false;
        } else {
            local->insert(c.field, c.theirs);
            qint64 version = -1;
            if (!adapter->localVersion(c.recordId, &version, error)
                || !adapter->store(c.recordId, *local, version, error))
                return false;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"_s);
    q.addBindValue(utcNow());
    q.addBindValue(choice == Choice::Mine ? u"mine"_s : u"theirs"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return tx.commit(error);
}

} // namespace pass
