#include "httpreply.h"

#include <QJsonDocument>

namespace pass::portal {

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    return jsonBytes(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

HttpReply HttpReply::jsonBytes(QByteArray body, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/json";
    reply.body = std::move(body);
    return reply;
}

HttpReply HttpReply::problem(const Problem &problem)
{
    HttpReply reply;
    reply.status = problem.status;
    reply.contentType = "application/problem+json";
    reply.body = QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::html(const QString &page, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = page.toUtf8();
    return reply;
}

HttpReply HttpReply::redirect(const QByteArray &location)
{
    HttpReply reply;
    reply.status = 302;
    reply.headers.append({"Location", location});
    return reply;
}

HttpReply HttpReply::empty(int status)
{
    HttpReply reply;
    reply.status = status;
    return reply;
}

} // namespace pass::portal
