#include "casefilecodec.h"

#include "core/store/jsondate.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pass::CaseFileCodec {

QJsonObject toJson(const CaseFile &c)
{
    QJsonArray suspensions;
    for (const Suspension &s : c.suspensions) {
        QJsonObject item{{u"from"_s, dateToJson(s.from)}, {u"to"_s, dateToJson(s.to)}, {u"reason"_s, s.reason}};
        // Only when declared: every other period keeps the exact form the portal has always
        // stored, so no record changes on the wire (and no base differs) because of the field.
        if (s.days > 0)
            item.insert(u"days"_s, s.days);
        suspensions.append(item);
    }
    return QJsonObject{
        {u"authority_istat"_s, c.authorityIstat},
        {u"procedure_code"_s, c.procedureCode},
        {u"protocol_number"_s, c.protocolNumber},
        {u"start_date"_s, dateToJson(c.startDate)},
        {u"end_date"_s, dateToJson(c.endDate)},
        {u"outcome"_s, c.outcome ? QJsonValue(toWireName(*c.outcome)) : QJsonValue(QJsonValue::Null)},
        {u"services_conference"_s, c.servicesConference},
        {u"suspensions"_s, suspensions},
        {u"responsible"_s, c.responsible},
        {u"notes"_s, c.notes},
    };
}

void applyJson(const QJsonObject &json, CaseFile *c)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue v = it.value();
        if (key == u"authority_istat")
            c->authorityIstat = v.toString();
        else if (key == u"procedure_code")
            c->procedureCode = v.toString();
        else if (key == u"protocol_number")
            c->protocolNumber = v.toString();
        else if (key == u"start_date")
            c->startDate = dateFromJson(v);
        else if (key == u"end_date")
            c->endDate = dateFromJson(v);
        else if (key == u"outcome")
            c->outcome = v.isString() ? outcomeFromWireName(v.toString()) : std::nullopt;
        else if (key == u"services_conference")
            c->servicesConference = v.toBool();
        else if (key == u"responsible")
            c->responsible = v.toString();
        else if (key == u"notes")
            c->notes = v.toString();
        else if (key == u"suspensions") {
            c->suspensions.clear();
            const QJsonArray array = v.toArray();
            for (const QJsonValue &item : array) {
                const QJsonObject s = item.toObject();
                c->suspensions << Suspension{dateFromJson(s.value(u"from")), dateFromJson(s.value(u"to")),
                                             s.value(u"reason").toString(), s.value(u"days").toInt()};
            }
        }
    }
}

QStringList changedFields(const CaseFile &a, const CaseFile &b)
{
    // The fields of toJson(), compared as values rather than as two JSON objects (a re-import
    // compares every stored case it matches), in the alphabetical order of the JSON keys.
    // Null and empty text are the same value, as they are in JSON.
    QStringList changed;
    const auto text = [&](const char16_t *field, const QString &x, const QString &y) {
        if (x != y)
            changed << QString::fromUtf16(field);
    };
    text(u"authority_istat", a.authorityIstat, b.authorityIstat);
    if (a.endDate != b.endDate)
        changed << u"end_date"_s;
    text(u"notes", a.notes, b.notes);
    if (a.outcome != b.outcome)
        changed << u"outcome"_s;
    text(u"procedure_code", a.procedureCode, b.procedureCode);
    text(u"protocol_number", a.protocolNumber, b.protocolNumber);
    text(u"responsible", a.responsible, b.responsible);
    if (a.servicesConference != b.servicesConference)
        changed << u"services_conference"_s;
    if (a.startDate != b.startDate)
        changed << u"start_date"_s;
    if (a.suspensions != b.suspensions)
        changed << u"suspensions"_s;
    return changed;
}

QString fieldText(const QJsonObject &json, const QString &field)
{
    const QJsonValue v = json.value(field);
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace pass::CaseFileCodec
