#include "accesspolicy.h"

#include "caller.h"
#include "recordstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

bool isAssigned(const Caller &caller, const QJsonObject &request)
{
    const QJsonArray experts = request.value(u"assigned_experts"_s).toArray();
    return experts.contains(QJsonValue(caller.username));
}

Problem onlyFields(const QStringList &changed, const QStringList &allowed, const QString &who)
{
    for (const QString &field : changed) {
        if (!allowed.contains(field))
            return Problem::forbidden(u"%1 may not change %2"_s.arg(who, field),
                                      u"fields."_s + field);
    }
    return {};
}

Problem denied(const QString &detail)
{
    return Problem::forbidden(detail);
}

} // namespace

Problem AccessPolicy::checkWrite(const Caller &caller, const QString &entity, WriteOp op,
                                 const StoredRecord *current, const QJsonObject &data,
                                 const QStringList &changed, const QJsonObject &request)
{
    const bool isMessage = entity == u"request_message";
    const QString author = current ? current->data.value(u"author"_s).toString()
                                   : caller.username;
    switch (caller.role) {
    case Role::Coordinator:
        if (entity == u"support_request" && op == WriteOp::Update)
            return onlyFields(changed, {u"assigned_experts"_s, u"status"_s}, u"a coordinator"_s);
        return denied(u"coordinators read everything and edit only assignments"_s);

    case Role::Authority:
        if (entity == u"visit")
            return denied(u"visits are logged by the experts"_s);
        if (entity == u"support_request")
            return onlyFields(changed,
                              {u"task_force_code"_s, u"procedure_codes"_s, u"kind"_s,
                               u"subject"_s, u"description"_s, u"priority"_s, u"status"_s,
                               u"created_on"_s, u"authority_istat"_s},
                              u"an authority user"_s);
        if (isMessage && op != WriteOp::Create && author != caller.username)
            return denied(u"only the author edits a message"_s);
        return {};

    case Role::Expert:
        if (entity == u"case_file")
            return denied(u"case files are kept by the authority"_s);
        if (entity == u"support_request") {
            if (op != WriteOp::Update || !isAssigned(caller, request))
                return denied(u"experts edit only the requests assigned to them"_s);
            return onlyFields(changed,
                              {u"status"_s, u"priority"_s, u"description"_s, u"procedure_codes"_s},
                              u"an expert"_s);
        }
        if (!isAssigned(caller, request))
            return denied(u"the request is not assigned to you"_s);
        if (isMessage) {
            if (op != WriteOp::Create && author != caller.username)
                return denied(u"only the author edits a message"_s);
            return {};
        }
        if (data.value(u"expert"_s).toString() != caller.username
            || (current && current->data.value(u"expert"_s).toString() != caller.username))
            return Problem::forbidden(u"experts log their own visits"_s, u"fields.expert"_s);
        return {};
    }
    return denied(u"unknown role"_s);
}

} // namespace pass::portal
