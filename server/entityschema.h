#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace pass::portal {

enum class FieldKind {
    Text,          // string, minLength..maxLength
    Date,          // YYYY-MM-DD
    NullableDate,  // YYYY-MM-DD or null
    Enum,          // one of values
    NullableEnum,  // one of values or null
    Bool,
    Number,        // > 0 and <= maximum
    Uuid,
    Timestamp,     // RFC 3339
    Istat,
    ProcedureCode,
    TaskForceCode,
    CodeList,      // array of procedure codes
    UsernameList,  // array of user names
    Suspensions,   // array of {from, to, reason}
    NullableTime,  // HH:MM or null
    FollowUps,     // array of {action, due}
    Sha256,        // 64 lower-case hex digits
    ByteSize,      // integer from 1 to maximum
};

// One writable field of an entity, as the mutation endpoint accepts it.
struct FieldSpec
{
    QString name;
    FieldKind kind = FieldKind::Text;
    bool requiredOnCreate = false;
    bool immutable = false; // may be set on create only
    int minLength = 0;
    int maxLength = 0;      // Text; maximum item count for lists
    QStringList values;     // Enum
    double maximum = 0;     // Number
    QJsonValue defaultValue;
};

// The fields of one syncable entity (case_file, support_request, request_message, visit,
// request_document).
struct EntitySchema
{
    QString entity;
    QList<FieldSpec> fields;
    // Fields the server sets and clients may not write (request_message.author).
    QStringList serverFields;

    const FieldSpec *field(const QString &name) const;

    static const EntitySchema *find(const QString &entity);
    static QStringList entityNames();
};

} // namespace pass::portal
