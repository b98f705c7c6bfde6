#pragma once

#include "core/domain/records.h"

#include <QJsonObject>

namespace pass::RequestCodec {

// Wire forms (portal API field names) of support requests, visits and request messages.
QJsonObject toJson(const SupportRequest &r);
QJsonObject toJson(const Visit &v);
QJsonObject toJson(const RequestMessage &m);
// Read the fields present in json; absent fields keep their values.
void applyJson(const QJsonObject &json, SupportRequest *r);
void applyJson(const QJsonObject &json, Visit *v);
void applyJson(const QJsonObject &json, RequestMessage *m);

} // namespace pass::RequestCodec
