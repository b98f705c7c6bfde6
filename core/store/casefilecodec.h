#pragma once

#include "core/domain/records.h"

#include <QJsonObject>
#include <QStringList>

namespace pass {

// The wire form of a case file (the portal API's field names), used by the outbox, the sync
// engine and the audit trail. Fields are the canonical CSV column names where they exist.
namespace CaseFileCodec {

QJsonObject toJson(const CaseFile &c);
// Reads the fields present in json into c (absent fields are left as they are).
void applyJson(const QJsonObject &json, CaseFile *c);
// Names of the fields whose values differ between a and b.
QStringList changedFields(const CaseFile &a, const CaseFile &b);
// A field's value as readable text, for the audit trail.
QString fieldText(const QJsonObject &json, const QString &field);

} // namespace CaseFileCodec
} // namespace pass
