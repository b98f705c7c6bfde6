#pragma once

#include "problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <memory>

namespace pass::portal {

class BodySource;

// One HTTP answer, built by the handlers and written by PortalServer (which adds gzip).
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Set for a body streamed after the headers (chunked); `body` is unused then.
    std::shared_ptr<BodySource> stream;
    // False for bodies that are compressed already (a document's content): no gzip then.
    bool compress = true;

    HttpReply &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    static HttpReply json(const QJsonObject &object, int status = 200);
    static HttpReply jsonBytes(QByteArray body, int status = 200);
    static HttpReply problem(const Problem &problem);
    static HttpReply html(const QString &page, int status = 200);
    static HttpReply redirect(const QByteArray &location);
    static HttpReply empty(int status);
};

} // namespace pass::portal
