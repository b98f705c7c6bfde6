#include "mutationprocessor.h"

#include "accesspolicy.h"
#include "blobstore.h"
#include "caller.h"
#include "entityschema.h"
#include "fieldvalidator.h"
#include "portalclock.h"
#include "portallog.h"
#include "referencecatalog.h"
#include "requesthistory.h"
#include "sequenceallocator.h"
#include "userdirectory.h"

#include "core/domain/enums.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

QJsonObject result(const QJsonObject &m, const QString &status)
{
    return {{u"mutation_id"_s, m.value(u"mutation_id"_s)}, {u"status"_s, status}};
}

QJsonObject rejected(const QJsonObject &m, const Problem &problem)
{
    QJsonObject r = result(m, u"rejected"_s);
    r.insert(u"problem"_s, problem.toJson());
    return r;
}

QJsonObject invalid(const QJsonObject &m, const QList<std::pair<QString, QString>> &errors)
{
    Problem p = Problem::badRequest(errors.first().first, errors.first().second);
    p.errors = errors;
    if (errors.size() > 1)
        p.detail = u"%1 fields are not valid"_s.arg(errors.size());
    return rejected(m, p);
}

QJsonObject applied(const QJsonObject &m, qint64 version)
{
    QJsonObject r = result(m, u"applied"_s);
    r.insert(u"version"_s, version);
    return r;
}

QJsonObject wireObject(const StoredRecord &record)
{
    return QJsonDocument::fromJson(RecordStore::wireJson(record)).object();
}

// Canonical stored form of a field value (suspensions get all three keys, and "days" when a
// period has a declared length: absent otherwise, as clients have always sent them).
QJsonValue normalized(const QString &field, const QJsonValue &value)
{
    if (field != u"suspensions")
        return value;
    QJsonArray out;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject s = item.toObject();
        QJsonObject canonical{
            {u"from"_s, s.value(u"from"_s).isString() ? s.value(u"from"_s) : QJsonValue()},
            {u"to"_s, s.value(u"to"_s).isString() ? s.value(u"to"_s) : QJsonValue()},
            {u"reason"_s, s.value(u"reason"_s).toString()}};
        if (const int days = s.value(u"days"_s).toInt(); days > 0)
            canonical.insert(u"days"_s, days);
        out.append(canonical);
    }
    return out;
}

// The workflow asks whether an expert may be assigned to an authority: the directory knows.
RequestWorkflow::ExpertScope expertScope(const UserDirectory *users)
{
    return [users](const QString &expert, const QString &istat) {
        const auto user = users->find(expert);
        return user && user->role == Role::Expert && user->authorities.contains(istat);
    };
}

} // namespace

MutationProcessor::MutationProcessor(QSqlDatabase db, const ReferenceCatalog *catalog,
                                     const UserDirectory *users, const PortalClock *clock)
    : m_db(db)
    , m_store(db)
    , m_catalog(catalog)
    , m_users(users)
    , m_clock(clock)
{
}

Problem MutationProcessor::checkBatch(const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"mutations")
            return Problem::badRequest(it.key(), u"unknown field"_s);
    }
    if (!body.value(u"mutations"_s).isArray())
        return Problem::badRequest(u"mutations"_s, u"required: an array of mutations"_s);
    const QJsonArray list = body.value(u"mutations"_s).toArray();
    if (list.isEmpty() || list.size() > MaxBatch)
        return Problem::badRequest(u"mutations"_s,
                                   u"send between 1 and %1 mutations"_s.arg(MaxBatch));
    static const QStringList known{u"mutation_id"_s, u"entity"_s, u"id"_s, u"op"_s,
                                   u"base_version"_s, u"fields"_s};
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = u"mutations[%1]"_s.arg(i);
        if (!list.at(i).isObject())
            return Problem::badRequest(at, u"must be an object"_s);
        const QJsonObject m = list.at(i).toObject();
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!known.contains(it.key()))
                return Problem::badRequest(at + u'.' + it.key(), u"unknown field"_s);
        }
        const QString mid = m.value(u"mutation_id"_s).toString();
        if (!FieldValidator::isUuid(mid))
            return Problem::badRequest(at + u".mutation_id"_s, u"must be a lower-case UUID"_s);
        if (seen.contains(mid))
            return Problem::badRequest(at + u".mutation_id"_s, u"repeated in this batch"_s);
        seen.insert(mid);
        if (!EntitySchema::find(m.value(u"entity"_s).toString()))
            return Problem::badRequest(at + u".entity"_s,
                                       u"must be one of: "_s + EntitySchema::entityNames().join(u", "_s));
        if (!FieldValidator::isUuid(m.value(u"id"_s).toString()))
            return Problem::badRequest(at + u".id"_s, u"must be a lower-case UUID"_s);
        const QString op = m.value(u"op"_s).toString();
        if (op != u"create" && op != u"update" && op != u"delete")
            return Problem::badRequest(at + u".op"_s, u"must be create, update or delete"_s);
        const QJsonValue base = m.value(u"base_version"_s);
        if (!base.isUndefined() && !base.isNull()
            && (!base.isDouble() || base.toDouble() < 0 || base.toDouble() != double(base.toInteger())))
            return Problem::badRequest(at + u".base_version"_s, u"must be an integer ≥ 0"_s);
        const QJsonValue fields = m.value(u"fields"_s);
        if (!fields.isUndefined() && !fields.isObject())
            return Problem::badRequest(at + u".fields"_s, u"must be an object"_s);
        if (op != u"delete" && !fields.isObject())
            return Problem::badRequest(at + u".fields"_s, u"required for "_s + op);
    }
    return {};
}

bool MutationProcessor::apply(const Caller &caller, const QJsonArray &mutations,
                              QJsonArray *results, Problem *problem)
{
    auto fail = [&](const QString &why) {
        m_db.rollback();
        qCWarning(lcPortalSync) << "mutation batch failed:" << why;
        *problem = {500, u"internal"_s, u"Internal error"_s, u"the batch was not applied"_s, {}, {}};
        return false;
    };
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    SequenceAllocator seq(m_db);
    if (!seq.begin())
        return fail(u"sequence"_s);
    // Earlier results of this batch's mutation ids, in one query (ids are unique in a batch).
    QHash<QString, std::pair<QString, QByteArray>> logged;
    {
        QString sql = u"SELECT mutation_id, username, result FROM mutation_log WHERE mutation_id IN ("_s;
        for (qsizetype i = 0; i < mutations.size(); ++i)
            sql += i == 0 ? u"?"_s : u",?"_s;
        sql += u')';
        QSqlQuery lookup(m_db);
        lookup.setForwardOnly(true);
        lookup.prepare(sql);
        for (const QJsonValue &m : mutations)
            lookup.addBindValue(m.toObject().value(u"mutation_id"_s).toString());
        if (!mutations.isEmpty() && !lookup.exec())
            return fail(lookup.lastError().text());
        while (lookup.next())
            logged.insert(lookup.value(0).toString(),
                          {lookup.value(1).toString(), lookup.value(2).toByteArray()});
    }
    QSqlQuery log(m_db);
    log.prepare(u"INSERT INTO mutation_log (mutation_id, username, result, created_at)"
                " VALUES (?, ?, ?, ?)"_s);
    QSqlQuery savepoint(m_db);
    const QString now = PortalClock::format(m_clock->now());
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        const QJsonObject m = mutations.at(i).toObject();
        const QString mid = m.value(u"mutation_id"_s).toString();
        if (const auto earlier = logged.constFind(mid); earlier != logged.cend()) {
            if (earlier->first == caller.username) {
                results->append(QJsonDocument::fromJson(earlier->second).object());
            } else {
                results->append(rejected(m, Problem::conflict(u"mutations[%1].mutation_id"_s.arg(i),
                                                              u"mutation_id already used"_s)));
            }
            continue;
        }
        savepoint.exec(u"SAVEPOINT mutation"_s);
        QJsonObject r = applyOne(caller, m, int(i), seq);
        const bool serverFailed = r.value(u"status"_s).toString() == u"rejected"
            && r.value(u"problem"_s).toObject().value(u"status"_s).toInt() >= 500;
        if (serverFailed)
            savepoint.exec(u"ROLLBACK TO SAVEPOINT mutation"_s);
        savepoint.exec(u"RELEASE SAVEPOINT mutation"_s);
        if (serverFailed) {
            // Not logged: the mutation was not applied, and its retry must really be tried again
            // rather than answered with this failure.
            results->append(r);
            continue;
        }
        log.addBindValue(mid);
        log.addBindValue(caller.username);
        log.addBindValue(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
        log.addBindValue(now);
        if (!log.exec())
            return fail(log.lastError().text());
        results->append(r);
    }
    if (!seq.finish() || !m_db.commit())
        return fail(m_db.lastError().text());
    return true;
}

QJsonObject MutationProcessor::applyOne(const Caller &caller, const QJsonObject &m, int index,
                                        SequenceAllocator &seq)
{
    const QString prefix = u"mutations[%1]"_s.arg(index);
    const QString op = m.value(u"op"_s).toString();
    if (op == u"create")
        return create(caller, m, prefix, seq);
    const auto current = m_store.load(m.value(u"id"_s).toString());
    if (!current || current->entity != m.value(u"entity"_s).toString()
        || !caller.canRead(current->authorityIstat))
        return rejected(m, Problem::notFound());
    const QJsonValue base = m.value(u"base_version"_s);
    if (!base.isDouble())
        return invalid(m, {{prefix + u".base_version"_s, u"required for "_s + op}});
    if (base.toInteger() > current->version)
        return invalid(m, {{prefix + u".base_version"_s,
                            u"is ahead of the server's version %1"_s.arg(current->version)}});
    if (op == u"update")
        return update(caller, m, prefix, *current, seq);
    return remove(caller, m, prefix, *current, seq);
}

QJsonObject MutationProcessor::create(const Caller &caller, const QJsonObject &m,
                                      const QString &prefix, SequenceAllocator &seq)
{
    const QString entity = m.value(u"entity"_s).toString();
    const EntitySchema &schema = *EntitySchema::find(entity);
    const QJsonObject fields = m.value(u"fields"_s).toObject();
    if (m_store.load(m.value(u"id"_s).toString()))
        return rejected(m, Problem::conflict(prefix + u".id"_s, u"a record with this id exists"_s));
    const auto errors = FieldValidator::validate(schema, fields, true, prefix + u".fields"_s);
    if (!errors.isEmpty())
        return invalid(m, errors);

    StoredRecord record;
    record.id = m.value(u"id"_s).toString();
    record.entity = entity;
    for (const FieldSpec &spec : schema.fields) {
        const QJsonValue value = fields.contains(spec.name) ? fields.value(spec.name)
                                                            : spec.defaultValue;
        record.data.insert(spec.name, normalized(spec.name, value));
    }
    const QString now = PortalClock::format(m_clock->now());
    QJsonObject request;
    if (entity == u"request_message" || entity == u"visit" || entity == u"request_document") {
        const auto parent = readableRequest(caller, fields.value(u"request_id"_s).toString());
        if (!parent)
            return rejected(m, Problem::notFound(u"no such support request in your scope"_s));
        record.parentId = parent->id;
        record.authorityIstat = parent->authorityIstat;
        request = parent->data;
        if (entity == u"request_message") {
            record.data.insert(u"author"_s, caller.username);
            if (!fields.contains(u"created_at"_s))
                record.data.insert(u"created_at"_s, now);
        }
        if (entity == u"request_document") {
            record.data.insert(u"added_by"_s, caller.username);
            if (!fields.contains(u"added_at"_s))
                record.data.insert(u"added_at"_s, now);
            // The metadata names content uploaded before it (PUT /api/v1/blobs/{sha256}).
            qint64 size = 0;
            if (!m_blobs || !m_blobs->has(fields.value(u"sha256"_s).toString(), &size))
                return rejected(m, {409, u"content-missing"_s, u"Content not uploaded"_s,
                                    u"upload the content first: PUT /api/v1/blobs/{sha256}"_s,
                                    prefix + u".fields.sha256"_s, {}});
            if (size != fields.value(u"size"_s).toInteger())
                return invalid(m, {{prefix + u".fields.size"_s,
                                    u"is not the size of the uploaded content (%1 bytes)"_s.arg(size)}});
        }
    } else {
        record.authorityIstat = fields.value(u"authority_istat"_s).toString();
        if (!m_catalog->hasAuthority(record.authorityIstat))
            return invalid(m, {{prefix + u".fields.authority_istat"_s, u"unknown authority"_s}});
        if (!caller.canRead(record.authorityIstat))
            return rejected(m, Problem::forbidden(u"not an authority of yours"_s,
                                                  prefix + u".fields.authority_istat"_s));
        if (entity == u"support_request") {
            request = record.data;
            if (!fields.contains(u"created_on"_s))
                record.data.insert(u"created_on"_s, m_clock->now().date().toString(Qt::ISODate));
        }
    }
    const Problem denied = AccessPolicy::checkWrite(caller, entity, WriteOp::Create, nullptr,
                                                    record.data, fields.keys(), request,
                                                    expertScope(m_users));
    if (!denied.isNull())
        return rejected(m, denied);
    const auto ruleErrors = checkRules(entity, record.data, nullptr, record.authorityIstat,
                                       prefix + u".fields"_s);
    if (!ruleErrors.isEmpty())
        return invalid(m, ruleErrors);
    record.naturalKey = naturalKey(entity, record.data, record.authorityIstat);
    if (!record.naturalKey.isEmpty() && m_store.idByNaturalKey(entity, record.naturalKey))
        return rejected(m, Problem::conflict(prefix + u".fields.protocol_number"_s,
                                             u"the authority has a case file with this protocol number"_s));
    record.version = 1;
    record.updatedAt = now;
    if (entity == u"support_request")
        recordStatusChange(&record.data, caller.username, now);
    if (!commitWrite(record, seq))
        return writeFailed(m);
    return applied(m, record.version);
}

QJsonObject MutationProcessor::update(const Caller &caller, const QJsonObject &m,
                                      const QString &prefix, const StoredRecord &current,
                                      SequenceAllocator &seq)
{
    const EntitySchema &schema = *EntitySchema::find(current.entity);
    const QJsonObject fields = m.value(u"fields"_s).toObject();
    const qint64 base = m.value(u"base_version"_s).toInteger();
    if (current.deleted) {
        QJsonObject r = result(m, u"conflict"_s);
        r.insert(u"version"_s, current.version);
        r.insert(u"fields"_s, QJsonValue::Null);
        r.insert(u"deleted"_s, true);
        r.insert(u"conflicting_fields"_s, QJsonArray::fromStringList(fields.keys()));
        return r;
    }
    const auto errors = FieldValidator::validate(schema, fields, false, prefix + u".fields"_s);
    if (!errors.isEmpty())
        return invalid(m, errors);
    QStringList changed;
    QJsonObject data = current.data;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonValue value = normalized(it.key(), it.value());
        if (current.data.value(it.key()) != value) {
            changed.append(it.key());
            data.insert(it.key(), value);
        }
    }
    QJsonObject request = current.entity == u"support_request" ? current.data : QJsonObject();
    if (!current.parentId.isEmpty()) {
        if (const auto parent = m_store.load(current.parentId))
            request = parent->data;
    }
    const Problem denied = AccessPolicy::checkWrite(caller, current.entity, WriteOp::Update,
                                                    &current, data, changed, request,
                                                    expertScope(m_users));
    if (!denied.isNull())
        return rejected(m, denied);
    QStringList conflicting;
    for (const QString &field : std::as_const(changed)) {
        if (current.fieldVersion(field) > base)
            conflicting.append(field);
    }
    if (!conflicting.isEmpty()) {
        QJsonObject r = result(m, u"conflict"_s);
        r.insert(u"version"_s, current.version);
        r.insert(u"fields"_s, wireObject(current));
        r.insert(u"conflicting_fields"_s, QJsonArray::fromStringList(conflicting));
        return r;
    }
    if (changed.isEmpty())
        return applied(m, current.version);
    const auto ruleErrors = checkRules(current.entity, data, &current, current.authorityIstat,
                                       prefix + u".fields"_s);
    if (!ruleErrors.isEmpty())
        return invalid(m, ruleErrors);
    StoredRecord record = current;
    record.data = data;
    record.version = current.version + 1;
    record.updatedAt = PortalClock::format(m_clock->now());
    for (const QString &field : std::as_const(changed))
        record.fieldVersions.insert(field, record.version);
    if (record.entity == u"support_request" && changed.contains(u"status"_s)) {
        recordStatusChange(&record.data, caller.username, record.updatedAt);
        record.fieldVersions.insert(u"status_history"_s, record.version);
    }
    record.naturalKey = naturalKey(record.entity, data, record.authorityIstat);
    if (!record.naturalKey.isEmpty()) {
        const auto holder = m_store.idByNaturalKey(record.entity, record.naturalKey);
        if (holder && *holder != record.id)
            return rejected(m, Problem::conflict(prefix + u".fields.protocol_number"_s,
                                                 u"the authority has a case file with this protocol number"_s));
    }
    if (!commitWrite(record, seq))
        return writeFailed(m);
    return applied(m, record.version);
}

QJsonObject MutationProcessor::remove(const Caller &caller, const QJsonObject &m,
                                      const QString &prefix, const StoredRecord &current,
                                      SequenceAllocator &seq)
{
    Q_UNUSED(prefix);
    if (current.deleted)
        return applied(m, current.version);
    QJsonObject request = current.entity == u"support_request" ? current.data : QJsonObject();
    if (!current.parentId.isEmpty()) {
        if (const auto parent = m_store.load(current.parentId))
            request = parent->data;
    }
    const Problem denied = AccessPolicy::checkWrite(caller, current.entity, WriteOp::Delete,
                                                    &current, current.data, {}, request);
    if (!denied.isNull())
        return rejected(m, denied);
    const qint64 base = m.value(u"base_version"_s).toInteger();
    if (base < current.version) {
        QStringList changedSince;
        for (auto it = current.data.begin(); it != current.data.end(); ++it) {
            if (current.fieldVersion(it.key()) > base)
                changedSince.append(it.key());
        }
        QJsonObject r = result(m, u"conflict"_s);
        r.insert(u"version"_s, current.version);
        r.insert(u"fields"_s, wireObject(current));
        r.insert(u"conflicting_fields"_s, QJsonArray::fromStringList(changedSince));
        return r;
    }
    if (current.entity == u"support_request" && m_store.hasLiveChildren(current.id))
        return rejected(m, Problem::conflict(prefix + u".id"_s,
                                             u"the request has messages or visits: withdraw it instead"_s));
    StoredRecord record = current;
    record.deleted = true;
    record.version = current.version + 1;
    record.updatedAt = PortalClock::format(m_clock->now());
    if (!commitWrite(record, seq))
        return writeFailed(m);
    return applied(m, record.version);
}

std::optional<StoredRecord> MutationProcessor::readableRequest(const Caller &caller,
                                                               const QString &id) const
{
    auto parent = m_store.load(id);
    if (!parent || parent->deleted || parent->entity != u"support_request"
        || !caller.canRead(parent->authorityIstat))
        return std::nullopt;
    return parent;
}

QString MutationProcessor::naturalKey(const QString &entity, const QJsonObject &data,
                                      const QString &authorityIstat) const
{
    if (entity != u"case_file")
        return {};
    return authorityIstat + u'/' + data.value(u"protocol_number"_s).toString();
}

bool MutationProcessor::commitWrite(StoredRecord &record, SequenceAllocator &seq)
{
    if (m_failWrites > 0) {
        --m_failWrites;
        m_writeError = u"injected write failure (test mode)"_s;
        return false;
    }
    if (m_store.write(record, seq))
        return true;
    m_writeError = m_store.errorString();
    return false;
}

QJsonObject MutationProcessor::writeFailed(const QJsonObject &m) const
{
    qCWarning(lcPortalSync) << "write of mutation" << m.value(u"mutation_id"_s).toString()
                            << "failed:" << m_writeError;
    return rejected(m, {500, u"internal"_s, u"Internal error"_s,
                        u"the change could not be stored; send it again later"_s, {}, {}});
}

} // namespace pass::portal
