#pragma once

#include "entityschema.h"

#include <QJsonObject>

namespace pass::portal {

// Checks the shape of a mutation's fields against the entity's schema: unknown fields, types,
// formats, lengths and enums. Referential and cross-field rules need the store and live in
// MutationProcessor.
class FieldValidator
{
public:
    using Errors = QList<std::pair<QString, QString>>;

    // prefix names the fields in errors, e.g. "mutations[2].fields".
    static Errors validate(const EntitySchema &schema, const QJsonObject &fields, bool create,
                           const QString &prefix);
    static Errors validateValue(const FieldSpec &spec, const QJsonValue &value,
                                const QString &path);

    static bool isUuid(const QString &text);
    static bool isDate(const QString &text);
    static bool isTimestamp(const QString &text);
    static bool isIstat(const QString &text);
};

} // namespace pass::portal
