#include "entityschema.h"

#include "core/domain/requestdocument.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

FieldSpec make(const QString &name, FieldKind kind)
{
    FieldSpec spec;
    spec.name = name;
    spec.kind = kind;
    return spec;
}

FieldSpec text(const QString &name, int maxLength, bool required = false, int minLength = 0)
{
    FieldSpec spec = make(name, FieldKind::Text);
    spec.maxLength = maxLength;
    spec.minLength = minLength;
    spec.requiredOnCreate = required;
    spec.defaultValue = QString();
    return spec;
}

FieldSpec of(const QString &name, FieldKind kind, bool required, QJsonValue defaultValue = {})
{
    FieldSpec spec = make(name, kind);
    spec.requiredOnCreate = required;
    spec.defaultValue = defaultValue;
    return spec;
}

FieldSpec immutable(FieldSpec spec)
{
    spec.immutable = true;
    return spec;
}

FieldSpec enumeration(const QString &name, QStringList values, bool nullable, bool required,
                      QJsonValue defaultValue)
{
    FieldSpec spec = make(name, nullable ? FieldKind::NullableEnum : FieldKind::Enum);
    spec.values = std::move(values);
    spec.requiredOnCreate = required;
    spec.defaultValue = defaultValue;
    return spec;
}

FieldSpec list(const QString &name, FieldKind kind, int maxItems)
{
    FieldSpec spec = make(name, kind);
    spec.maxLength = maxItems;
    spec.defaultValue = QJsonArray();
    return spec;
}

QList<EntitySchema> buildSchemas()
{
    const QJsonValue null(QJsonValue::Null);
    EntitySchema caseFile{u"case_file"_s, {
        immutable(of(u"authority_istat"_s, FieldKind::Istat, true)),
        of(u"procedure_code"_s, FieldKind::ProcedureCode, true),
        text(u"protocol_number"_s, 100, true, 1),
        of(u"start_date"_s, FieldKind::Date, true),
        of(u"end_date"_s, FieldKind::NullableDate, false, null),
        enumeration(u"outcome"_s, {u"express"_s, u"tacit"_s, u"withdrawn"_s}, true, false, null),
        of(u"services_conference"_s, FieldKind::Bool, false, false),
        list(u"suspensions"_s, FieldKind::Suspensions, 50),
        text(u"responsible"_s, 200),
        text(u"notes"_s, 4000),
    }, {}};
    EntitySchema request{u"support_request"_s, {
        immutable(of(u"authority_istat"_s, FieldKind::Istat, true)),
        of(u"task_force_code"_s, FieldKind::TaskForceCode, true),
        list(u"procedure_codes"_s, FieldKind::CodeList, 50),
        enumeration(u"kind"_s, {u"technical"_s, u"legal"_s, u"coaching"_s, u"training"_s,
                                u"focus_group"_s}, false, true, {}),
        text(u"subject"_s, 300, true, 1),
        text(u"description"_s, 10000),
        enumeration(u"priority"_s, {u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s}, false, false,
                    u"normal"_s),
        enumeration(u"status"_s, {u"draft"_s, u"submitted"_s, u"accepted"_s, u"assigned"_s,
                                  u"in_progress"_s, u"completed"_s, u"rejected"_s,
                                  u"withdrawn"_s}, false, false, u"draft"_s),
        list(u"assigned_experts"_s, FieldKind::UsernameList, 20),
        of(u"created_on"_s, FieldKind::Date, false),
        text(u"status_reason"_s, 4000),
        text(u"closing_summary"_s, 10000),
    }, {u"status_history"_s}};
    EntitySchema message{u"request_message"_s, {
        immutable(of(u"request_id"_s, FieldKind::Uuid, true)),
        text(u"body"_s, 10000, true, 1),
        of(u"created_at"_s, FieldKind::Timestamp, false),
    }, {u"author"_s}};
    FieldSpec hours = make(u"hours"_s, FieldKind::Number);
    hours.requiredOnCreate = true;
    hours.maximum = 24;
    EntitySchema visit{u"visit"_s, {
        immutable(of(u"request_id"_s, FieldKind::Uuid, true)),
        of(u"expert"_s, FieldKind::Text, true),
        of(u"date"_s, FieldKind::Date, true),
        hours,
        enumeration(u"mode"_s, {u"onsite"_s, u"remote"_s}, false, true, {}),
        text(u"participants"_s, 2000),
        text(u"activities"_s, 10000),
        text(u"outcome"_s, 4000),
        text(u"follow_ups"_s, 4000),
        of(u"start_time"_s, FieldKind::NullableTime, false, null),
        of(u"end_time"_s, FieldKind::NullableTime, false, null),
        list(u"procedure_codes"_s, FieldKind::CodeList, 50),
        list(u"follow_up_items"_s, FieldKind::FollowUps, 50),
        enumeration(u"confirmation"_s, {u"pending"_s, u"confirmed"_s, u"disputed"_s}, false, false,
                    u"pending"_s),
        text(u"confirmation_note"_s, 4000),
    }, {}};
    FieldSpec size = immutable(make(u"size"_s, FieldKind::ByteSize));
    size.requiredOnCreate = true;
    size.maximum = double(DocumentTypes::kMaxBytes);
    EntitySchema document{u"request_document"_s, {
        immutable(of(u"request_id"_s, FieldKind::Uuid, true)),
        immutable(text(u"file_name"_s, 255, true, 1)),
        immutable(enumeration(u"media_type"_s, DocumentTypes::mediaTypes(), false, true, {})),
        size,
        immutable(of(u"sha256"_s, FieldKind::Sha256, true)),
        immutable(of(u"added_at"_s, FieldKind::Timestamp, false)),
    }, {u"added_by"_s}};
    // The visit's expert is a user name: checked against the directory by the processor.
    visit.fields[1].maxLength = 64;
    visit.fields[1].minLength = 1;
    return {caseFile, request, message, visit, document};
}

} // namespace

const FieldSpec *EntitySchema::field(const QString &name) const
{
    for (const FieldSpec &spec : fields) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const EntitySchema *EntitySchema::find(const QString &entity)
{
    static const QList<EntitySchema> schemas = buildSchemas();
    for (const EntitySchema &schema : schemas) {
        if (schema.entity == entity)
            return &schema;
    }
    return nullptr;
}

QStringList EntitySchema::entityNames()
{
    return {u"case_file"_s, u"support_request"_s, u"request_message"_s, u"visit"_s, u"request_document"_s};
}

} // namespace pass::portal
