#pragma once

#include "core/domain/requestdocument.h"

#include <QJsonObject>

namespace pass::RequestCodec {

// The wire form of a request's document (entity request_document): request_id, file_name,
// media_type, size, sha256, added_at, and added_by, which the portal sets.
QJsonObject toJson(const RequestDocument &d);
// Reads the fields present in json; absent fields keep their values.
void applyJson(const QJsonObject &json, RequestDocument *d);

} // namespace pass::RequestCodec
