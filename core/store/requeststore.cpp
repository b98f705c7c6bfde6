#include "requeststore.h"

#include "core/store/editjournal.h"
#include "core/store/requestcodec.h"
#include "core/store/sql.h"
#include "core/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

const auto kRequestColumns = u"id, authority_istat, task_force_code, procedure_codes, kind, subject, "
                             "description, priority, status, assigned_experts, created_on, version, "
                             "status_reason, closing_summary, status_history"_s;
const auto kVisitColumns = u"id, request_id, expert, visit_date, hours, mode, participants, activities, "
                           "outcome, follow_ups, version, start_time, end_time, procedure_codes, follow_up_items, "
                           "confirmation, confirmation_note"_s;

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue jsonValue(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

// A null QString binds as NULL: the text columns that are NOT NULL wrap their value in coalesce.
QVariant timeText(QTime t)
{
    return t.isValid() ? QVariant(t.toString(u"HH:mm")) : QVariant(QMetaType(QMetaType::QString));
}

SupportRequest requestFrom(const QSqlQuery &q)
{
    SupportRequest r;
    r.id = q.value(0).toString();
    r.authorityIstat = q.value(1).toString();
    r.taskForceCode = q.value(2).toString();
    r.procedureCodes = listFromJson(q.value(3).toString());
    r.kind = requestKindFromWireName(q.value(4).toString()).value_or(RequestKind::Technical);
    r.subject = q.value(5).toString();
    r.description = q.value(6).toString();
    r.priority = priorityFromWireName(q.value(7).toString()).value_or(Priority::Normal);
    r.status = requestStatusFromWireName(q.value(8).toString()).value_or(RequestStatus::Draft);
    r.assignedExperts = listFromJson(q.value(9).toString());
    r.createdOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    r.version = q.value(11).toLongLong();
    r.statusReason = q.value(12).toString();
    r.closingSummary = q.value(13).toString();
    RequestCodec::applyJson(QJsonObject{{u"status_history"_s, jsonValue(q.value(14))}}, &r);
    return r;
}

Visit visitFrom(const QSqlQuery &q)
{
    Visit v;
    v.id = q.value(0).toString();
    v.requestId = q.value(1).toString();
    v.expert = q.value(2).toString();
    v.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    v.hours = q.value(4).toDouble();
    v.mode = visitModeFromWireName(q.value(5).toString()).value_or(VisitMode::OnSite);
    v.participants = q.value(6).toString();
    v.activities = q.value(7).toString();
    v.outcome = q.value(8).toString();
    v.followUps = q.value(9).toString();
    v.version = q.value(10).toLongLong();
    v.start = QTime::fromString(q.value(11).toString(), u"HH:mm");
    v.end = QTime::fromString(q.value(12).toString(), u"HH:mm");
    v.procedureCodes = listFromJson(q.value(13).toString());
    RequestCodec::applyJson(QJsonObject{{u"follow_up_items"_s, jsonValue(q.value(14))}}, &v);
    v.confirmation = visitConfirmationFromWireName(q.value(15).toString()).value_or(VisitConfirmation::Pending);
    v.confirmationNote = q.value(16).toString();
    return v;
}

const auto kMessageColumns = u"id, request_id, author, body, created_at, version"_s;

RequestMessage messageFrom(const QSqlQuery &q)
{
    return RequestMessage{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()};
}

template<typename Fn>
bool inTransaction(QSqlDatabase db, QString *error, Fn fn)
{
    Transaction tx(db);
    return tx.begin(error) && fn() && tx.commit(error);
}

} // namespace

bool RequestStore::findRequest(const QString &id, std::optional<SupportRequest> *found, QString *error) const
{
    return sql::first(m_db, u"SELECT "_s + kRequestColumns + u" FROM support_requests WHERE id = ?"_s, {id}, found,
                      error, requestFrom);
}

bool RequestStore::requests(const QString &authorityIstat, QList<SupportRequest> *list, QString *error) const
{
    return sql::list(m_db,
                     u"SELECT "_s + kRequestColumns
                         + u" FROM support_requests WHERE coalesce(?, '') = '' OR authority_istat = ? "
                           "ORDER BY created_on DESC, id"_s,
                     {authorityIstat, authorityIstat}, list, error, requestFrom);
}

bool RequestStore::findVisit(const QString &id, std::optional<Visit> *found, QString *error) const
{
    return sql::first(m_db, u"SELECT "_s + kVisitColumns + u" FROM visits WHERE id = ?"_s, {id}, found, error,
                      visitFrom);
}

bool RequestStore::visits(const QString &requestId, QList<Visit> *list, QString *error) const
{
    return sql::list(m_db, u"SELECT "_s + kVisitColumns + u" FROM visits WHERE request_id = ? ORDER BY visit_date, id"_s,
                     {requestId}, list, error, visitFrom);
}

bool RequestStore::findMessage(const QString &id, std::optional<RequestMessage> *found, QString *error) const
{
    return sql::first(m_db, u"SELECT "_s + kMessageColumns + u" FROM request_messages WHERE id = ?"_s, {id}, found,
                      error, messageFrom);
}

bool RequestStore::messages(const QString &requestId, QList<RequestMessage> *list, QString *error) const
{
    return sql::list(m_db,
                     u"SELECT "_s + kMessageColumns + u" FROM request_messages WHERE request_id = ? "
                                                       "ORDER BY created_at, id"_s,
                     {requestId}, list, error, messageFrom);
}

bool RequestStore::saveRequestInTransaction(SupportRequest *r, const EditContext &ctx, QString *error)
{
    if (r->subject.trimmed().isEmpty()) {
        *error = QObject::tr("subject: a support request needs a subject");
        return false;
    }
    std::optional<SupportRequest> before;
    if (!r->id.isEmpty() && !findRequest(r->id, &before, error))
        return false;
    const bool isNew = !before;
    // The life cycle is checked for edits made here; the portal's own changes are the truth and
    // may jump states (e.g. a request accepted and assigned while this device was offline).
    if (before && ctx.origin != EditOrigin::Sync && !isAllowedTransition(before->status, r->status)) {
        *error = QObject::tr("status: a request cannot go from %1 to %2")
                     .arg(toWireName(before->status), toWireName(r->status));
        return false;
    }
    if (r->id.isEmpty())
        r->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!r->createdOn.isValid())
        r->createdOn = QDate::currentDate();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO support_requests ("_s + kRequestColumns
              + u", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET "
                "authority_istat = excluded.authority_istat, task_force_code = excluded.task_force_code, "
                "procedure_codes = excluded.procedure_codes, kind = excluded.kind, subject = excluded.subject, "
                "description = excluded.description, priority = excluded.priority, status = excluded.status, "
                "assigned_experts = excluded.assigned_experts, created_on = excluded.created_on, "
                "version = excluded.version, status_reason = excluded.status_reason, "
                "closing_summary = excluded.closing_summary, status_history = excluded.status_history, "
                "updated_at = excluded.updated_at"_s);
    const QJsonObject wire = RequestCodec::toJson(*r);
    for (const QVariant &v : {QVariant(r->id), QVariant(r->authorityIstat), QVariant(r->taskForceCode),
                              QVariant(jsonList(r->procedureCodes)), QVariant(toWireName(r->kind)),
                              QVariant(r->subject), QVariant(r->description), QVariant(toWireName(r->priority)),
                              QVariant(toWireName(r->status)), QVariant(jsonList(r->assignedExperts)),
                              QVariant(r->createdOn.toString(Qt::ISODate)), QVariant(r->version),
                              QVariant(r->statusReason), QVariant(r->closingSummary),
                              QVariant(jsonText(wire.value(u"status_history"))), QVariant(utcNow())})
        q.addBindValue(v);
    if (!sql::exec(q, error))
        return false;
    return journalEdit(m_db, ctx, u"support_request"_s, r->id, isNew ? u"create"_s : u"update"_s,
                       before ? RequestCodec::toJson(*before) : QJsonObject(), RequestCodec::toJson(*r),
                       before ? before->version : 0, error);
}

bool RequestStore::saveVisitInTransaction(Visit *v, const EditContext &ctx, QString *error)
{
    if (!v->date.isValid()) {
        *error = QObject::tr("date: a visit needs its date");
        return false;
    }
    std::optional<Visit> before;
    if (!v->id.isEmpty() && !findVisit(v->id, &before, error))
        return false;
    if (v->id.isEmpty())
        v->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO visits ("_s + kVisitColumns
              + u", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?) "
                "ON CONFLICT(id) DO UPDATE SET "
                "request_id = excluded.request_id, expert = excluded.expert, visit_date = excluded.visit_date, "
                "hours = excluded.hours, mode = excluded.mode, participants = excluded.participants, "
                "activities = excluded.activities, outcome = excluded.outcome, follow_ups = excluded.follow_ups, "
                "version = excluded.version, start_time = excluded.start_time, end_time = excluded.end_time, "
                "procedure_codes = excluded.procedure_codes, follow_up_items = excluded.follow_up_items, "
                "confirmation = excluded.confirmation, confirmation_note = excluded.confirmation_note, "
                "updated_at = excluded.updated_at"_s);
    const QJsonObject wire = RequestCodec::toJson(*v);
    for (const QVariant &value : {QVariant(v->id), QVariant(v->requestId), QVariant(v->expert),
                                  QVariant(v->date.toString(Qt::ISODate)), QVariant(v->hours),
                                  QVariant(toWireName(v->mode)), QVariant(v->participants), QVariant(v->activities),
                                  QVariant(v->outcome), QVariant(v->followUps), QVariant(v->version),
                                  timeText(v->start), timeText(v->end), QVariant(jsonList(v->procedureCodes)),
                                  QVariant(jsonText(wire.value(u"follow_up_items"))),
                                  QVariant(toWireName(v->confirmation)), QVariant(v->confirmationNote),
                                  QVariant(utcNow())})
        q.addBindValue(value);
    if (!sql::exec(q, error))
        return false;
    return journalEdit(m_db, ctx, u"visit"_s, v->id, before ? u"update"_s : u"create"_s,
                       before ? RequestCodec::toJson(*before) : QJsonObject(), RequestCodec::toJson(*v),
                       before ? before->version : 0, error);
}

bool RequestStore::addMessageInTransaction(RequestMessage *m, const EditContext &ctx, QString *error)
{
    if (m->id.isEmpty())
        m->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m->createdAt.isEmpty())
        m->createdAt = utcNow();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO request_messages (id, request_id, author, body, created_at, version) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body, "
              "version = excluded.version"_s);
    for (const QVariant &value : {QVariant(m->id), QVariant(m->requestId), QVariant(m->author),
                                  QVariant(m->body), QVariant(m->createdAt), QVariant(m->version)})
        q.addBindValue(value);
    if (!sql::exec(q, error))
        return false;
    return journalEdit(m_db, ctx, u"request_message"_s, m->id, u"create"_s, {}, RequestCodec::toJson(*m), 0, error);
}

bool RequestStore::removeInTransaction(const QString &entity, const QString &id, const EditContext &ctx,
                                       QString *error)
{
    QJsonObject before;
    qint64 version = 0;
    QString table;
    if (entity == u"support_request") {
        std::optional<SupportRequest> r;
        if (!findRequest(id, &r, error))
            return false;
        if (r) {
            before = RequestCodec::toJson(*r);
            version = r->version;
        }
        table = u"support_requests"_s;
    } else if (entity == u"visit") {
        std::optional<Visit> v;
        if (!findVisit(id, &v, error))
            return false;
        if (v) {
            before = RequestCodec::toJson(*v);
            version = v->version;
        }
        table = u"visits"_s;
    } else if (entity == u"request_message") {
        table = u"request_messages"_s;
    } else {
        *error = QObject::tr("Unknown entity %1").arg(entity);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!sql::exec(q, error))
        return false;
    if (q.numRowsAffected() == 0)
        return true;
    return journalEdit(m_db, ctx, entity, id, u"delete"_s, before, {}, version, error);
}

bool RequestStore::saveRequest(SupportRequest *r, const EditContext &ctx, QString *error)
{
    return inTransaction(m_db, error, [&] { return saveRequestInTransaction(r, ctx, error); });
}

bool RequestStore::saveVisit(Visit *v, const EditContext &ctx, QString *error)
{
    return inTransaction(m_db, error, [&] { return saveVisitInTransaction(v, ctx, error); });
}

bool RequestStore::addMessage(RequestMessage *m, const EditContext &ctx, QString *error)
{
    return inTransaction(m_db, error, [&] { return addMessageInTransaction(m, ctx, error); });
}

} // namespace pass
