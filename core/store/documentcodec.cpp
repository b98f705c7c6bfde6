#include "documentcodec.h"

using namespace Qt::StringLiterals;

namespace pass::RequestCodec {

QJsonObject toJson(const RequestDocument &d)
{
    return QJsonObject{
        {u"request_id"_s, d.requestId},
        {u"file_name"_s, d.fileName},
        {u"media_type"_s, d.mediaType},
        {u"size"_s, d.size},
        {u"sha256"_s, d.sha256},
        {u"added_by"_s, d.addedBy},
        {u"added_at"_s, d.addedAt},
    };
}

void applyJson(const QJsonObject &json, RequestDocument *d)
{
    const auto text = [&json](const char16_t *key, QString *into) {
        const QJsonValue v = json.value(QStringView(key));
        if (v.isString())
            *into = v.toString();
    };
    text(u"request_id", &d->requestId);
    text(u"file_name", &d->fileName);
    text(u"media_type", &d->mediaType);
    text(u"sha256", &d->sha256);
    text(u"added_by", &d->addedBy);
    text(u"added_at", &d->addedAt);
    if (json.value(u"size").isDouble())
        d->size = json.value(u"size").toInteger();
}

} // namespace pass::RequestCodec
