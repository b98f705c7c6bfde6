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
// Fields the portal sets and clients never send (a request's status history, a message's
// author): kept locally as the portal sent them, left out of the outbox.
QStringList serverOwnedFields(const QString &entity);

} // namespace pass::RequestCodec
