#include "requestcodec.h"

#include "core/store/jsondate.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pass::RequestCodec {
namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

QJsonArray historyToJson(const QList<StatusChange> &history)
{
    QJsonArray array;
    for (const StatusChange &c : history) {
        QJsonObject entry{{u"status"_s, toWireName(c.status)}, {u"by"_s, c.by}, {u"at"_s, c.at}};
        if (!c.reason.isEmpty())
            entry.insert(u"reason"_s, c.reason);
        array.append(entry);
    }
    return array;
}

QList<StatusChange> historyFromJson(const QJsonValue &v)
{
    QList<StatusChange> history;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        const auto status = requestStatusFromWireName(o.value(u"status").toString());
        if (!status)
            continue;
        history.append({*status, o.value(u"by").toString(), o.value(u"at").toString(),
                        o.value(u"reason").toString()});
    }
    return history;
}

QJsonArray followUpsToJson(const QList<FollowUp> &items)
{
    QJsonArray array;
    for (const FollowUp &f : items)
        array.append(QJsonObject{{u"action"_s, f.action}, {u"due"_s, dateToJson(f.due)}});
    return array;
}

QList<FollowUp> followUpsFromJson(const QJsonValue &v)
{
    QList<FollowUp> items;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        items.append({o.value(u"action").toString(), dateFromJson(o.value(u"due"))});
    }
    return items;
}

QJsonValue timeToJson(QTime t)
{
    return t.isValid() ? QJsonValue(t.toString(u"HH:mm")) : QJsonValue(QJsonValue::Null);
}

QTime timeFromJson(const QJsonValue &v)
{
    return v.isString() ? QTime::fromString(v.toString(), u"HH:mm") : QTime();
}

} // namespace

QStringList serverOwnedFields(const QString &entity)
{
    if (entity == u"support_request")
        return {u"status_history"_s};
    if (entity == u"request_message")
        return {u"author"_s};
    if (entity == u"request_document")
        return {u"added_by"_s};
    return {};
}

QJsonObject toJson(const SupportRequest &r)
{
    return QJsonObject{
        {u"authority_istat"_s, r.authorityIstat},
        {u"task_force_code"_s, r.taskForceCode},
        {u"procedure_codes"_s, QJsonArray::fromStringList(r.procedureCodes)},
        {u"kind"_s, toWireName(r.kind)},
        {u"subject"_s, r.subject},
        {u"description"_s, r.description},
        {u"priority"_s, toWireName(r.priority)},
        {u"status"_s, toWireName(r.status)},
        {u"assigned_experts"_s, QJsonArray::fromStringList(r.assignedExperts)},
        {u"created_on"_s, dateToJson(r.createdOn)},
        {u"status_reason"_s, r.statusReason},
        {u"closing_summary"_s, r.closingSummary},
        {u"status_history"_s, historyToJson(r.statusHistory)},
    };
}

QJsonObject toJson(const Visit &v)
{
    return QJsonObject{
        {u"request_id"_s, v.requestId},
        {u"expert"_s, v.expert},
        {u"date"_s, dateToJson(v.date)},
        {u"hours"_s, v.hours},
        {u"mode"_s, toWireName(v.mode)},
        {u"participants"_s, v.participants},
        {u"activities"_s, v.activities},
        {u"outcome"_s, v.outcome},
        {u"follow_ups"_s, v.followUps},
        {u"start_time"_s, timeToJson(v.start)},
        {u"end_time"_s, timeToJson(v.end)},
        {u"follow_up_items"_s, followUpsToJson(v.followUpItems)},
        {u"procedure_codes"_s, QJsonArray::fromStringList(v.procedureCodes)},
        {u"confirmation"_s, toWireName(v.confirmation)},
        {u"confirmation_note"_s, v.confirmationNote},
    };
}

QJsonObject toJson(const RequestMessage &m)
{
    return QJsonObject{
        {u"request_id"_s, m.requestId},
        {u"author"_s, m.author},
        {u"body"_s, m.body},
        {u"created_at"_s, m.createdAt},
    };
}

void applyJson(const QJsonObject &json, SupportRequest *r)
{
    if (json.contains(u"authority_istat"))
        r->authorityIstat = json.value(u"authority_istat").toString();
    if (json.contains(u"task_force_code"))
        r->taskForceCode = json.value(u"task_force_code").toString();
    if (json.contains(u"procedure_codes"))
        r->procedureCodes = stringList(json.value(u"procedure_codes"));
    if (json.contains(u"kind"))
        r->kind = requestKindFromWireName(json.value(u"kind").toString()).value_or(r->kind);
    if (json.contains(u"subject"))
        r->subject = json.value(u"subject").toString();
    if (json.contains(u"description"))
        r->description = json.value(u"description").toString();
    if (json.contains(u"priority"))
        r->priority = priorityFromWireName(json.value(u"priority").toString()).value_or(r->priority);
    if (json.contains(u"status"))
        r->status = requestStatusFromWireName(json.value(u"status").toString()).value_or(r->status);
    if (json.contains(u"assigned_experts"))
        r->assignedExperts = stringList(json.value(u"assigned_experts"));
    if (json.contains(u"created_on"))
        r->createdOn = dateFromJson(json.value(u"created_on"));
    if (json.contains(u"status_reason"))
        r->statusReason = json.value(u"status_reason").toString();
    if (json.contains(u"closing_summary"))
        r->closingSummary = json.value(u"closing_summary").toString();
    if (json.contains(u"status_history"))
        r->statusHistory = historyFromJson(json.value(u"status_history"));
}

void applyJson(const QJsonObject &json, Visit *v)
{
    if (json.contains(u"request_id"))
        v->requestId = json.value(u"request_id").toString();
    if (json.contains(u"expert"))
        v->expert = json.value(u"expert").toString();
    if (json.contains(u"date"))
        v->date = dateFromJson(json.value(u"date"));
    if (json.contains(u"hours"))
        v->hours = json.value(u"hours").toDouble();
    if (json.contains(u"mode"))
        v->mode = visitModeFromWireName(json.value(u"mode").toString()).value_or(v->mode);
    if (json.contains(u"participants"))
        v->participants = json.value(u"participants").toString();
    if (json.contains(u"activities"))
        v->activities = json.value(u"activities").toString();
    if (json.contains(u"outcome"))
        v->outcome = json.value(u"outcome").toString();
    if (json.contains(u"follow_ups"))
        v->followUps = json.value(u"follow_ups").toString();
    if (json.contains(u"start_time"))
        v->start = timeFromJson(json.value(u"start_time"));
    if (json.contains(u"end_time"))
        v->end = timeFromJson(json.value(u"end_time"));
    if (json.contains(u"follow_up_items"))
        v->followUpItems = followUpsFromJson(json.value(u"follow_up_items"));
    if (json.contains(u"procedure_codes"))
        v->procedureCodes = stringList(json.value(u"procedure_codes"));
    if (json.contains(u"confirmation"))
        v->confirmation = visitConfirmationFromWireName(json.value(u"confirmation").toString()).value_or(v->confirmation);
    if (json.contains(u"confirmation_note"))
        v->confirmationNote = json.value(u"confirmation_note").toString();
}

void applyJson(const QJsonObject &json, RequestMessage *m)
{
    if (json.contains(u"request_id"))
        m->requestId = json.value(u"request_id").toString();
    if (json.contains(u"author"))
        m->author = json.value(u"author").toString();
    if (json.contains(u"body"))
        m->body = json.value(u"body").toString();
    if (json.contains(u"created_at"))
        m->createdAt = json.value(u"created_at").toString();
}

} // namespace pass::RequestCodec
