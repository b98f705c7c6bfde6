#include "fieldvalidator.h"

#include "core/domain/requestdocument.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

// Patterns are few and fixed: compile each once.
bool matches(const QString &pattern, const QString &text)
{
    static QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return it->match(text).hasMatch();
}

} // namespace

bool FieldValidator::isUuid(const QString &text)
{
    static const QRegularExpression re(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return re.match(text).hasMatch();
}

bool FieldValidator::isDate(const QString &text)
{
    static const QRegularExpression re(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    return re.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool FieldValidator::isTimestamp(const QString &text)
{
    static const QRegularExpression re(
        u"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$"_s);
    return re.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

bool FieldValidator::isIstat(const QString &text)
{
    static const QRegularExpression re(u"^[0-9]{3}([0-9]{3})?$"_s);
    return re.match(text).hasMatch();
}

FieldValidator::Errors FieldValidator::validate(const EntitySchema &schema,
                                                const QJsonObject &fields, bool create,
                                                const QString &prefix)
{
    Errors errors;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString path = prefix + u'.' + it.key();
        const FieldSpec *spec = schema.field(it.key());
        if (!spec) {
            errors.append({path, schema.serverFields.contains(it.key())
                                     ? u"set by the server; do not send it"_s
                                     : u"unknown field of %1"_s.arg(schema.entity)});
            continue;
        }
        if (!create && spec->immutable) {
            errors.append({path, u"cannot be changed after creation"_s});
            continue;
        }
        errors += validateValue(*spec, it.value(), path);
    }
    if (create) {
        for (const FieldSpec &spec : schema.fields) {
            if (spec.requiredOnCreate && !fields.contains(spec.name))
                errors.append({prefix + u'.' + spec.name, u"required"_s});
        }
    }
    return errors;
}

FieldValidator::Errors FieldValidator::validateValue(const FieldSpec &spec,
                                                     const QJsonValue &value,
                                                     const QString &path)
{
    auto fail = [&](const QString &detail) { return Errors{{path, detail}}; };
    switch (spec.kind) {
    case FieldKind::Text: {
        if (!value.isString())
            return fail(u"must be a string"_s);
        const qsizetype n = value.toString().size();
        if (n < spec.minLength)
            return fail(u"must not be empty"_s);
        if (spec.maxLength > 0 && n > spec.maxLength)
            return fail(u"longer than %1 characters"_s.arg(spec.maxLength));
        return {};
    }
    case FieldKind::NullableDate:
        if (value.isNull())
            return {};
        Q_FALLTHROUGH();
    case FieldKind::Date:
        if (!value.isString() || !isDate(value.toString()))
            return fail(u"must be a date YYYY-MM-DD"_s);
        return {};
    case FieldKind::NullableEnum:
        if (value.isNull())
            return {};
        Q_FALLTHROUGH();
    case FieldKind::Enum:
        if (!value.isString() || !spec.values.contains(value.toString()))
            return fail(u"must be one of: %1"_s.arg(spec.values.join(u", "_s)));
        return {};
    case FieldKind::Bool:
        if (!value.isBool())
            return fail(u"must be true or false"_s);
        return {};
    case FieldKind::Number:
        if (!value.isDouble() || value.toDouble() <= 0 || value.toDouble() > spec.maximum)
            return fail(u"must be a number above 0 and at most %1"_s.arg(spec.maximum));
        return {};
    case FieldKind::Sha256:
        if (!value.isString() || !DocumentTypes::isSha256Hex(value.toString()))
            return fail(u"must be 64 lower-case hex digits"_s);
        return {};
    case FieldKind::ByteSize:
        if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() > spec.maximum
            || value.toDouble() != double(value.toInteger()))
            return fail(u"must be a whole number of bytes from 1 to %1"_s.arg(qint64(spec.maximum)));
        return {};
    case FieldKind::Uuid:
        if (!value.isString() || !isUuid(value.toString()))
            return fail(u"must be a lower-case UUID"_s);
        return {};
    case FieldKind::Timestamp:
        if (!value.isString() || !isTimestamp(value.toString()))
            return fail(u"must be an RFC 3339 date-time"_s);
        return {};
    case FieldKind::Istat:
        if (!value.isString() || !isIstat(value.toString()))
            return fail(u"must be an ISTAT code (3 or 6 digits)"_s);
        return {};
    case FieldKind::ProcedureCode:
        if (!value.isString() || !matches(u"^[A-Z0-9][A-Z0-9-]{0,39}$"_s, value.toString()))
            return fail(u"must be a procedure code"_s);
        return {};
    case FieldKind::TaskForceCode:
        if (!value.isString() || !matches(u"^[A-Z][A-Z_]{0,63}$"_s, value.toString()))
            return fail(u"must be a task force code"_s);
        return {};
    case FieldKind::CodeList:
    case FieldKind::UsernameList: {
        if (!value.isArray())
            return fail(u"must be an array of strings"_s);
        const QJsonArray items = value.toArray();
        if (items.size() > spec.maxLength)
            return fail(u"more than %1 items"_s.arg(spec.maxLength));
        const QString pattern = spec.kind == FieldKind::CodeList
            ? u"^[A-Z0-9][A-Z0-9-]{0,39}$"_s
            : u"^[a-z0-9][a-z0-9._-]{0,63}$"_s;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString() || !matches(pattern, items.at(i).toString()))
                return {{path + u'[' + QString::number(i) + u']',
                         spec.kind == FieldKind::CodeList ? u"must be a procedure code"_s
                                                          : u"must be a user name"_s}};
        }
        return {};
    }
    case FieldKind::NullableTime:
        if (value.isNull())
            return {};
        if (!value.isString() || !matches(u"^([01][0-9]|2[0-3]):[0-5][0-9]$"_s, value.toString()))
            return fail(u"must be a time HH:MM or null"_s);
        return {};
    case FieldKind::FollowUps: {
        if (!value.isArray())
            return fail(u"must be an array of {action, due}"_s);
        const QJsonArray items = value.toArray();
        if (items.size() > spec.maxLength)
            return fail(u"more than %1 follow-ups"_s.arg(spec.maxLength));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString item = path + u'[' + QString::number(i) + u']';
            const QJsonObject f = items.at(i).toObject();
            if (!items.at(i).isObject())
                return {{item, u"must be an object {action, due}"_s}};
            for (auto it = f.begin(); it != f.end(); ++it) {
                if (it.key() != u"action" && it.key() != u"due")
                    return {{item + u'.' + it.key(), u"unknown field of a follow-up"_s}};
            }
            const QString action = f.value(u"action"_s).toString();
            if (action.trimmed().isEmpty() || action.size() > 1000)
                return {{item + u".action"_s, u"must be a non-empty string of at most 1000 characters"_s}};
            const QJsonValue due = f.value(u"due"_s);
            if (!due.isUndefined() && !due.isNull() && (!due.isString() || !isDate(due.toString())))
                return {{item + u".due"_s, u"must be a date YYYY-MM-DD or null"_s}};
        }
        return {};
    }
    case FieldKind::Suspensions: {
        if (!value.isArray())
            return fail(u"must be an array of {from, to, reason}"_s);
        const QJsonArray items = value.toArray();
        if (items.size() > spec.maxLength)
            return fail(u"more than %1 suspensions"_s.arg(spec.maxLength));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString item = path + u'[' + QString::number(i) + u']';
            if (!items.at(i).isObject())
                return {{item, u"must be an object {from, to, reason}"_s}};
            const QJsonObject s = items.at(i).toObject();
            for (auto it = s.begin(); it != s.end(); ++it) {
                if (it.key() != u"from" && it.key() != u"to" && it.key() != u"reason" && it.key() != u"days")
                    return {{item + u'.' + it.key(), u"unknown field of a suspension"_s}};
            }
            for (const QString &key : {u"from"_s, u"to"_s}) {
                const QJsonValue date = s.value(key);
                if (!date.isUndefined() && !date.isNull()
                    && (!date.isString() || !isDate(date.toString())))
                    return {{item + u'.' + key, u"must be a date YYYY-MM-DD or null"_s}};
            }
            // The declared length of a period whose dates are unknown (a registry's day count).
            const QJsonValue days = s.value(u"days"_s);
            if (!days.isUndefined()
                && (!days.isDouble() || days.toDouble() != std::floor(days.toDouble()) || days.toDouble() < 0
                    || days.toDouble() > 36500))
                return {{item + u".days"_s, u"must be a whole number of days from 0 to 36500"_s}};
            const QJsonValue reason = s.value(u"reason"_s);
            if (!reason.isUndefined() && (!reason.isString() || reason.toString().size() > 500))
                return {{item + u".reason"_s, u"must be a string of at most 500 characters"_s}};
            const QString from = s.value(u"from"_s).toString();
            const QString to = s.value(u"to"_s).toString();
            if (!from.isEmpty() && !to.isEmpty() && to < from)
                return {{item + u".to"_s, u"ends before it starts"_s}};
        }
        return {};
    }
    }
    return {};
}

} // namespace pass::portal
