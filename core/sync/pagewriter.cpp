#include "pagewriter.h"

#include "core/demo/democasewriter.h"
#include "core/store/casefilecodec.h"
#include "core/store/transaction.h"
#include "core/sync/fieldmerge.h"
#include "core/sync/syncentityadapter.h"
#include "core/sync/synclog.h"
#include "core/sync/syncstate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::PageWriter", text);
}

bool failWith(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}

} // namespace

PageWriter::PageWriter(QSqlDatabase db, SyncLog *log, AdapterLookup adapters)
    : m_db(db), m_log(log), m_adapters(std::move(adapters)), m_baseVersion(db), m_outbox(db), m_conflict(db),
      m_setBase(db), m_removeBase(db), m_caseExists(db), m_caseVersion(db)
{
    m_baseVersion.prepare(u"SELECT version FROM sync_base WHERE entity = ? AND record_id = ?"_s);
    m_outbox.prepare(u"SELECT 1 FROM outbox WHERE entity = ? AND record_id = ? LIMIT 1"_s);
    m_conflict.prepare(u"SELECT 1 FROM sync_conflicts WHERE resolved_at IS NULL AND entity = ? AND record_id = ? LIMIT 1"_s);
    m_setBase.prepare(u"INSERT INTO sync_base (entity, record_id, version, data) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT(entity, record_id) DO UPDATE SET version = excluded.version, data = excluded.data"_s);
    m_removeBase.prepare(u"DELETE FROM sync_base WHERE entity = ? AND record_id = ?"_s);
    m_caseExists.prepare(u"SELECT 1 FROM case_files WHERE id = ?"_s);
    m_caseVersion.prepare(u"UPDATE case_files SET version = ? WHERE id = ?"_s);
}

PageWriter::~PageWriter() = default;

qint64 PageWriter::baseVersion(const QString &entity, const QString &id)
{
    m_baseVersion.addBindValue(entity);
    m_baseVersion.addBindValue(id);
    const qint64 v = m_baseVersion.exec() && m_baseVersion.next() ? m_baseVersion.value(0).toLongLong() : 0;
    m_baseVersion.finish();
    return v;
}

bool PageWriter::isProtected(const QString &entity, const QString &id)
{
    for (QSqlQuery *q : {&m_outbox, &m_conflict}) {
        q->addBindValue(entity);
        q->addBindValue(id);
        const bool found = q->exec() && q->next();
        q->finish();
        if (found)
            return true;
    }
    return false;
}

bool PageWriter::exists(const QString &, const QString &id)
{
    m_caseExists.addBindValue(id);
    const bool found = m_caseExists.exec() && m_caseExists.next();
    m_caseExists.finish();
    return found;
}

bool PageWriter::setBase(const QString &entity, const QString &id, qint64 version, const QJsonObject &data,
                         QString *error)
{
    m_setBase.addBindValue(entity);
    m_setBase.addBindValue(id);
    m_setBase.addBindValue(version);
    m_setBase.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    return m_setBase.exec() || failWith(m_setBase, error);
}

bool PageWriter::removeBase(const QString &entity, const QString &id, QString *error)
{
    m_removeBase.addBindValue(entity);
    m_removeBase.addBindValue(id);
    return m_removeBase.exec() || failWith(m_removeBase, error);
}

bool PageWriter::apply(const QJsonArray &changes, const QString &nextCursor, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    DemoCaseWriter bulk(m_db);
    if (!bulk.begin(error))
        return false;
    for (const QJsonValue &v : changes) {
        if (!applyChange(v.toObject(), &bulk, error))
            return false; // rolls back the whole page: the cursor stays where it was
    }
    if (!bulk.finish(error))
        return false;
    if (!SyncState(m_db).setValue(QString::fromUtf16(SyncState::kCursor), nextCursor, error))
        return false;
    return tx.commit(error);
}

bool PageWriter::applyChange(const QJsonObject &change, DemoCaseWriter *bulk, QString *error)
{
    const QString type = change.value(u"type").toString();
    const QString id = change.value(u"id").toString();
    const qint64 version = change.value(u"version").toInteger();
    const QString op = change.value(u"op").toString();
    if (type.isEmpty() || id.isEmpty() || version <= 0 || (op != u"upsert" && op != u"delete")) {
        *error = tr("The portal sent a malformed change (type, id, version or op missing)");
        return false;
    }
    SyncEntityAdapter *adapter = m_adapters(type);
    // Unsent edits, or a conflict still waiting for a person, protect the local record.
    const bool pending = isProtected(type, id);
    const bool fresh = op == u"upsert" && type == u"case_file" && !pending && !exists(type, id);
    if (op == u"upsert" && !fresh && baseVersion(type, id) >= version)
        return true; // already have it (a page applied twice after a lost reply)
    if (op == u"delete") {
        // Deleted on the server or out of our scope now. Unsent edits keep the record: the push
        // will tell whether it is a conflict (deleted) or a refusal (out of scope).
        if (!pending && adapter && !adapter->remove(id, error))
            return false;
        return removeBase(type, id, error);
    }
    const QJsonObject data = change.value(u"data").toObject();
    if (!adapter)
        return setBase(type, id, version, data, error); // kept for a later version of the client
    if (fresh) {
        // The common case of an initial sync: a new record, nothing local to merge with.
        CaseFile c;
        c.id = id;
        CaseFileCodec::applyJson(data, &c);
        QString bulkError;
        if (bulk->write(c, &bulkError)) {
            m_caseVersion.addBindValue(version);
            m_caseVersion.addBindValue(id);
            if (!m_caseVersion.exec())
                return failWith(m_caseVersion, error);
            return setBase(type, id, version, data, error);
        }
        // Not storable as it is (e.g. an unknown procedure): the adapter explains it below.
    }
    QJsonObject local = data;
    if (pending) {
        const std::optional<QJsonObject> mine = adapter->load(id);
        if (mine) {
            const std::optional<SyncState::Base> base = SyncState(m_db).base(type, id);
            local = FieldMerge::merge(base ? base->data : QJsonObject(), *mine, data).merged;
        }
    }
    QString storeError;
    if (!adapter->store(id, local, version, &storeError)) {
        // A record we cannot take (e.g. an unknown procedure): keep its server copy, say so, go on.
        m_log->write(SyncLog::Level::Error, tr("Could not store %1 %2 from the portal: %3").arg(type, id, storeError));
    }
    return setBase(type, id, version, data, error);
}

} // namespace pass
